import type { Cell } from '../read/RawTable.ts';
import type { AreaDirectory } from './AreaDirectory.ts';

export type AreaResult =
  | { ok: true; code: string }
  | { ok: false; code: 'area-code'; hint: string }
  | { ok: false; code: 'unknown-area' }
  | { ok: false; code: 'missing' };

const FOUR_DIGITS = /^\d{4}$/;
const SHORT_DIGITS = /^\d{1,3}$/;
// Local comparison groups and districts (G1, D-norr), as the schema allows; a digit, _ or - sets them
// apart from names such as Danderyd or Gotland.
const LOCAL_CODE = /^[GD](?=[A-Za-z]*[0-9_-])[A-Za-z0-9_-]{1,31}$/;

function lostZero(digits: string): AreaResult {
  const padded = digits.padStart(4, '0');
  return { ok: false, code: 'area-code', hint: ` Den inledande nollan har tappats: skriv ${padded}.` };
}

/**
 * A four-digit area code as text. A code whose leading zero Excel dropped is
 * an error with the fix, never padded silently (182 could be a typo). A name
 * instead of a code resolves through the directory when one is given.
 */
export function parseAreaCode(cell: Cell, areas?: AreaDirectory): AreaResult {
  if (cell === null) return { ok: false, code: 'missing' };
  if (typeof cell === 'string') {
    const s = cell.trim();
    if (s === '') return { ok: false, code: 'missing' };
    if (FOUR_DIGITS.test(s)) return { ok: true, code: s };
    if (SHORT_DIGITS.test(s)) return lostZero(s);
    if (LOCAL_CODE.test(s) && !areas?.codeForName(s)) return { ok: true, code: s };
    if (/^\d+$/.test(s)) return { ok: false, code: 'area-code', hint: '' };
    const byName = areas?.codeForName(s);
    if (byName !== undefined) return { ok: true, code: byName };
    return { ok: false, code: 'unknown-area' };
  }
  if (cell.t === 'n') {
    // A cell formatted 0000 shows the zero: what Excel shows is what was meant.
    if (cell.w !== undefined && FOUR_DIGITS.test(cell.w.trim())) return { ok: true, code: cell.w.trim() };
    if (Number.isInteger(cell.v) && cell.v >= 0 && cell.v < 1000) return lostZero(String(cell.v));
    if (Number.isInteger(cell.v) && cell.v >= 1000 && cell.v <= 9999) return { ok: true, code: String(cell.v) };
    return { ok: false, code: 'area-code', hint: '' };
  }
  return { ok: false, code: 'area-code', hint: '' };
}

/**
 * Kolada's area files write riket as 0 and regions as 01; the API and the data
 * model use 0000 and 0001. A documented convention of that source, applied only
 * to area files.
 */
export function koladaAreaCode(text: string): string | undefined {
  const s = text.trim();
  if (s === '0') return '0000';
  if (/^\d{2}$/.test(s)) return '00' + s;
  return undefined;
}
