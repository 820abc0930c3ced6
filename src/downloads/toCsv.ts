import { DOWNLOAD_COLUMNS, type DownloadRow } from './columns.ts';
import { guardText } from './guardText.ts';

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

/** One CRLF-terminated line per row, no header. */
export function csvLines(rows: readonly DownloadRow[], dialect: CsvDialect): string {
  let text = '';
  for (const row of rows) text += DOWNLOAD_COLUMNS.map((c) => dialectCell(row[c.key], dialect)).join(dialect.delimiter) + '\r\n';
  return text;
}

/** Rows as CSV text in the given dialect: a header line, then one line per row, CRLF after each. */
export function writeCsv(rows: readonly DownloadRow[], dialect: CsvDialect): string {
  return (dialect.bom ? '\uFEFF' : '') + csvHeader(dialect) + csvLines(rows, dialect);
}

/** RFC 4180 CSV: UTF-8 without BOM, comma, decimal point, CRLF; numbers unquoted. */
export function toCsv(rows: readonly DownloadRow[]): string {
  return writeCsv(rows, STANDARD_CSV);
}
