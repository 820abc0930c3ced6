import { formatNumber, NBSP } from './formatNumber.ts';

/**
 * Units that add nothing after the number: "antal" (count) reads as "1 234", not "1 234 antal".
 * Compared lower-case.
 */
const SILENT_UNITS = new Set(['antal', 'st', 'st.']);

/** A value with its unit: "74 %", "1 234,5 kr", "34 dagar"; the unit is separated by a no-break space. */
export function formatValue(value: number, unit: string, decimals = 0): string {
  const number = formatNumber(value, decimals);
  if (number === '') return '';
  const u = unit.trim();
  if (u === '' || SILENT_UNITS.has(u.toLowerCase())) return number;
  return `${number}${NBSP}${u}`;
}
