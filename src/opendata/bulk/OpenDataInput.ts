import type { Area, Indicator, Manifest, Observation, SiteConfig, Unit } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';
import type { Coverage } from '../../site/coverage.ts';

/**
 * What every open-data builder reads: the validated data the site is rendered from
 * (the shape of loadSiteData()'s SiteData, without the folder), so builders stay pure
 * and tests can hand them data directly.
 */
export interface OpenDataInput {
  /** The written data folder, where the sections' JSON is (see src/sections/); absent in pure tests. */
  dir?: string;
  site: SiteConfig;
  indicators: readonly Indicator[];
  areas: readonly Area[];
  units: readonly Unit[];
  manifest?: Manifest;
  /** Observations per indicator id. */
  observations: ObservationSource;
  /** What each indicator's whole data covers, when `observations` holds only part of it (the pages). */
  coverage?: ReadonlyMap<string, Coverage>;
}
