import type { Area, Observation, SiteConfig } from '../model/types.gen.ts';
import type { Ranked } from './ranking.ts';

export type RankingSort = 'value' | 'name';

export interface RankingRow {
  area: string;
  name: string;
  /** Undefined for a municipality with only a status symbol in the period. */
  value?: number;
  place?: number;
  status?: Observation['status'];
  preliminary: boolean;
  /** The site's own municipality, or one of its similar municipalities. */
  tag?: 'home' | 'member';
}

const collator = new Intl.Collator('sv');

/**
 * Every municipality of the compared period as table rows: by value, best first (a neutral
 * measure highest first) — which is by place — with municipalities sharing a place in Swedish
 * name order and those without a value last; or all by name.
 */
export function rankingTable(
  r: Ranked,
  areas: readonly Area[],
  site: Pick<SiteConfig, 'municipality' | 'comparison'>,
  sort: RankingSort,
): RankingRow[] {
  const names = new Map(areas.map((a) => [a.code, a.name]));
  const members = new Set(site.comparison.similar?.members ?? []);
  const preliminary = new Set(r.preliminary);
  const tagOf = (area: string): RankingRow['tag'] => (area === site.municipality ? 'home' : members.has(area) ? 'member' : undefined);
  const row = (area: string): RankingRow => {
    const tag = tagOf(area);
    return { area, name: names.get(area) ?? area, preliminary: preliminary.has(area), ...(tag ? { tag } : {}) };
  };
  const byName = (a: RankingRow, b: RankingRow) => collator.compare(a.name, b.name) || (a.area < b.area ? -1 : 1);
  const valued = r.areas.map((area, i) => ({ ...row(area), value: r.values[i], place: r.places[i] }));
  const without = r.withoutValue.map((w) => ({ ...row(w.area), ...(w.status ? { status: w.status } : {}) }));
  if (sort === 'name') return [...valued, ...without].sort(byName);
  return [...valued.sort((a, b) => a.place - b.place || byName(a, b)), ...without.sort(byName)];
}

/**
 * URL segments of the sorted pages, as for the unit tables: /matt/<id>/kommuner/varde/
 * (by place: the value order, best first) and /kommuner/namn/.
 */
export const RANKING_SORTS: readonly { slug: string; sort: RankingSort }[] = [
  { slug: 'varde', sort: 'value' },
  { slug: 'namn', sort: 'name' },
];

/** The path segment of the full table in one order. */
export function rankingTablePath(sort: RankingSort): string {
  return `kommuner/${RANKING_SORTS.find((s) => s.sort === sort)!.slug}/`;
}
