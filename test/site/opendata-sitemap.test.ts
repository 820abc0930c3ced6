// Post-build gate (QUALITY.md, Publishing): every URL in the built sitemap.xml exists as a file in
// dist — a page URL as <path>/index.html, any other URL as the file itself — every HTML page built
// is in the sitemap or deliberately left out (NOT_IN_SITEMAP), and robots.txt names the sitemap by
// its absolute URL.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LANGS } from '../../src/i18n/languages.ts';
import { NOT_IN_SITEMAP } from '../../src/opendata/seo/sitemapEntries.ts';
import { describe, expect, it } from 'vitest';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { childrenNamed, childText, parseXml } from '../opendata/feedsXml.ts';
import { siteUnderTest, type SiteName } from '../support/siteUnderTest.ts';

const SITES: SiteName[] = ['example', 'injection'];

/** The dist file a site URL is served from, or undefined when the URL is not under baseUrl. */
function fileFor(dist: string, baseUrl: string, url: string): string | undefined {
  if (!url.startsWith(baseUrl)) return undefined;
  const path = decodeURIComponent(url.slice(baseUrl.length));
  return path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

describe('built sitemap.xml and robots.txt', () => {
  for (const name of SITES) {
    it(`${name}: every sitemap URL exists in dist`, () => {
      const site = siteUnderTest(name);
      const { site: config, indicators } = readSiteData(site.data);
      const urlset = parseXml(readFileSync(join(site.dist, 'sitemap.xml'), 'utf8'));
      const locs = childrenNamed(urlset, 'url').map((u) => childText(u, 'loc')!);
      expect(locs.length).toBeGreaterThanOrEqual(indicators.length + 1);
      const missing = locs.filter((loc) => {
        const file = fileFor(site.dist, config.baseUrl, loc);
        return !file || !existsSync(file);
      });
      expect(missing).toEqual([]);
      for (const indicator of indicators) expect(locs).toContain(`${config.baseUrl}matt/${encodeURIComponent(indicator.id)}/`);
    });

    it(`${name}: every HTML page built is in the sitemap, or deliberately left out`, () => {
      const site = siteUnderTest(name);
      const { site: config } = readSiteData(site.data);
      const urlset = parseXml(readFileSync(join(site.dist, 'sitemap.xml'), 'utf8'));
      const locs = new Set(childrenNamed(urlset, 'url').map((u) => childText(u, 'loc')!));
      const pages = readdirSync(site.dist, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.html'))
        .map((e) => relative(site.dist, join(e.parentPath, e.name)).split(sep).join('/'));
      const left = pages.filter((p) => NOT_IN_SITEMAP.some((re) => re.test(p)));
      // The exclusions match something real: the 404 page and one embed page per indicator in each language.
      expect(left).toContain('404.html');
      expect(left.filter((p) => p.endsWith('/inbaddning/index.html')).length).toBe(readSiteData(site.data).indicators.length * LANGS.length);
      const listed = new Set([...locs].map((loc) => fileFor(site.dist, config.baseUrl, loc)));
      const unlisted = pages.filter((p) => !left.includes(p) && !listed.has(join(site.dist, p)));
      expect(unlisted).toEqual([]);
    });

    it(`${name}: robots.txt allows all and names the sitemap`, () => {
      const site = siteUnderTest(name);
      const { site: config } = readSiteData(site.data);
      const robots = readFileSync(join(site.dist, 'robots.txt'), 'utf8');
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(robots).toMatch(/^Allow: \/$/m);
      expect(robots).toContain(`Sitemap: ${config.baseUrl}sitemap.xml`);
    });
  }
});
