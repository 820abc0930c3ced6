import * as XLSX from '@e965/xlsx';
import type { Cell } from '../read/RawTable.ts';

// Periods in the forms controllers and exports write them, to the canonical
// form of the data model: 2024, 2023/24, 2024H1, 2024Q1, 2024-03.

const MONTHS = new Map<string, number>([
  ['januari', 1], ['jan', 1], ['january', 1],
  ['februari', 2], ['feb', 2], ['february', 2],
  ['mars', 3], ['mar', 3], ['march', 3],
  ['april', 4], ['apr', 4],
  ['maj', 5], ['may', 5],
  ['juni', 6], ['jun', 6], ['june', 6],
  ['juli', 7], ['jul', 7], ['july', 7],
  ['augusti', 8], ['aug', 8], ['august', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10], ['oct', 10], ['october', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

const YEAR = /^\d{4}$/;
const SCHOOL_YEAR = /^(?:läsår|lå|lasar)?\s*(\d{4}|\d{2})\s*\/\s*(\d{4}|\d{2})$/;
const HALF_AFTER = /^(\d{4})\s*-?\s*(?:h|halvår|halvar)\s*([12])$/;
const HALF_BEFORE = /^(?:h|halvår|halvar)\s*([12])\s*-?\s*(\d{4})$/;
const QUARTER_AFTER = /^(\d{4})\s*-?\s*(?:q|k|kv|kvartal)\s*([1-4])$/;
const QUARTER_BEFORE = /^(?:q|k|kv|kvartal)\s*([1-4])\s*-?\s*(\d{4})$/;
const MONTH_NUMERIC = /^(\d{4})\s*(?:-|m)\s*(\d{1,2})$/;
const MONTH_NAME_BEFORE = /^([a-zåäö]+)\.?\s+(\d{4})$/;
const MONTH_NAME_AFTER = /^(\d{4})\s+([a-zåäö]+)\.?$/;

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

function month(y: number, m: number): string | undefined {
  if (!validYear(y) || m < 1 || m > 12) return undefined;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** Canonical period for text, or undefined (period-format). */
export function parsePeriodText(input: string): string | undefined {
  const s = input.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (YEAR.test(s)) return validYear(Number(s)) ? s : undefined;
  let m = SCHOOL_YEAR.exec(s);
  if (m) {
    const a = fullYear(m[1]);
    // A two-digit second year belongs to the first year's century (1999/00 → 2000).
    const b = m[2].length === 2 ? Math.floor((a + 1) / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (!validYear(a) || b !== a + 1) return undefined;
    return `${a}/${String(b % 100).padStart(2, '0')}`;
  }
  if ((m = HALF_AFTER.exec(s))) return validYear(Number(m[1])) ? `${m[1]}H${m[2]}` : undefined;
  if ((m = HALF_BEFORE.exec(s))) return validYear(Number(m[2])) ? `${m[2]}H${m[1]}` : undefined;
  if ((m = QUARTER_AFTER.exec(s))) return validYear(Number(m[1])) ? `${m[1]}Q${m[2]}` : undefined;
  if ((m = QUARTER_BEFORE.exec(s))) return validYear(Number(m[2])) ? `${m[2]}Q${m[1]}` : undefined;
  if ((m = MONTH_NUMERIC.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = MONTH_NAME_BEFORE.exec(s))) {
    const n = MONTHS.get(m[1]);
    return n === undefined ? undefined : month(Number(m[2]), n);
  }
  if ((m = MONTH_NAME_AFTER.exec(s))) {
    const n = MONTHS.get(m[2]);
    return n === undefined ? undefined : month(Number(m[1]), n);
  }
  return undefined;
}

/**
 * Canonical period for a cell, or undefined (period-format). A date-formatted
 * number is read as the month of its calendar date, straight from the serial
 * (never through a JS Date, which would bring in a time zone).
 */
export function parsePeriod(cell: Cell, date1904 = false): string | undefined {
  if (cell === null) return undefined;
  if (typeof cell === 'string') return parsePeriodText(cell);
  if (cell.t === 'n') {
    if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
      const d = XLSX.SSF.parse_date_code(cell.v, { date1904 });
      return d ? month(d.y, d.m) : undefined;
    }
    if (Number.isInteger(cell.v) && validYear(cell.v)) return String(cell.v);
    return undefined;
  }
  return undefined;
}
