// The read stage's entry point: one file in data/ → tables, parsed JSON, or
// findings that say why nothing usable came out. What a file is comes from its
// bytes; the extension is checked against them, never trusted.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { Finding } from '../problems/Finding.ts';
import type { RawTable } from './RawTable.ts';
import { formatBytes, resolveLimits, type ReadLimits } from './limits.ts';
import { inspectCfb } from './inspectCfb.ts';
import { inspectZip, shortMessage } from './inspectZip.ts';
import { readCsvBytes, type OnCsvRows } from './readCsv.ts';
import { readJsonBytes } from './readJson.ts';
import { readWorkbookBytes } from './readWorkbook.ts';
import { knownBinary, looksLikeMarkup, looksLikeRawBiff, nulPattern, sniffFormat } from './sniffFormat.ts';

export { DEFAULT_LIMITS, type ReadLimits } from './limits.ts';
export { readCsvBytes, readCsvText } from './readCsv.ts';
export { readWorkbookBytes } from './readWorkbook.ts';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Read this sheet even if hidden; only this one. */
  sheet?: string;
  /**
   * A CSV file's rows handed here a slice at a time (readCsvText) rather than kept in its table,
   * whose rows stay empty; a file that fails after some slices (too many rows) has no table.
   */
  onCsvRows?: OnCsvRows;
  /** Characters per slice handed to onCsvRows (tests set a few). */
  csvSliceChars?: number;
  /** The rows handed to onCsvRows may be byte text (CsvOptions.byteText). */
  csvByteText?: boolean;
  /**
   * Room to read the file into when it fits, rather than a new buffer each time: a fresh 13 MB
   * buffer costs ~50 ms of page faults, the read itself ~3 ms. Only for a caller that keeps none
   * of the bytes (text handed on as strings), and reads one file at a time with it.
   */
  scratch?: Uint8Array;
}

export type ReadResult =
  | { kind: 'tables'; tables: RawTable[]; findings: Finding[]; bytes: number; sha256: string }
  | { kind: 'json'; data: unknown; findings: Finding[]; bytes: number; sha256: string }
  | { kind: 'failed'; findings: Finding[]; bytes: number; sha256: string };

const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xls', 'ods', 'xlsb']);
const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
/** Every extension read; others are skipped with unsupported-file before their content matters. */
const KNOWN_EXTENSIONS = new Set([...WORKBOOK_EXTENSIONS, 'fods', ...TEXT_EXTENSIONS, 'json']);

interface Actual {
  sv: string;
  en: string;
  suggested: string;
}

function extensionOf(relPath: string): string {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** What a binary container really holds, in words a controller knows. */
async function describeBinary(bytes: Uint8Array): Promise<Actual> {
  if (sniffFormat(bytes) === 'zip') {
    const zip = await inspectZip(bytes);
    const kind = zip.ok ? zip.kind : 'other';
    if (kind === 'xlsx') return { sv: 'en Excel-arbetsbok', en: 'an Excel workbook', suggested: 'xlsx' };
    if (kind === 'xlsb') return { sv: 'en binär Excel-arbetsbok', en: 'a binary Excel workbook', suggested: 'xlsb' };
    if (kind === 'ods') return { sv: 'ett OpenDocument-kalkylblad', en: 'an OpenDocument spreadsheet', suggested: 'ods' };
    return { sv: 'en ZIP-fil', en: 'a ZIP file', suggested: 'zip' };
  }
  const cfb = inspectCfb(bytes);
  if (cfb.ok && cfb.encrypted) return { sv: 'en lösenordsskyddad Excel-arbetsbok', en: 'a password-protected Excel workbook', suggested: 'xlsx' };
  return { sv: 'en äldre Excel-arbetsbok', en: 'an older Excel workbook', suggested: 'xls' };
}

function describeText(bytes: Uint8Array): Actual {
  if (looksLikeMarkup(bytes)) return { sv: 'en XML- eller HTML-fil', en: 'an XML or HTML file', suggested: 'xls' };
  return { sv: 'text (CSV)', en: 'text (CSV)', suggested: 'csv' };
}

function mismatch(file: string, extension: string, actual: Actual): Finding {
  return {
    code: 'format-mismatch',
    file,
    params: { extension, actual: actual.sv, 'actual@sv': actual.sv, 'actual@en': actual.en, suggested: actual.suggested },
  };
}

/** A ReadResult before the file's size and hash are added. */
type Content = { kind: 'tables'; tables: RawTable[]; findings: Finding[] } | { kind: 'json'; data: unknown; findings: Finding[] } | { kind: 'failed'; findings: Finding[] };

const failedWith = (finding: Finding): Content => ({ kind: 'failed', findings: [finding] });

async function dispatch(bytes: Uint8Array, relPath: string, ext: string, options: ReadOptions, limits: ReadLimits): Promise<Content> {
  const container = sniffFormat(bytes);
  if (container === 'empty') return failedWith({ code: 'empty-file', file: relPath });
  const binary = container === 'zip' || container === 'cfb' || looksLikeRawBiff(bytes);
  // A PDF or an image is never data, whatever it is called.
  const other = knownBinary(bytes);
  if (other && KNOWN_EXTENSIONS.has(ext)) return failedWith(mismatch(relPath, ext, { sv: other.sv, en: other.en, suggested: other.ext }));

  if (ext === 'json') {
    if (binary) return failedWith(mismatch(relPath, ext, await describeBinary(bytes)));
    const json = readJsonBytes(bytes, relPath);
    return json.ok ? { kind: 'json', data: json.data, findings: json.findings } : { kind: 'failed', findings: json.findings };
  }

  if (TEXT_EXTENSIONS.has(ext)) {
    if (binary) return failedWith(mismatch(relPath, ext, await describeBinary(bytes)));
    if (nulPattern(bytes) === 'binary') {
      return failedWith({ code: 'corrupt-file', file: relPath, params: { 'detail@sv': 'filen innehåller binärdata, inte text', 'detail@en': 'the file holds binary data, not text' } });
    }
    const csv = readCsvBytes(bytes, relPath, { delimiter: ext === 'tsv' ? '\t' : undefined, maxRows: limits.maxRows, sliceChars: options.csvSliceChars, byteText: options.csvByteText }, options.onCsvRows);
    return csv.table ? { kind: 'tables', tables: [csv.table], findings: csv.findings } : { kind: 'failed', findings: csv.findings };
  }

  const workbookText = ext === 'fods' ? looksLikeMarkup(bytes) : ext === 'xls' && looksLikeMarkup(bytes); // SpreadsheetML 2003 / HTML saved as .xls
  if (WORKBOOK_EXTENSIONS.has(ext) || ext === 'fods') {
    if (!binary && !workbookText) return failedWith(mismatch(relPath, ext, describeText(bytes)));
    if (ext === 'fods' && binary) return failedWith(mismatch(relPath, ext, await describeBinary(bytes)));
    const wb = await readWorkbookBytes(bytes, relPath, { limits, sheet: options.sheet });
    return wb.failed ? { kind: 'failed', findings: wb.findings } : { kind: 'tables', tables: wb.tables, findings: wb.findings };
  }

  return failedWith({ code: 'unsupported-file', file: relPath, params: { extension: ext || '(ingen)' } });
}

export async function readFile(absPath: string, relPath: string, options: ReadOptions = {}): Promise<ReadResult> {
  let size = 0;
  let sha256 = '';
  try {
    const limits = resolveLimits(options.limits);
    const ext = extensionOf(relPath);
    size = statSync(absPath).size;
    if (size > limits.maxBytes) {
      // Not read at all, so not hashed either: sha256 stays ''.
      return { kind: 'failed', findings: [{ code: 'file-too-large', file: relPath, params: { size: formatBytes(size), limit: formatBytes(limits.maxBytes) } }], bytes: size, sha256 };
    }
    // Blocking: a whole file is read in one call, where the asynchronous read takes it in 512 KB
    // pieces through libuv's pool and left the import's threads idle ~0.1 s a file waiting for them.
    const buffer = (options.scratch && readInto(absPath, options.scratch)) || readFileSync(absPath);
    size = buffer.length;
    sha256 = createHash('sha256').update(buffer).digest('hex');
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const result = await dispatch(bytes, relPath, ext, options, limits);
    return { ...result, bytes: size, sha256 };
  } catch (e) {
    return { kind: 'failed', findings: [{ code: 'read-failed', file: relPath, params: { detail: shortMessage(e) } }], bytes: size, sha256 };
  }
}

/** The file read into the start of `into`, or undefined when it does not fit. */
function readInto(absPath: string, into: Uint8Array): Uint8Array | undefined {
  const fd = openSync(absPath, 'r');
  try {
    for (let n = 0; n < into.length; ) {
      const got = readSync(fd, into, n, into.length - n, null);
      if (got === 0) return into.subarray(0, n);
      n += got;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Extensions the read stage reads; anything else gets unsupported-file. */
export const READABLE_EXTENSIONS: readonly string[] = [...KNOWN_EXTENSIONS];
