// Amounts in whole öre (integers), never floats: every total is a sum of integers, so the
// published totals reconcile with the input to the öre however many rows there are.
import type { Cell } from '../../read/RawTable.ts';

/** Why an amount was refused. */
export type AmountFailure = 'format' | 'decimals' | 'range';

// A million amounts are read per run, so the result is a plain number: whole öre, or one of
// three non-finite values that say why the text is not an amount (no object per cell).
const FORMAT = Number.NaN;
const DECIMALS = Number.POSITIVE_INFINITY;
const RANGE = Number.NEGATIVE_INFINITY;

/** Why amountOre refused a cell, from its non-finite result. */
export function amountFailure(result: number): AmountFailure {
  return result === DECIMALS ? 'decimals' : result === RANGE ? 'range' : 'format';
}

/** Integers up to this many öre are exact in a double, sums of a million of them too. */
const MAX_ORE = 1e15;

function isGroupSpace(ch: number): boolean {
  return ch === 32 || ch === 0xa0 || ch === 0x202f || ch === 0x2009;
}

/**
 * An amount as exports write it: `-1234.50`, `1 234,5`, `−14 250,00`, `+12`, with a decimal
 * comma or point and spaces (also no-break and thin spaces) grouping thousands in threes.
 * At most two decimals count (öre); four or more are accepted only as trailing zeros
 * (`12.3400`, as some systems write), and exactly three are refused rather than guessed:
 * `1,234` may be a thousands comma or three decimals.
 */
export function amountOreText(input: string): number {
  let i = 0;
  let n = input.length;
  while (i < n && isGroupSpace(input.charCodeAt(i))) i++;
  while (n > i && isGroupSpace(input.charCodeAt(n - 1))) n--;
  if (i === n) return FORMAT;
  let negative = false;
  const sign = input.charCodeAt(i);
  if (sign === 45 || sign === 0x2212) {
    negative = true;
    i++;
  } else if (sign === 43) i++;
  let units = 0;
  let digits = 0;
  let groupDigits = -1; // digits since the last group space; -1 before any
  let firstGroup = 0;
  for (; i < n; i++) {
    const ch = input.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      units = units * 10 + (ch - 48);
      digits++;
      if (groupDigits >= 0) groupDigits++;
      else firstGroup++;
    } else if (isGroupSpace(ch)) {
      // Groups of three after a first group of one to three digits: 1 234 567.
      if (digits === 0 || (groupDigits < 0 ? firstGroup > 3 : groupDigits !== 3)) return FORMAT;
      groupDigits = 0;
    } else break;
  }
  if (digits === 0 || (groupDigits >= 0 && groupDigits !== 3)) return FORMAT;
  let ore = units * 100;
  if (i < n) {
    const sep = input.charCodeAt(i++);
    if (sep !== 44 && sep !== 46) return FORMAT;
    let place = 0;
    for (; i < n; i++) {
      const ch = input.charCodeAt(i);
      if (ch < 48 || ch > 57) return FORMAT;
      const d = ch - 48;
      if (place === 0) ore += d * 10;
      else if (place === 1) ore += d;
      else if (d !== 0) return DECIMALS;
      place++;
    }
    if (place === 0) return FORMAT;
    // "1,234" or "1.234": a thousands separator or three decimals, never guessed.
    if (place === 3 && groupDigits < 0) return DECIMALS;
  }
  if (ore > MAX_ORE) return RANGE;
  return negative && ore !== 0 ? -ore : ore;
}

/**
 * An amount from a cell in whole öre — text as above, or a workbook number in kronor with at most
 * two decimals — or a non-finite number saying why not (see amountFailure).
 */
export function amountOre(cell: Cell | undefined): number {
  if (cell === null || cell === undefined) return FORMAT;
  if (typeof cell === 'string') return amountOreText(cell);
  if (cell.t !== 'n' || !Number.isFinite(cell.v)) return FORMAT;
  const scaled = cell.v * 100;
  const ore = Math.round(scaled);
  if (Math.abs(ore) > MAX_ORE) return RANGE;
  // A double of two decimals is never more than a rounding error away from whole öre.
  if (Math.abs(scaled - ore) > 1e-6 * Math.max(1, Math.abs(scaled))) return DECIMALS;
  return ore === 0 ? 0 : ore;
}

/** Öre as a plain decimal in kronor: -123456 → "-1234.56" (the published files' form). */
export function oreToDecimal(ore: number): string {
  const negative = ore < 0;
  const abs = negative ? -ore : ore;
  const kr = Math.floor(abs / 100);
  const rest = abs - kr * 100;
  return `${negative ? '-' : ''}${kr}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Öre as kronor, the JSON number the API publishes (exact to the öre when printed). */
export function oreToKronor(ore: number): number {
  return ore / 100;
}
