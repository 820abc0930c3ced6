// Period order is part of the data model (the period forms of schemas/common.schema.json): the
// chart, site, download and open-data layers all use it, so it lives below all of them.
/**
 * Where a period starts, in months since year 0, and how long it lasts, so periods of every kind
 * ("2024", "2023/24", "2024H1", "2024Q1", "2024-03") can be ordered on one time line.
 * A school year 2023/24 starts in August 2023.
 */
export interface PeriodSpan {
  start: number;
  months: number;
}

// Pages sort and compare the same few periods millions of times over a large build;
// each is parsed once. Bounded, so odd input cannot grow it without end.
const spans = new Map<string, PeriodSpan | undefined>();

export function periodSpan(period: string): PeriodSpan | undefined {
  if (spans.has(period)) return spans.get(period);
  if (spans.size >= 10_000) spans.clear();
  const span = parseSpan(period);
  spans.set(period, span && Object.freeze(span));
  return span;
}

function parseSpan(period: string): PeriodSpan | undefined {
  let m = /^(\d{4})$/.exec(period);
  if (m) return { start: Number(m[1]) * 12, months: 12 };
  m = /^(\d{4})\/(\d{2})$/.exec(period);
  if (m) return { start: Number(m[1]) * 12 + 7, months: 12 };
  m = /^(\d{4})H([12])$/.exec(period);
  if (m) return { start: Number(m[1]) * 12 + (Number(m[2]) - 1) * 6, months: 6 };
  m = /^(\d{4})Q([1-4])$/.exec(period);
  if (m) return { start: Number(m[1]) * 12 + (Number(m[2]) - 1) * 3, months: 3 };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) return { start: Number(m[1]) * 12 + Number(m[2]) - 1, months: 1 };
  return undefined;
}

/**
 * Orders periods by when they end, then by when they start, then as text; unparseable periods
 * sort last (as text) rather than throwing.
 */
export function comparePeriods(a: string, b: string): number {
  const sa = periodSpan(a);
  const sb = periodSpan(b);
  if (sa && sb) {
    const byEnd = sa.start + sa.months - (sb.start + sb.months);
    if (byEnd !== 0) return byEnd;
    const byStart = sa.start - sb.start;
    if (byStart !== 0) return byStart;
  } else if (sa || sb) {
    return sa ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The calendar year a period belongs to for target years: the year it ends in
 * (a school year 2023/24 counts as 2024, as Kolada labels school years by their spring term).
 */
export function periodYear(period: string): number | undefined {
  const span = periodSpan(period);
  if (!span) return undefined;
  return Math.floor((span.start + span.months - 1) / 12);
}
