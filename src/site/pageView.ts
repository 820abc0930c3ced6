import type { Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { latestUnitPeriod } from '../charts/unitBars.ts';
import { coverageOf, type Coverage } from './coverage.ts';
import { ranking, type Ranking } from './ranking.ts';

/** What the pages need of one indicator: the observations they can show, and what all of them cover. */
export interface PageView {
  coverage: Coverage;
  observations: Observation[];
  /** Where the municipality stands among all municipalities (see ranking.ts); absent when there is nothing to rank among. */
  ranking?: Ranking;
}

/**
 * The areas whose figures a page can show: the municipality, riket, the region and
 * the similar municipalities. Every other area reaches residents only through the
 * data files, which are written from the full observations, not from this.
 */
function shownAreas(site: SiteConfig): Set<string> {
  const { country, region, similar } = site.comparison;
  return new Set([site.municipality, country, region, ...(similar?.members ?? [])].filter((c): c is string => !!c));
}

/**
 * One indicator's page view: the shown areas in every period and gender, and the
 * units (gender T) in the latest period with unit figures — all that the unit table
 * and chart show (unitTable, unitBars). For a Kolada extract of 290 municipalities,
 * or 60 places over 15 periods, that is a few to a dozen per cent of the values, so
 * the pages parse and hold that much less.
 */
export function pageView(all: readonly Observation[], site: SiteConfig, indicator: Pick<Indicator, 'direction' | 'decimals'>): PageView {
  const shown = shownAreas(site);
  // The period the unit table and chart show, by their own definition.
  const unitPeriod = latestUnitPeriod(all);
  const observations = all.filter((o) =>
    o.unit !== undefined ? o.gender === 'T' && o.period === unitPeriod : o.area !== undefined && shown.has(o.area),
  );
  // The one view of every municipality's figures the pages get: a compact ranking, not the observations.
  const standing = ranking(all, site, indicator);
  return { coverage: coverageOf(all), observations, ...(standing ? { ranking: standing } : {}) };
}
