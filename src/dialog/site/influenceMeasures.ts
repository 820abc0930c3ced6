import type { Indicator, Observation } from '../../model/types.gen.ts';
import { valueSeries } from '../../site/latest.ts';

/**
 * The citizen survey's influence questions (SCB's Medborgarundersökningen, as Kolada carries
 * them since the influence index was dropped in 2021): the overall question first, then its
 * neighbours (research/dialogue.md).
 */
export const INFLUENCE_KPIS = ['N00669', 'N00649', 'N00650', 'N00652', 'N00657', 'N00658', 'N00659'] as const;

export interface InfluenceMeasure {
  indicator: Indicator;
  /** The home municipality's value per year (periods that are years). */
  byYear: ReadonlyMap<number, Observation & { value: number }>;
}

/** The influence measures the site has (by id or Kolada id), in INFLUENCE_KPIS order, with the home municipality's yearly values. */
export function influenceMeasures(indicators: readonly Indicator[], observations: (id: string) => readonly Observation[], home: string): InfluenceMeasure[] {
  const out: InfluenceMeasure[] = [];
  for (const kpi of INFLUENCE_KPIS) {
    const indicator = indicators.find((i) => i.id === kpi) ?? indicators.find((i) => i.koladaId === kpi);
    if (!indicator) continue;
    const byYear = new Map<number, Observation & { value: number }>();
    for (const o of valueSeries(observations(indicator.id), home)) if (/^\d{4}$/.test(o.period)) byYear.set(Number(o.period), o);
    out.push({ indicator, byYear });
  }
  return out;
}
