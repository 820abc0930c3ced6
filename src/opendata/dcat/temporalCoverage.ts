import type { Observation } from '../../model/types.gen.ts';
import { periodSpan } from '../../model/comparePeriods.ts';

export interface TemporalCoverage {
  /** First day of the earliest period, YYYY-MM-DD. */
  start: string;
  /** Last day of the latest period, YYYY-MM-DD. */
  end: string;
}

function monthStart(months: number): string {
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

function monthEnd(months: number): string {
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  // Day 0 of the next month is the last day of this one; UTC so the time zone cannot shift it.
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The span of time the periods cover, or undefined when none parse. */
export function temporalCoverage(periods: Iterable<string>): TemporalCoverage | undefined {
  let first: number | undefined;
  let last: number | undefined;
  for (const period of periods) {
    const span = periodSpan(period);
    if (!span) continue;
    const end = span.start + span.months - 1;
    if (first === undefined || span.start < first) first = span.start;
    if (last === undefined || end > last) last = end;
  }
  return first === undefined || last === undefined ? undefined : { start: monthStart(first), end: monthEnd(last) };
}
