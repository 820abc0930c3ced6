import * as XLSX from '@e965/xlsx';
import type { Cell } from '../../read/RawTable.ts';
import { excelDate } from '../../normalise/excelDate.ts';

const pad = (n: number) => String(n).padStart(2, '0');

// 2025-03-18, 2025-03-18 18:00, 2025-03-18T18:00, 2025-03-18 kl. 18.00 (seconds are dropped).
const TEXT = /^(\d{4}-\d{1,2}-\d{1,2})(?:(?:\s+(?:kl\.?\s*)?|T)(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?)?$/i;

/**
 * A date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM), Swedish local time, from a date
 * or date-time cell or its ISO text. A date-time cell at midnight is a date. undefined: not
 * readable without guessing (the caller reports date-format).
 */
export function parseLocalDateTime(cell: Cell, date1904 = false): string | undefined {
  if (cell === null) return undefined;
  if (typeof cell === 'string') {
    const m = TEXT.exec(cell.trim());
    if (!m) return undefined;
    const date = excelDate(m[1]);
    if (date === undefined || m[2] === undefined) return date;
    const [h, min] = [Number(m[2]), Number(m[3])];
    return h < 24 && min < 60 ? `${date}T${pad(h)}:${pad(min)}` : undefined;
  }
  const date = excelDate(cell, date1904);
  if (date === undefined || cell.t !== 'n') return date;
  // The fraction of a serial is the time of day; round to the minute (Excel stores 18:00 as 0.75 ± ε).
  const minutes = Math.round((cell.v - Math.floor(cell.v)) * 24 * 60);
  if (minutes === 0 || minutes === 24 * 60) return date;
  const t = XLSX.SSF.parse_date_code(Math.floor(cell.v) + minutes / (24 * 60), { date1904 });
  return `${date}T${pad(t.H)}:${pad(t.M)}`;
}
