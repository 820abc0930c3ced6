import type { Indicator, Manifest, Observation, SiteConfig } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';
import { operatingAreas, type OperatingArea } from '../../site/operatingAreas.ts';
import { absoluteUrl, areaUrl, OPEN_DATA_PATHS } from '../seo/siteUrls.ts';
import { buildAtomFeed } from './buildAtomFeed.ts';

export interface FeedData {
  site: SiteConfig;
  indicators: readonly Indicator[];
  observations?: ObservationSource;
  manifest?: Manifest;
  sourceDateEpoch?: string;
}

/** /flode.xml: every indicator of the site. */
export function buildSiteFeed(data: FeedData): string {
  return buildAtomFeed({
    ...data,
    title: `${data.site.siteName}: uppdaterade mått`,
    feedUrl: absoluteUrl(data.site.baseUrl, OPEN_DATA_PATHS.feed),
    pageUrl: absoluteUrl(data.site.baseUrl),
  });
}

/** /omraden/{slug}/flode.xml: the indicators of one operating area. */
export function buildAreaFeed(data: FeedData, area: OperatingArea): string {
  return buildAtomFeed({
    ...data,
    indicators: area.indicators,
    title: `${data.site.siteName}: ${area.name}`,
    feedUrl: areaUrl(data.site.baseUrl, area.slug, 'flode.xml'),
    pageUrl: areaUrl(data.site.baseUrl, area.slug),
  });
}

/** The operating areas that get a feed (same grouping and slugs as the area pages). */
export function feedAreas(indicators: readonly Indicator[]): OperatingArea[] {
  return operatingAreas(indicators);
}
