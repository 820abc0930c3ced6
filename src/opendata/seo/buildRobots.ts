import { absoluteUrl, OPEN_DATA_PATHS } from './siteUrls.ts';

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export function buildRobots(baseUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(baseUrl, OPEN_DATA_PATHS.sitemap)}`, ''].join('\n');
}
