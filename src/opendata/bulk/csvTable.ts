import { guardText } from '../../downloads/guardText.ts';
import { plainNumber } from '../../downloads/toCsv.ts';

/** A cell of a bulk table: text (guarded on write), a number, a boolean, or absent. */
export type TableCell = string | number | boolean | null;

/** Table Schema field types the bulk tables use. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

/** One column of a bulk CSV, with what its Table Schema field says about it. */
export interface TableColumn<R> {
  /** Header in the CSV and field name in the Table Schema: lower-case ASCII snake_case. */
  name: string;
  type: FieldType;
  /** What the column holds, in Swedish (Table Schema description and README). */
  description: string;
  /** The same in English (README). */
  descriptionEn: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
  value: (row: R) => TableCell;
}

function quote(text: string): string {
  // RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell as CSV text: numbers as plain decimals (never guarded), text through the formula-injection guard. */
export function csvCell(value: TableCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value, '.');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quote(guardText(value));
}

/**
 * Rows as standard CSV in the same dialect as the per-indicator downloads (src/downloads/toCsv.ts):
 * RFC 4180, UTF-8 without BOM, comma, decimal point, CRLF after every line.
 */
export function toCsvTable<R>(columns: readonly TableColumn<R>[], rows: readonly R[]): string {
  const lines = [columns.map((c) => quote(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return lines.map((line) => `${line}\r\n`).join('');
}
