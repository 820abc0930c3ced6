import type { OpenDataInput } from './OpenDataInput.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date the open data is "as of" (YYYY-MM-DD): the manifest's dataUpdated, else the latest
 * indicator lastUpdated, else SOURCE_DATE_EPOCH (the reproducible-builds convention), else
 * undefined. Never the clock: two builds of the same commit must give the same bytes.
 */
export function releaseDate(input: Pick<OpenDataInput, 'manifest' | 'indicators'>, env: Record<string, string | undefined> = process.env): string | undefined {
  if (input.manifest?.dataUpdated && DATE.test(input.manifest.dataUpdated)) return input.manifest.dataUpdated;
  const latest = input.indicators
    .map((i) => i.lastUpdated)
    .filter((d): d is string => d !== undefined && DATE.test(d))
    .sort()
    .at(-1);
  if (latest) return latest;
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000).toISOString().slice(0, 10);
  return undefined;
}
