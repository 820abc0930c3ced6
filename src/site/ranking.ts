import type { Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import { round } from './change.ts';
import type { ObservationSource } from './loadSiteData.ts';

/**
 * Sweden's municipalities: 290 since Knivsta left Uppsala in 2003 (SCB's list of kommunkoder).
 * "All municipalities" on the site means these, not the ones a data folder happens to hold.
 */
export const MUNICIPALITIES = 290;

/**
 * "Most" municipalities: at least two thirds of them (194). A place is shown only for a
 * period in which that many have a value. Why two thirds: Kolada's register-based measures
 * cover 260–290 municipalities every year (sick leave, the lowest, at least 260), while
 * measures that only some municipalities take part in — SCB's citizen survey had 137–161 —
 * would give a place among a self-selected half, which says little about where a
 * municipality stands among all of them.
 */
export const MIN_MUNICIPALITIES = Math.ceil((MUNICIPALITIES * 2) / 3);

/**
 * Below "most" but at least a third (97): the data evidently covers many municipalities, so a
 * reader may look for a place; the page says why there is none. Fewer than that is a chosen
 * few (neighbours, a network), which the comparisons already show: nothing is said.
 */
export const MIN_TO_EXPLAIN = Math.ceil(MUNICIPALITIES / 3);

/** A municipality's kommunkod: four digits, not riket (0000) nor a region (0001–0025). */
export function isMunicipalityCode(code: string): boolean {
  return code.length === 4 && /^\d{4}$/.test(code) && !code.startsWith('00');
}

/** The home municipality in one period. */
export interface RankingEntry {
  period: string;
  /** Municipalities with a value in the period. */
  count: number;
  value: number;
  /**
   * 1 + the municipalities with a better value (for a neutral measure: a higher one). Equal
   * values — as shown, rounded to the indicator's decimals — share a place and the next
   * places are skipped ("standard competition ranking", 1, 2, 2, 4), as in sports tables.
   */
  place: number;
  /** Other municipalities with the same value as shown, sharing the place. */
  tied: number;
}

/** Enough municipalities have values: the compared period, every value in it, the home municipality over time. */
export interface Ranked {
  enough: true;
  /** False for a neutral measure: no place (1 is not "best"), only the position among the values. */
  ranked: boolean;
  /** The compared period: the latest in which at least MIN_MUNICIPALITIES municipalities have a value. */
  period: string;
  /** Municipalities with a value in `period`: codes, values and places, best first (neutral: highest first). */
  areas: string[];
  values: number[];
  places: number[];
  /** Municipalities with only a status symbol in `period` (no place). */
  withoutValue: { area: string; status?: Observation['status'] }[];
  /** Municipalities whose value in `period` is preliminary. */
  preliminary: string[];
  /** The files the values in `period` came from. */
  sources: string[];
  /** The home municipality in every period with enough values where it has one, oldest first. */
  history: RankingEntry[];
  /** The home municipality's latest period with a value, when that is not `period` (older, or newer). */
  homeLatest?: string;
  /** The latest period with any municipality's value, when later than `period`: too few to compare yet. */
  later?: { period: string; count: number };
}

/** Many municipalities have values (at least MIN_TO_EXPLAIN in some period), but never enough of them. */
export interface TooFew {
  enough: false;
  /** The latest period with any municipality's value, and how many have one. */
  period: string;
  count: number;
}

export type Ranking = Ranked | TooFew;

interface Value {
  area: string;
  value: number;
  shown: number;
}

/**
 * Orders one period's values best first (neutral: highest first) and gives each its place.
 * Ties are judged on the value as shown (rounded to `decimals`); within a tie the exact
 * value, then the code, decide the order, so output is deterministic.
 */
export function placeValues<T extends { area: string; value: number }>(
  values: readonly T[],
  direction: Indicator['direction'],
  decimals: number,
): (T & { place: number })[] {
  const sign = direction === 'lower-is-better' ? 1 : -1;
  const sorted = values
    .map((v) => ({ v, shown: round(v.value, decimals) }))
    .sort((a, b) => sign * (a.shown - b.shown) || sign * (a.v.value - b.v.value) || (a.v.area < b.v.area ? -1 : a.v.area > b.v.area ? 1 : 0));
  const out: (T & { place: number })[] = [];
  sorted.forEach(({ v, shown }, i) => {
    const place = i > 0 && sorted[i - 1].shown === shown ? out[i - 1].place : i + 1;
    out.push({ ...v, place });
  });
  return out;
}

/** The home municipality's entry in one period, counted without sorting. */
function entryFor(period: string, values: readonly Value[], home: Value, direction: Indicator['direction']): RankingEntry {
  const better = direction === 'lower-is-better' ? (v: Value) => v.shown < home.shown : (v: Value) => v.shown > home.shown;
  let ahead = 0;
  let tied = 0;
  for (const v of values) {
    if (better(v)) ahead++;
    else if (v.shown === home.shown && v.area !== home.area) tied++;
  }
  return { period, count: values.length, value: home.value, place: ahead + 1, tied };
}

/**
 * Where the home municipality stands among all municipalities, for one indicator, from all
 * of its observations (gender T, municipalities only). Undefined when no period has values
 * for at least MIN_TO_EXPLAIN municipalities, or when the site's own area is not a municipality.
 */
export function ranking(
  observations: readonly Observation[],
  site: Pick<SiteConfig, 'municipality'>,
  indicator: Pick<Indicator, 'direction' | 'decimals'>,
): Ranking | undefined {
  if (!isMunicipalityCode(site.municipality)) return undefined;
  const byPeriod = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.unit !== undefined || o.gender !== 'T' || o.area === undefined || !isMunicipalityCode(o.area)) continue;
    const list = byPeriod.get(o.period);
    if (list) list.push(o);
    else byPeriod.set(o.period, [o]);
  }
  const hasValue = (o: Observation): o is Observation & { value: number } => typeof o.value === 'number' && Number.isFinite(o.value);
  const periods = [...byPeriod.keys()].sort(comparePeriods);
  const counts = new Map(periods.map((p) => [p, byPeriod.get(p)!.filter(hasValue).length]));
  if (!periods.some((p) => counts.get(p)! >= MIN_TO_EXPLAIN)) return undefined;
  const eligible = periods.filter((p) => counts.get(p)! >= MIN_MUNICIPALITIES);
  const last = periods.filter((p) => counts.get(p)! > 0).pop()!;
  if (eligible.length === 0) return { enough: false, period: last, count: counts.get(last)! };

  const { direction, decimals } = indicator;
  const valuesOf = (period: string): Value[] =>
    byPeriod.get(period)!.filter(hasValue).map((o) => ({ area: o.area!, value: o.value, shown: round(o.value, decimals) }));
  const history: RankingEntry[] = [];
  for (const period of eligible) {
    const values = valuesOf(period);
    const home = values.find((v) => v.area === site.municipality);
    if (home) history.push(entryFor(period, values, home, direction));
  }

  const period = eligible[eligible.length - 1];
  const current = byPeriod.get(period)!;
  const placed = placeValues(valuesOf(period), direction, decimals);
  const withoutValue = current
    .filter((o) => !hasValue(o))
    .map((o) => ({ area: o.area!, ...(o.status ? { status: o.status } : {}) }))
    .sort((a, b) => (a.area < b.area ? -1 : 1));
  const result: Ranked = {
    enough: true,
    ranked: direction !== 'neutral',
    period,
    areas: placed.map((v) => v.area),
    values: placed.map((v) => v.value),
    places: placed.map((v) => v.place),
    withoutValue,
    preliminary: current.filter((o) => hasValue(o) && o.preliminary).map((o) => o.area!).sort(),
    sources: [...new Set(current.map((o) => o.source.file))].sort(),
    history,
  };
  const homeLatest = periods.filter((p) => byPeriod.get(p)!.some((o) => o.area === site.municipality && hasValue(o))).pop();
  if (homeLatest !== undefined && homeLatest !== period) result.homeLatest = homeLatest;
  if (comparePeriods(last, period) > 0) result.later = { period: last, count: counts.get(last)! };
  return result;
}

/**
 * An indicator's ranking: recorded in its page view when the data was loaded, else computed
 * from its observations (a data folder read whole, as tests and `readSiteData` give).
 */
export function rankingFor(
  data: { observations: ObservationSource; rankings?: ReadonlyMap<string, Ranking | undefined>; site: SiteConfig },
  indicator: Pick<Indicator, 'id' | 'direction' | 'decimals'>,
): Ranking | undefined {
  if (data.rankings?.has(indicator.id)) return data.rankings.get(indicator.id);
  return ranking(data.observations.get(indicator.id) ?? [], data.site, indicator);
}
