// The similar-municipality group `init` proposes. SKR's kommungruppsindelning and Kolada's own
// "liknande kommuner" groups are not in data the project can read, so the group is chosen by
// population, the one structural figure Kolada has for every municipality (N01951, invånare totalt):
// the municipalities whose latest population is nearest on a logarithmic scale (8 000 is as far from
// 16 000 as 100 000 is from 200 000). It is a starting point that site.json lets anyone change.
import { MUNICIPALITIES } from './municipalities.ts';

export const POPULATION_KPI = 'N01951';
export const SIMILAR_COUNT = 7;

/** Each municipality's latest total population from Kolada data values (API v2 shape), with its year. */
export function latestPopulation(values: readonly unknown[]): Map<string, { value: number; period: string }> {
  const known = new Set(MUNICIPALITIES.map((m) => m.code));
  const out = new Map<string, { value: number; period: string }>();
  for (const item of values) {
    if (typeof item !== 'object' || item === null) continue;
    const { municipality, period, values: inner } = item as { municipality?: unknown; period?: unknown; values?: unknown };
    if (typeof municipality !== 'string' || !known.has(municipality) || !Array.isArray(inner)) continue;
    const total = inner.find((v) => typeof v === 'object' && v !== null && (v as { gender?: unknown }).gender === 'T') as { value?: unknown } | undefined;
    if (typeof total?.value !== 'number' || !(total.value > 0)) continue;
    const p = String(period);
    const seen = out.get(municipality);
    if (!seen || p > seen.period) out.set(municipality, { value: total.value, period: p });
  }
  return out;
}

/** The `count` municipalities nearest to `code` in population (log scale); ties by code. */
export function similarByPopulation(code: string, population: ReadonlyMap<string, { value: number }>, count = SIMILAR_COUNT): string[] {
  const own = population.get(code);
  if (!own) return [];
  const distance = (c: string) => Math.abs(Math.log(population.get(c)!.value) - Math.log(own.value));
  return [...population.keys()]
    .filter((c) => c !== code)
    .sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1))
    .slice(0, count)
    .sort();
}
