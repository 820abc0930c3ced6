// Kolada API responses saved as .json. Only parsing happens here; the shape is
// the normaliser's business. JSON.parse keeps "__proto__" as an own key, so
// parsing untrusted JSON pollutes nothing.
import type { Finding } from '../problems/Finding.ts';

export type JsonResult = { ok: true; data: unknown; findings: Finding[] } | { ok: false; findings: Finding[] };

/** Line and column (1-based) of a character offset. */
function lineCol(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: pos - start + 1 };
}

/**
 * Where JSON.parse gave up. V8 names a position only for some errors, so when it
 * does not, find the first character a JSON scanner cannot accept.
 */
function errorPosition(text: string, message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  if (/end of JSON input/i.test(message)) return text.length;
  return scanForError(text);
}

/** A minimal JSON scanner: returns the offset of the first invalid character, or undefined. */
function scanForError(s: string): number | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const str = (): void => {
    i++; // opening quote
    while (i < s.length && s[i] !== '"') {
      const code = s.charCodeAt(i);
      if (code < 0x20) fail();
      if (s[i] === '\\') {
        i++;
        if (s[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) fail();
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(s[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= s.length) fail();
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail();
    ws();
    const ch = s[i];
    if (ch === '{') {
      i++;
      ws();
      if (s[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        str();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value(depth + 1);
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (s[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (ch === '"') return str();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(s.slice(i, i + 400));
    if (!lit) fail();
    i += lit![0].length;
  };
  try {
    value(0);
    ws();
    return i < s.length ? i : undefined;
  } catch (pos) {
    return typeof pos === 'number' ? pos : undefined;
  }
}

export function readJsonBytes(bytes: Uint8Array, relPath: string): JsonResult {
  if (bytes.length === 0) return { ok: false, findings: [{ code: 'empty-file', file: relPath }] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, findings: [{ code: 'encoding-error', file: relPath, params: { detail: 'inte giltig UTF-8' } }] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return readJsonText(text, relPath);
}

export function readJsonText(text: string, relPath: string): JsonResult {
  try {
    return { ok: true, data: JSON.parse(text) as unknown, findings: [] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = errorPosition(text, message);
    const params: Record<string, string | number> = {};
    if (pos !== undefined) {
      const { line, column } = lineCol(text, pos);
      params.line = line;
      params.column = column;
      params['detail@sv'] = pos >= text.length ? `filen tar slut för tidigt (rad ${line})` : `fel på rad ${line}, kolumn ${column}`;
      params['detail@en'] = pos >= text.length ? `the file ends too early (line ${line})` : `error at line ${line}, column ${column}`;
    } else {
      params.detail = message.split('\n')[0].slice(0, 120);
    }
    return { ok: false, findings: [{ code: 'json-syntax', file: relPath, params }] };
  }
}
