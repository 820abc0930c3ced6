import type { Cell } from '../../read/RawTable.ts';
import { excelDate } from '../../normalise/excelDate.ts';

/** Day-first and month-first forms a mapping may name for an export that does not write ISO dates. */
export type DateFormat = 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD.MM.YYYY' | 'DD-MM-YYYY';

const ISO_WITH_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function calendar(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function byFormat(text: string, format: DateFormat): string | undefined {
  if (format === 'YYYY-MM-DD') return undefined;
  const separator = format[2];
  const parts = text.split(separator);
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return undefined;
  const [a, b, y] = parts.map(Number);
  if (parts[2].length !== 4) return undefined;
  return format.startsWith('DD') ? calendar(y, b, a) : calendar(y, a, b);
}

/**
 * A booking date as YYYY-MM-DD: ISO text (with a midnight time some systems add), YYYYMMDD,
 * an Excel date cell, or the form the mapping names (`DD/MM/YYYY` for a British export).
 * Without a mapping, 03/04/2024 is never guessed: it is the 3rd of April in Sweden and the
 * 4th of March in the United States.
 */
export function parseInvoiceDate(cell: Cell | undefined, date1904: boolean, format?: DateFormat): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell !== 'string') return excelDate(cell, date1904);
  const text = cell.trim();
  const iso = ISO_WITH_TIME.exec(text) ?? COMPACT.exec(text);
  if (iso) return calendar(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return format ? byFormat(text, format) : undefined;
}
