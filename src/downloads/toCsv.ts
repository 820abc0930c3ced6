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

function cell(value: string | number | null, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') return quote(plainNumber(value, dialect.decimal), dialect.delimiter);
  return quote(guardText(value), dialect.delimiter);
}

/** Rows as CSV text in the given dialect: a header line, then one line per row, CRLF after each. */
export function writeCsv(rows: readonly DownloadRow[], dialect: CsvDialect): string {
  const lines = [DOWNLOAD_COLUMNS.map((c) => quote(c.header, dialect.delimiter)).join(dialect.delimiter)];
  for (const row of rows) {
    lines.push(DOWNLOAD_COLUMNS.map((c) => cell(row[c.key], dialect)).join(dialect.delimiter));
  }
  return (dialect.bom ? '\uFEFF' : '') + lines.map((l) => l + '\r\n').join('');
}

/** Lines encoded per chunk: keeps every string far below V8's limit (~512 M characters). */
const LINES_PER_CHUNK = 50_000;

/**
 * The same bytes as toCsv, built chunk by chunk: a whole country's observations
 * (millions of rows) would not fit in one JavaScript string.
 */
export function toCsvBytes(rows: readonly DownloadRow[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [encoder.encode(DOWNLOAD_COLUMNS.map((c) => quote(c.header, STANDARD_CSV.delimiter)).join(STANDARD_CSV.delimiter) + '\r\n')];
  for (let i = 0; i < rows.length; i += LINES_PER_CHUNK) {
    let text = '';
    for (const row of rows.slice(i, i + LINES_PER_CHUNK)) text += DOWNLOAD_COLUMNS.map((c) => cell(row[c.key], STANDARD_CSV)).join(STANDARD_CSV.delimiter) + '\r\n';
    chunks.push(encoder.encode(text));
  }
  return Buffer.concat(chunks);
}

/** RFC 4180 CSV: UTF-8 without BOM, comma, decimal point, CRLF; numbers unquoted. */
export function toCsv(rows: readonly DownloadRow[]): string {
  return writeCsv(rows, STANDARD_CSV);
}
