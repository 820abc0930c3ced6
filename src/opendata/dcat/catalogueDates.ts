import type { Indicator, Manifest } from '../../model/types.gen.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD of a SOURCE_DATE_EPOCH value (seconds since 1970, UTC), or undefined. */
export function epochDate(sourceDateEpoch: string | undefined): string | undefined {
  if (!sourceDateEpoch || !/^\d+$/.test(sourceDateEpoch.trim())) return undefined;
  const ms = Number(sourceDateEpoch.trim()) * 1000;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

/**
 * The catalogue's dates, from the data and never the clock: modified = the manifest's dataUpdated
 * or the latest indicator update; issued = the earliest indicator update. SOURCE_DATE_EPOCH fills
 * in only when the data has no dates at all, so two builds of one commit stay identical.
 */
export function catalogueDates(indicators: readonly Indicator[], manifest: Manifest | undefined, sourceDateEpoch?: string): { issued?: string; modified?: string } {
  const updates = indicators.map((i) => i.lastUpdated).filter((d): d is string => typeof d === 'string' && DATE.test(d)).sort();
  const fallback = epochDate(sourceDateEpoch);
  const modified = (manifest?.dataUpdated && DATE.test(manifest.dataUpdated) ? manifest.dataUpdated : undefined) ?? updates.at(-1) ?? fallback;
  const issued = updates[0] ?? fallback;
  return { issued, modified };
}
