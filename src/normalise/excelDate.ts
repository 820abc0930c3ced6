import * as XLSX from '@e965/xlsx';
import type { Cell } from '../read/RawTable.ts';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function calendar(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  // Days in the month without a Date object: day 0 of the next month in UTC is safe from time zones.
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A calendar date YYYY-MM-DD from a date cell (serial, 1900 or 1904 system) or
 * ISO text (2025-03-31). undefined: not a date we can read without guessing
 * (date-format); 3/4/2025 is day-first in Sweden and month-first in the US.
 */
export function excelDate(cell: Cell, date1904 = false): string | undefined {
  if (cell === null) return undefined;
  if (typeof cell === 'string') {
    const m = ISO.exec(cell.trim());
    return m ? calendar(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  }
  if (cell.t === 'n') {
    if (!Number.isFinite(cell.v) || cell.v < 1) return undefined;
    const d = XLSX.SSF.parse_date_code(cell.v, { date1904 });
    return d ? calendar(d.y, d.m, d.d) : undefined;
  }
  return undefined;
}
