import { loadSiteData, type SiteData } from '../../site/loadSiteData.ts';
import { sitemapFiles } from './buildSitemap.ts';
import { sitemapEntries } from './sitemapEntries.ts';

let built: { data: SiteData; files: Map<string, string> } | undefined;

/** The built site's sitemap files (see sitemapFiles), made once per build for all their routes. */
export function siteSitemaps(): Map<string, string> {
  const data = loadSiteData();
  if (built?.data !== data) built = { data, files: sitemapFiles(sitemapEntries(data), data.site.baseUrl) };
  return built.files;
}
