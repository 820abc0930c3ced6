// CSV/TSV/TXT → one RawTable of strings. Rows stay arrays straight from
// papaparse (header:false: header:true drops "__proto__" and renames
// duplicates); no per-cell objects, so a million rows parse at papaparse speed.
import Papa from 'papaparse';
import type { Finding } from '../problems/Finding.ts';
import type { RawTable } from './RawTable.ts';
import { decodeText, type DecodedText } from './decodeText.ts';
import { byteOffsetOfUnits, fromByteText, isByteText } from './byteText.ts';
import { delimiterName, detectDelimiter, SAMPLE_CHARS, type Delimiter } from './detectDelimiter.ts';
import { DEFAULT_LIMITS, formatCount } from './limits.ts';
import { toA1 } from './a1.ts';

export interface CsvOptions {
  /** Force a delimiter (e.g. tab for .tsv); otherwise detected among ';' ',' and tab. */
  delimiter?: Delimiter;
  maxRows?: number;
  /** Characters per slice when the rows are handed on a slice at a time (tests set a few). */
  sliceChars?: number;
  /**
   * Rows handed on may be byte text (byteText.ts) when the file is large, valid UTF-8: the
   * reader then decodes the cells it keeps, told so by onRows's `byteText`.
   */
  byteText?: boolean;
}

/** Rows a slice at a time; `byteText` when their cells are byte text (CsvOptions.byteText). */
export type OnCsvRows = (rows: string[][], first: number, byteText: boolean) => void;

export interface CsvResult {
  /** null when nothing usable was read (the findings say why). */
  table: RawTable | null;
  findings: Finding[];
  /** The delimiter used. */
  delimiter: string;
}

/** Excel's last column is XFD: 16 384 columns. */
export const MAX_COLUMNS = 16_384;

/** One quote problem per row is enough; a broken file can otherwise produce one per line. */
const MAX_FORMAT_FINDINGS = 50;

function isBlank(row: string[]): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== '') return false;
  return true;
}

/** Only line breaks and spaces: nothing to read (checked on a prefix first, so big files stay cheap). */
function isWhitespaceOnly(text: CsvSource): boolean {
  return /^\s*$/.test(text.slice(0, 4096)) && /^\s*$/.test(text.slice(0, text.length));
}

/**
 * What the checks need to know of the rows, gathered as they pass (so rows handed on a slice at a
 * time need not be kept). Blank rows count only once a filled row follows them: trailing blank
 * lines are not data.
 */
class CsvShape {
  /** Rows up to the last filled one. */
  rows = 0;
  /** The widest row among them (at least 1). */
  width = 1;
  /** The widest row by its used cells (trailing empty cells not counted), and where. */
  widest = 0;
  widestRow = 0;
  first: string[] | undefined;
  private seen = 0;
  private blankWidth = 0;

  add(rows: string[][]): void {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k];
      const r = this.seen++;
      if (r === 0) this.first = row;
      if (isBlank(row)) {
        if (row.length > this.blankWidth) this.blankWidth = row.length;
        continue;
      }
      this.rows = r + 1;
      this.width = Math.max(this.width, this.blankWidth, row.length);
      this.blankWidth = 0;
      // Wider than Excel's last column (XFD): trailing empty cells (a row of delimiters) do not count.
      if (row.length > MAX_COLUMNS) {
        let used = row.length;
        while (used > 0 && row[used - 1] === '') used--;
        if (used > this.widest) {
          this.widest = used;
          this.widestRow = r;
        }
      }
    }
  }
}

/**
 * Text without a quote character is parsed a slice of lines at a time: papaparse splits such text
 * on line breaks and delimiters whatever the slice, so the rows are the ones one parse gives, and
 * a caller that uses each slice and drops it keeps a million rows from ever being alive at once
 * (the garbage collector then costs more than the parse). Text with quotes is parsed whole: a
 * quoted field may hold line breaks, and a broken one runs to the end of the file.
 * A slice is small, so that few of its rows are alive whenever the young generation is collected:
 * every live row is copied there, and 1 MB slices (~8 000 rows) cost three times the collector
 * time of 64 KB ones in the invoice import (3 × 13 MB of text: 0.17 s of pauses against 0.12 s,
 * 1.7 s against 1.35 s in all), while smaller slices gained nothing more.
 */
const SLICE_CHARS = 1 << 16;

/**
 * The text parsed: a string, or byte text (byteText.ts) cut from its bytes a slice at a time. A
 * large file's byte text as one string was a fresh 13 MB allocation per monthly export whose
 * first touch cost more than the copy itself; slices of it are no dearer than the slices of a
 * string (papaparse gets a string per slice either way).
 */
interface CsvSource {
  readonly length: number;
  slice(start: number, end: number): string;
  includes(text: string): boolean;
  indexOf(text: string, from: number): number;
}

/** `bytes` as byte text, a slice at a time: one byte, one character. */
function byteSource(bytes: Uint8Array): CsvSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    length: buffer.length,
    slice: (start, end) => buffer.toString('latin1', start, end),
    includes: (text) => buffer.includes(text, 0, 'latin1'),
    indexOf: (text, from) => buffer.indexOf(text, from, 'latin1'),
  };
}

/**
 * Rows of `text`, at most `limit`, to `onRows` (the first call gets the first row); papaparse's
 * quote errors returned (rows of the whole text).
 */
function parseRows(text: CsvSource, delimiter: string, limit: number, sliceChars: number | undefined, onRows: (rows: string[][]) => void, bytes?: Uint8Array): Papa.ParseError[] {
  // The line break papaparse would guess for the whole text (it looks at its first megabyte of
  // characters: of byte text, the bytes of as many characters; without a CR anywhere, any window
  // gives LF).
  const window = bytes && text.includes('\r') ? byteOffsetOfUnits(bytes, 1 << 20) : 1 << 20;
  const guessNewline = () => Papa.parse<string[]>(text.slice(0, window), { delimiter, preview: 1 }).meta.linebreak as '\n' | '\r' | '\r\n';
  if (sliceChars === undefined || text.includes('"')) {
    const parsed = Papa.parse<string[]>(text.slice(0, text.length), { header: false, delimiter, preview: limit, ...(bytes ? { newline: guessNewline() } : {}) });
    onRows(parsed.data);
    return parsed.errors;
  }
  const newline = guessNewline();
  let seen = 0;
  for (let at = 0; seen < limit; ) {
    const cut = text.indexOf(newline, at + sliceChars);
    const end = cut < 0 ? text.length : cut;
    const piece = text.slice(at, end);
    // Papaparse gives no row for empty text; the whole text has one there (after a final line break).
    // Its core parser, not Papa.parse: the handle Papa.parse wraps it in (papaparse 5.7) made the
    // collector keep each slice's rows alive: 120 MB promoted for 39 MB of text, 0.4 s of pauses,
    // against 1 MB and 0.03 s. Without quotes the two give the same rows (fast mode, the newline given).
    const rows = piece === '' ? [['']] : (new Papa.Parser({ delimiter, newline }).parse(piece, 0, false) as Papa.ParseResult<string[]>).data;
    if (seen + rows.length > limit) rows.length = limit - seen;
    seen += rows.length;
    onRows(rows);
    if (cut < 0) break;
    at = cut + newline.length;
  }
  return [];
}

/**
 * CSV text → one RawTable of strings. With `onRows`, the rows are handed to it a slice at a time
 * (the first call from row 0 on) and the table's rows stay empty; the findings are the same, and a
 * null table then means the rows handed on must not be used.
 */
export function readCsvText(text: string, relPath: string, options: CsvOptions = {}, onRows?: OnCsvRows): CsvResult {
  return readCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, relPath, options, onRows);
}

/** readCsvText; `bytes` given when `text` is their byte text (isByteText). */
function readCsv(text: CsvSource, relPath: string, options: CsvOptions, onRows?: OnCsvRows, bytes?: Uint8Array): CsvResult {
  const findings: Finding[] = [];
  if (isWhitespaceOnly(text)) {
    findings.push({ code: 'empty-file', file: relPath });
    return { table: null, findings, delimiter: options.delimiter ?? ',' };
  }
  // Of byte text, guessed on the text the sample's bytes begin (the file is larger than the sample).
  const delimiter = options.delimiter ?? detectDelimiter(bytes ? Buffer.from(bytes.subarray(0, 4 * SAMPLE_CHARS)).toString('utf8') : text.slice(0, text.length));
  const maxRows = options.maxRows ?? DEFAULT_LIMITS.maxRows;
  const shape = new CsvShape();
  let all: string[][] = [];
  let first = 0;
  const errors = parseRows(text, delimiter, maxRows + 1, onRows ? (options.sliceChars ?? SLICE_CHARS) : undefined, (rows) => {
    shape.add(rows);
    if (onRows) onRows(rows, first, bytes !== undefined);
    else all = rows;
    first += rows.length;
  }, bytes);
  // A final line break yields one [""] row; trailing blank lines are not data.
  if (all.length > shape.rows) all.length = shape.rows;
  const rowCount = shape.rows;

  if (rowCount === 0) {
    findings.push({ code: 'empty-file', file: relPath });
    return { table: null, findings, delimiter };
  }
  if (rowCount > maxRows) {
    findings.push({
      code: 'sheet-too-large',
      file: relPath,
      params: { range: `A1:${toA1(rowCount - 1, shape.width - 1)}`, cells: formatCount(rowCount * shape.width), 'limit@sv': `${formatCount(maxRows)} rader`, 'limit@en': `${maxRows} rows` },
    });
    return { table: null, findings, delimiter };
  }

  // Wider than Excel's last column (XFD): no export meant to be opened in Excel is, and every later
  // stage is linear in the width per layout tried (a million columns took half a minute).
  if (shape.widest > MAX_COLUMNS) {
    findings.push({
      code: 'sheet-too-large',
      file: relPath,
      cell: toA1(shape.widestRow, MAX_COLUMNS),
      params: { range: `A1:${toA1(rowCount - 1, shape.widest - 1)}`, cells: formatCount(shape.widest), 'limit@sv': `${formatCount(MAX_COLUMNS)} kolumner`, 'limit@en': `${MAX_COLUMNS} columns` },
    });
    return { table: null, findings, delimiter };
  }

  let formatFindings = 0;
  for (const e of errors) {
    if (e.type !== 'Quotes' || formatFindings >= MAX_FORMAT_FINDINGS) continue;
    formatFindings++;
    const row = (e.row ?? 0) + 1;
    findings.push({
      code: 'format-error',
      file: relPath,
      cell: toA1(row - 1, 0),
      params: {
        row,
        'detail@sv': e.code === 'MissingQuotes' ? 'ett citattecken avslutas aldrig' : 'ett citattecken står mitt i ett fält',
        'detail@en': e.code === 'MissingQuotes' ? 'a quoted field is never closed' : 'a quote stands inside a field',
      },
    });
  }

  // Everything in one column although the header holds a separator (";", ",", tab, or a "|" we never
  // split on): the classic Swedish-export failure.
  if (shape.width === 1 && /[;,\t|]/.test(shape.first![0])) {
    findings.push({ code: 'wrong-delimiter', file: relPath, cell: 'A1', value: bytes ? fromByteText(shape.first![0]) : shape.first![0], params: { delimiter: delimiterName(delimiter) } });
  }

  const table: RawTable = { file: relPath, rows: all, merges: [], hiddenRows: [], hiddenColumns: [], date1904: false };
  return { table, findings, delimiter };
}

/** The encoding-suspect warning: the code page in words, and the letters worth a look. */
function encodingSuspect(relPath: string, suspect: NonNullable<DecodedText['suspect']>): Finding {
  const { encoding, letters } = suspect;
  const params: Record<string, string> = { encoding: encoding.name, 'encoding@sv': encoding.sv, 'encoding@en': encoding.en };
  if (letters.length > 0) {
    params['letters@sv'] = ` – särskilt ${letters.join(' ')}`;
    params['letters@en'] = `, especially ${letters.join(' ')}`;
  }
  return { code: 'encoding-suspect', file: relPath, params };
}

export function readCsvBytes(bytes: Uint8Array, relPath: string, options: CsvOptions = {}, onRows?: OnCsvRows): CsvResult {
  if (bytes.length === 0) return { table: null, findings: [{ code: 'empty-file', file: relPath }], delimiter: options.delimiter ?? ',' };
  // Byte text only for rows handed on: a table's rows are always text.
  if (onRows && options.byteText && isByteText(bytes)) return readCsv(byteSource(bytes), relPath, options, onRows, bytes);
  const decoded = decodeText(bytes);
  const result = readCsvText(decoded.text, relPath, options, onRows);
  if (decoded.suspect) result.findings.unshift(encodingSuspect(relPath, decoded.suspect));
  return result;
}
