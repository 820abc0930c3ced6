import type { Area, Indicator, Observation, SiteConfig, Unit } from '../model/types.gen.ts';

/** The validated dataset: what the write stage publishes. Only built when no errors were found. */
export interface Dataset {
  indicators: Indicator[];
  /** Observations per indicator id. */
  observations: Map<string, Observation[]>;
  areas: Area[];
  units: Unit[];
  config?: SiteConfig;
}
