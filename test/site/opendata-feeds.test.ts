// The Atom feeds the real build writes: /flode.xml and one per operating-area page, for the
// example data and the hostile injection data. Strictly well-formed, and equal to the builders'
// output for the built data (so they are deterministic and take dates only from the data).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAreaFeed, buildSiteFeed, feedAreas } from '../../src/opendata/feeds/siteFeeds.ts';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { childrenNamed, childText, parseXml } from '../opendata/feedsXml.ts';
import { siteUnderTest, type SiteName } from '../support/siteUnderTest.ts';

const SITES: SiteName[] = ['example', 'injection'];

describe('built Atom feeds', () => {
  for (const name of SITES) {
    it(`${name}: /flode.xml is well-formed Atom with one entry per indicator`, () => {
      const site = siteUnderTest(name);
      const data = readSiteData(site.data);
      const xml = readFileSync(join(site.dist, 'flode.xml'), 'utf8');
      expect(xml).toBe(buildSiteFeed({ ...data, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH }));
      const feed = parseXml(xml);
      expect(feed.uri).toBe('http://www.w3.org/2005/Atom');
      expect(childrenNamed(feed, 'entry')).toHaveLength(data.indicators.length);
      for (const entry of childrenNamed(feed, 'entry')) {
        const href = childrenNamed(entry, 'link')[0].attributes.get('href')!;
        expect(href.startsWith(data.site.baseUrl)).toBe(true);
        // The entry links to a page that exists.
        expect(existsSync(join(site.dist, href.slice(data.site.baseUrl.length), 'index.html')), href).toBe(true);
        expect(childText(entry, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      }
    });

    it(`${name}: every operating-area page has its feed, and each feed parses`, () => {
      const site = siteUnderTest(name);
      const data = readSiteData(site.data);
      const areaDirs = readdirSync(join(site.dist, 'omraden')).filter((d) => existsSync(join(site.dist, 'omraden', d, 'index.html')));
      const areas = feedAreas(data.indicators);
      expect(areas.map((a) => a.slug).sort()).toEqual(areaDirs.sort());
      for (const area of areas) {
        const xml = readFileSync(join(site.dist, 'omraden', area.slug, 'flode.xml'), 'utf8');
        expect(xml).toBe(buildAreaFeed({ ...data, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH }, area));
        expect(childrenNamed(parseXml(xml), 'entry')).toHaveLength(area.indicators.length);
      }
    });
  }
});
