import type { Cell } from '../read/RawTable.ts';
import { parseNumber, plainNumber } from './parseNumber.ts';
import { parseStatus, type Status } from './parseStatus.ts';

/** A value cell read: a number, or null with the reason, or why it could not be read. */
export type ValueRead =
  | { ok: true; value: number; preliminary: boolean }
  | { ok: true; value: null; status: Status; preliminary: boolean }
  | { ok: false; code: 'type-error'; hint: string }
  | { ok: false; code: 'ambiguous-number'; suggestion: string }
  | { ok: false; code: 'formula-error-cell' };

const MISSING: ValueRead = { ok: true, value: null, status: 'missing', preliminary: false };
const PRELIMINARY_MARK = /\s*(?:\*|\(prel\.?\)|prel\.?)$/i;

const percentFormats = new Map<string, boolean>();

/**
 * Does a number format scale by 100? A % outside quotes does ("0.0%"); a
 * literal one does not ('0" %"', '0\\%'), since Excel then shows the value as it is.
 */
export function isPercentFormat(z: string): boolean {
  let known = percentFormats.get(z);
  if (known === undefined) {
    known = z.replace(/"[^"]*"|\\./g, '').includes('%');
    percentFormats.set(z, known);
  }
  return known;
}

/** The shown percentage of a fraction stored under a % format, without 74.00000000001. */
export function percentOf(fraction: number): number {
  return Number((fraction * 100).toFixed(10));
}

/**
 * A value cell: a number, a status symbol (- . ..), or empty (missing, never 0).
 * A trailing * or (prel) marks a preliminary figure. percentAsFraction: a cell
 * formatted as % holds 0.74 for 74 %.
 */
export function readValue(cell: Cell, percentAsFraction = true): ValueRead {
  if (cell === null) return MISSING;
  if (typeof cell === 'string') {
    if (cell.length === 0) return MISSING;
    const plain = plainNumber(cell);
    if (!Number.isNaN(plain)) return { ok: true, value: plain, preliminary: false };
    const number = parseNumber(cell);
    if (number.ok) return { ok: true, value: number.value, preliminary: false };
    const text = cell.trim();
    if (text === '') return MISSING;
    const status = parseStatus(text);
    if (status !== undefined) return { ok: true, value: null, status, preliminary: false };
    if (PRELIMINARY_MARK.test(text)) {
      const bare = text.replace(PRELIMINARY_MARK, '');
      const prel = parseNumber(bare);
      if (prel.ok) return { ok: true, value: prel.value, preliminary: true };
      const prelStatus = parseStatus(bare);
      if (prelStatus !== undefined) return { ok: true, value: null, status: prelStatus, preliminary: true };
    }
    return number;
  }
  switch (cell.t) {
    case 'n':
      if (!Number.isFinite(cell.v)) return { ok: false, code: 'type-error', hint: '' };
      if (percentAsFraction && cell.z !== undefined && isPercentFormat(cell.z)) {
        // A fraction near the largest double overflows when shown as a percentage: not a value.
        const percent = percentOf(cell.v);
        return Number.isFinite(percent) ? { ok: true, value: percent, preliminary: false } : { ok: false, code: 'type-error', hint: '' };
      }
      return { ok: true, value: cell.v, preliminary: false };
    case 'e':
      return { ok: false, code: 'formula-error-cell' };
    case 'b':
      return { ok: false, code: 'type-error', hint: '' };
  }
}
