import type { Indicator, Manifest, Observation, SiteConfig, Unit } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';
import { operatingAreas } from '../../site/operatingAreas.ts';
import { unitTable, UNIT_SORTS } from '../../site/unitTable.ts';
import { rankingFor, type Ranking } from '../../site/ranking.ts';
import { rankingTablePath, RANKING_SORTS } from '../../site/rankingTable.ts';
import { LANGS } from '../../i18n/languages.ts';
import { hasTwins, inLanguage } from '../../i18n/routes.ts';
import type { SitemapEntry } from './buildSitemap.ts';
import { absoluteUrl, areaUrl, indicatorUrl, OPEN_DATA_PATHS } from './siteUrls.ts';

export interface SitemapData {
  site: SiteConfig;
  indicators: readonly Indicator[];
  observations: ObservationSource;
  /** Each indicator's ranking among all municipalities, when the page data recorded it. */
  rankings?: ReadonlyMap<string, Ranking | undefined>;
  units: readonly Unit[];
  manifest?: Manifest;
}

/**
 * Pages that are built but deliberately not listed, by their file in the built site: 404 has no
 * address of its own, and an embed page is a noindex copy of a chart for other sites' iframes.
 * test/site/opendata-sitemap.test.ts holds every other built page to the list below.
 */
export const NOT_IN_SITEMAP: readonly RegExp[] = [/^404\.html$/, /^(?:en\/)?matt\/[^/]+\/inbaddning\/index\.html$/];

const latestDate = (dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => typeof d === 'string').sort().at(-1);

/**
 * Every page in every language: each Swedish entry followed by its English twin (the same slug
 * under /en/), all with hreflang alternates, except the pages routes.ts keeps Swedish only.
 */
export function inEveryLanguage(entries: readonly SitemapEntry[], baseUrl: string): SitemapEntry[] {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return entries.flatMap((entry) => {
    const path = entry.url.startsWith(base) ? `/${entry.url.slice(base.length)}` : undefined;
    if (path === undefined || !hasTwins(path)) return [entry];
    const alternates = [
      ...LANGS.map((lang) => ({ hreflang: lang, url: absoluteUrl(base, inLanguage(path, lang)) })),
      { hreflang: 'x-default', url: entry.url },
    ];
    return LANGS.map((lang) => ({ ...entry, url: absoluteUrl(base, inLanguage(path, lang)), alternates }));
  });
}

/**
 * Every HTML page of the site that should be found, with the date its content last changed where
 * the data says. Mirrors the routes in src/pages: keep it in step when a page is added (the
 * built-site test fails when a built page is neither listed here nor in NOT_IN_SITEMAP, and when a
 * listed URL has no file). List the Swedish page; its English twin is added by inEveryLanguage.
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
    { url: absoluteUrl(site.baseUrl, 'lattlast/') },
  ];
  for (const area of operatingAreas(data.indicators)) {
    entries.push({ url: areaUrl(site.baseUrl, area.slug), lastmod: latestDate(area.indicators.map((i) => i.lastUpdated)) });
  }
  const byId = [...data.indicators].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const indicator of byId) {
    entries.push({ url: indicatorUrl(site.baseUrl, indicator.id), lastmod: indicator.lastUpdated });
    // The tables of all municipalities: the same condition as their page's getStaticPaths.
    if (rankingFor(data, indicator)?.enough) {
      for (const { sort } of RANKING_SORTS) entries.push({ url: indicatorUrl(site.baseUrl, indicator.id, rankingTablePath(sort)), lastmod: indicator.lastUpdated });
    }
    // Same condition as the page's getStaticPaths: unit pages exist only when there is a
    // table, and whether there is does not depend on its order.
    if (!unitTable(data.observations.get(indicator.id) ?? [], data.units)) continue;
    for (const { slug } of UNIT_SORTS) {
      entries.push({ url: indicatorUrl(site.baseUrl, indicator.id, `enheter/${slug}/`), lastmod: indicator.lastUpdated });
    }
  }
  return inEveryLanguage(entries, site.baseUrl);
}
