import type { Area, Indicator, Observation, SiteConfig, Unit } from '../model/types.gen.ts';

/** The validated dataset: what the write stage publishes. Only built when no errors were found. */
export interface Dataset {
  indicators: Indicator[];
  /** Observations per indicator id. */
  observations: Map<string, Observation[]>;
  areas: Area[];
  units: Unit[];
  config?: SiteConfig;
  /**
   * What each indicator's observations are made from — each part (its file's import cache key and
   * place) with the ids its rows have there — when every part is known (an import with a cache).
   * Not published: the write stage keys each indicator's observations file with it.
   */
  madeFrom?: Map<string, string[]>;
}
