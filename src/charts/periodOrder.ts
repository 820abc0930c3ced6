/**
 * Chronological ordering of period strings ("2024", "2023/24", "2024H1", "2024Q1", "2024-03").
 * Plain string order would put "2024-03" before "2024H1" and "2024Q1"; this key orders by the
 * month a period starts in. A school year starts in August of its first year.
 * (A minimal helper: if src/site/ gains its own period ordering, this can delegate to it.)
 */
export function periodStartKey(period: string): number {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(4);
  let month = 1;
  if (rest.startsWith('/')) month = 8;
  else if (rest === 'H2') month = 7;
  else if (rest.startsWith('Q')) month = (Number(rest.slice(1)) - 1) * 3 + 1;
  else if (rest.startsWith('-')) month = Number(rest.slice(1));
  if (!Number.isFinite(year) || !Number.isFinite(month)) return Number.MAX_SAFE_INTEGER;
  return year * 100 + month;
}

/** Compare two periods chronologically; ties (different kinds starting the same month) by text. */
export function comparePeriods(a: string, b: string): number {
  const d = periodStartKey(a) - periodStartKey(b);
  if (d !== 0) return d;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct periods in chronological order. */
export function orderPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort(comparePeriods);
}
