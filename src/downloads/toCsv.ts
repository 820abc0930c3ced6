import { DOWNLOAD_COLUMNS, type DownloadRow } from './columns.ts';
import { guardText } from './guardText.ts';
import { RECORDS_PER_PIECE } from '../write/textPieces.ts';

/** How one CSV dialect writes cells. */
export interface CsvDialect {
  delimiter: string;
  decimal: '.' | ',';
  bom: boolean;
}

/** Standard CSV: RFC 4180, UTF-8 without BOM, comma, decimal point, CRLF. */
export const STANDARD_CSV: CsvDialect = { delimiter: ',', decimal: '.', bom: false };

/** Number as plain decimal text: never exponent notation, which spreadsheets and parsers misread. */
export function plainNumber(value: number, decimal: '.' | ','): string {
  let text = String(value);
  if (/e/i.test(text)) {
    // 1e-7 → 0.0000001; 1e21 → 1000000000000000000000. toFixed caps at 100 digits.
    text = Math.abs(value) >= 1 ? BigInt(Math.round(value)).toString() : value.toFixed(20).replace(/0+$/, '');
  }
  return decimal === ',' ? text.replace('.', ',') : text;
}

function quote(text: string, delimiter: string): string {
  // RFC 4180: fields with the delimiter, quotes or line breaks are quoted, quotes doubled.
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell in a dialect: text through the formula-injection guard, numbers plain, both quoted when needed. */
export function dialectCell(value: string | number | null, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') return quote(plainNumber(value, dialect.decimal), dialect.delimiter);
  return quote(guardText(value), dialect.delimiter);
}

/** The header line, CRLF-terminated. */
export function csvHeader(dialect: CsvDialect): string {
  return DOWNLOAD_COLUMNS.map((c) => quote(c.header, dialect.delimiter)).join(dialect.delimiter) + '\r\n';
}

const KEYS = DOWNLOAD_COLUMNS.map((c) => c.key);

/**
 * One CRLF-terminated line per row, no header, in pieces of RECORDS_PER_PIECE rows
 * (src/write/textPieces.ts). A text is guarded and quoted once per call: an indicator's title,
 * its places' names and its periods come back on every row (a country's downloads are mostly
 * such repeats).
 */
export function csvLines(rows: readonly DownloadRow[], dialect: CsvDialect): string[] {
  const texts = new Map<string, string>();
  const cell = (value: string | number | null): string => {
    if (typeof value !== 'string') return dialectCell(value, dialect);
    let text = texts.get(value);
    if (text === undefined) texts.set(value, (text = dialectCell(value, dialect)));
    return text;
  };
  const pieces: string[] = [];
  for (let start = 0; start < rows.length; start += RECORDS_PER_PIECE) {
    let text = '';
    for (const row of rows.slice(start, start + RECORDS_PER_PIECE)) {
      let line = cell(row[KEYS[0]]);
      for (let i = 1; i < KEYS.length; i++) line += dialect.delimiter + cell(row[KEYS[i]]);
      text += line + '\r\n';
    }
    pieces.push(text);
  }
  return pieces;
}

/** Rows as CSV text in the given dialect: a header line, then one line per row, CRLF after each. */
export function writeCsv(rows: readonly DownloadRow[], dialect: CsvDialect): string {
  return (dialect.bom ? '\uFEFF' : '') + csvHeader(dialect) + csvLines(rows, dialect).join('');
}

/** RFC 4180 CSV: UTF-8 without BOM, comma, decimal point, CRLF; numbers unquoted. */
export function toCsv(rows: readonly DownloadRow[]): string {
  return writeCsv(rows, STANDARD_CSV);
}
