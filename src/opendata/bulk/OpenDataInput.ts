import type { Area, Indicator, Manifest, Observation, SiteConfig, Unit } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';

/**
 * What every open-data builder reads: the validated data the site is rendered from
 * (the shape of loadSiteData()'s SiteData, without the folder), so builders stay pure
 * and tests can hand them data directly.
 */
export interface OpenDataInput {
  site: SiteConfig;
  indicators: readonly Indicator[];
  areas: readonly Area[];
  units: readonly Unit[];
  manifest?: Manifest;
  /** Observations per indicator id. */
  observations: ObservationSource;
}
