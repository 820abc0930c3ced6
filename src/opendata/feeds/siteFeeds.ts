import type { Indicator, Manifest, Observation, SiteConfig } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';
import { operatingAreas, type OperatingArea } from '../../site/operatingAreas.ts';
import type { Lang } from '../../i18n/languages.ts';
import { inLanguage } from '../../i18n/routes.ts';
import { t } from '../../i18n/t.ts';
import { siteName } from '../../site/localNames.ts';
import { areaName } from '../../site/operatingAreas.ts';
import { absoluteUrl, OPEN_DATA_PATHS } from '../seo/siteUrls.ts';
import { buildAtomFeed } from './buildAtomFeed.ts';

export interface FeedData {
  site: SiteConfig;
  indicators: readonly Indicator[];
  observations?: ObservationSource;
  manifest?: Manifest;
  sourceDateEpoch?: string;
  /** The feed's language (default Swedish): /flode.xml or /en/flode.xml. */
  lang?: Lang;
}

/** /flode.xml (/en/flode.xml): every indicator of the site. */
export function buildSiteFeed(data: FeedData): string {
  const lang = data.lang ?? 'sv';
  return buildAtomFeed({
    ...data,
    title: t('feeds.siteTitle', { siteName: siteName(data.site, lang).text }, lang),
    feedUrl: absoluteUrl(data.site.baseUrl, inLanguage(OPEN_DATA_PATHS.feed, lang)),
    pageUrl: absoluteUrl(data.site.baseUrl, inLanguage('/', lang)),
  });
}

/** /omraden/{slug}/flode.xml (/en/…): the indicators of one operating area. */
export function buildAreaFeed(data: FeedData, area: OperatingArea): string {
  const lang = data.lang ?? 'sv';
  const page = `omraden/${encodeURIComponent(area.slug)}/`;
  return buildAtomFeed({
    ...data,
    indicators: area.indicators,
    title: t('feeds.areaTitle', { siteName: siteName(data.site, lang).text, area: areaName(area, lang).text }, lang),
    feedUrl: absoluteUrl(data.site.baseUrl, inLanguage(`${page}flode.xml`, lang)),
    pageUrl: absoluteUrl(data.site.baseUrl, inLanguage(page, lang)),
  });
}

/** The operating areas that get a feed (same grouping and slugs as the area pages). */
export function feedAreas(indicators: readonly Indicator[]): OperatingArea[] {
  return operatingAreas(indicators);
}
