import type { Indicator, Manifest, Observation, SiteConfig, Unit } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';
import { operatingAreas } from '../../site/operatingAreas.ts';
import { unitTable, UNIT_SORTS } from '../../site/unitTable.ts';
import type { SitemapEntry } from './buildSitemap.ts';
import { absoluteUrl, areaUrl, indicatorUrl, OPEN_DATA_PATHS } from './siteUrls.ts';
import { SECTIONS } from '../../sections/sections.ts';

export interface SitemapData {
  /** The written data folder, where the sections' JSON is (absent in pure tests). */
  dir?: string;
  site: SiteConfig;
  indicators: readonly Indicator[];
  observations: ObservationSource;
  units: readonly Unit[];
  manifest?: Manifest;
}

const latestDate = (dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => typeof d === 'string').sort().at(-1);

/**
 * Every HTML page of the site that should be found, with the date its content last changed where
 * the data says. Mirrors the routes in src/pages: keep it in step when a page is added (the
 * built-output test fails when a listed URL has no file). Embed pages (noindex) and 404 are left out.
 */
export function sitemapEntries(data: SitemapData): SitemapEntry[] {
  const { site } = data;
  const dataUpdated = data.manifest?.dataUpdated ?? latestDate(data.indicators.map((i) => i.lastUpdated));
  const entries: SitemapEntry[] = [
    { url: absoluteUrl(site.baseUrl), lastmod: dataUpdated },
    { url: absoluteUrl(site.baseUrl, 'om-statistiken/') },
    { url: absoluteUrl(site.baseUrl, 'tillganglighet/'), lastmod: site.accessibility.updatedOn },
    { url: absoluteUrl(site.baseUrl, OPEN_DATA_PATHS.page), lastmod: dataUpdated },
    { url: absoluteUrl(site.baseUrl, OPEN_DATA_PATHS.api), lastmod: dataUpdated },
    { url: absoluteUrl(site.baseUrl, OPEN_DATA_PATHS.search), lastmod: dataUpdated },
  ];
  for (const area of operatingAreas(data.indicators)) {
    entries.push({ url: areaUrl(site.baseUrl, area.slug), lastmod: latestDate(area.indicators.map((i) => i.lastUpdated)) });
  }
  const byId = [...data.indicators].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const indicator of byId) {
    entries.push({ url: indicatorUrl(site.baseUrl, indicator.id), lastmod: indicator.lastUpdated });
    // Same condition as the page's getStaticPaths: unit pages exist only when there is a
    // table, and whether there is does not depend on its order.
    if (!unitTable(data.observations.get(indicator.id) ?? [], data.units)) continue;
    for (const { slug } of UNIT_SORTS) {
      entries.push({ url: indicatorUrl(site.baseUrl, indicator.id, `enheter/${slug}/`), lastmod: indicator.lastUpdated });
    }
  }
  // The sections' own pages (supplier invoices …), each from its written data.
  const { dir } = data;
  if (dir !== undefined) for (const section of SECTIONS) entries.push(...(section.sitemapEntries?.(dir, site) ?? []));
  return entries;
}
