import { coverageOf } from '../../src/site/coverage.ts';
import { describe, expect, it } from 'vitest';
import { buildDatasetJsonLd } from '../../src/opendata/seo/buildDatasetJsonLd.ts';
import { buildRobots } from '../../src/opendata/seo/buildRobots.ts';
import { buildSitemap, SITEMAP_LIMITS, sitemapFiles } from '../../src/opendata/seo/buildSitemap.ts';
import { headLinks } from '../../src/opendata/seo/headLinks.ts';
import fc from 'fast-check';
import { serializeJsonLd } from '../../src/opendata/seo/serializeJsonLd.ts';
import { sitemapEntries } from '../../src/opendata/seo/sitemapEntries.ts';
import { fixture } from './dcatFixture.ts';
import { childText, childrenNamed, parseXml } from './feedsXml.ts';

const BASE = 'https://resultat.exempelkommun.se/';

describe('serializeJsonLd', () => {
  it('escapes <, >, &, U+2028 and U+2029 so </script> can never end the element, and stays the same JSON', () => {
    const value = { name: '</script><script>alert(1)</script> & <!-- \u2028\u2029 "q" \\' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(json).toContain('\\u2028');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('writes null for undefined rather than nothing', () => {
    expect(serializeJsonLd(undefined)).toBe('null');
  });

  it('never lets any text, from any cell, end the script element or start markup (property)', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('</script>', '<!--', ']]>', '&lt;', '\u2028'), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(text, fc.array(text))), (value) => {
        const json = serializeJsonLd(value);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(value);
      }),
    );
  });
});

describe('buildDatasetJsonLd', () => {
  it('describes an indicator as a schema.org Dataset with downloads, licence, coverage and publisher', () => {
    const f = fixture();
    const indicator = f.indicators.find((i) => i.id === 'N15428')!;
    const ld = buildDatasetJsonLd(f.site, indicator, { periods: coverageOf(f.observations.get('N15428') ?? []).periods, areas: f.areas });
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Dataset');
    expect(ld.name).toBe(indicator.title);
    expect(ld.description).toBe(indicator.description);
    expect(ld.url).toBe(`${BASE}matt/N15428/`);
    expect(ld.license).toBe('http://creativecommons.org/publicdomain/zero/1.0/');
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld.keywords).toContain('Utbildning');
    expect(ld.creator).toEqual({ '@type': 'GovernmentOrganization', name: 'Exempelkommun', url: BASE });
    expect(ld.publisher).toEqual(ld.creator);
    expect(ld.spatialCoverage).toEqual({ '@type': 'Place', name: 'Exempelkommun' });
    expect(ld.temporalCoverage).toMatch(/^\d{4}-01-01\/\d{4}-12-31$/);
    expect(ld.dateModified).toBe('2026-09-15');
    const distribution = ld.distribution as { '@type': string; encodingFormat: string; contentUrl: string }[];
    expect(distribution.map((d) => d.contentUrl)).toEqual(['data.csv', 'data-excel.csv', 'data.xlsx', 'data.json'].map((file) => `${BASE}matt/N15428/${file}`));
    for (const d of distribution) {
      expect(d['@type']).toBe('DataDownload');
      expect(d.encodingFormat).toMatch(/^(text|application)\//);
    }
  });

  it('leaves out the licence when the site names none it can map, and survives hostile titles', () => {
    const f = fixture();
    f.site.licence = undefined;
    const indicator = { ...f.indicators[0], title: '</script><img src=x onerror=alert(1)>' };
    const ld = buildDatasetJsonLd(f.site, indicator);
    expect(ld.license).toBeUndefined();
    expect(ld.temporalCoverage).toBeUndefined();
    const json = serializeJsonLd(ld);
    expect(json).not.toContain('</script');
    expect((JSON.parse(json) as { name: string }).name).toBe(indicator.title);
  });
});

describe('sitemap and robots', () => {
  it('lists every page once with absolute URLs and lastmod from the data', () => {
    const f = fixture();
    const xml = buildSitemap(sitemapEntries({ ...f, units: [] }));
    const urlset = parseXml(xml);
    expect(urlset.name).toBe('urlset');
    expect(urlset.uri).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = childrenNamed(urlset, 'url');
    const locs = urls.map((u) => childText(u, 'loc')!);
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(loc.startsWith(BASE)).toBe(true);
    for (const id of f.indicators.map((i) => i.id)) expect(locs).toContain(`${BASE}matt/${id}/`);
    expect(locs).toEqual(expect.arrayContaining([BASE, `${BASE}omraden/utbildning/`, `${BASE}tillganglighet/`, `${BASE}oppna-data/`]));
    const lastmod = (loc: string) => childText(urls.find((u) => childText(u, 'loc') === loc)!, 'lastmod');
    expect(lastmod(`${BASE}matt/N15428/`)).toBe('2026-09-15');
    expect(lastmod(BASE)).toBe('2026-10-20');
    expect(lastmod(`${BASE}omraden/utbildning/`)).toBe('2026-09-15');
    expect(lastmod(`${BASE}tillganglighet/`)).toBe('2026-11-01');
    expect(xml).toBe(buildSitemap(sitemapEntries({ ...f, units: [] })));
  });

  it('escapes URLs and writes each once', () => {
    const xml = buildSitemap([{ url: `${BASE}a?b=1&c=2` }, { url: `${BASE}a?b=1&c=2` }]);
    expect(childrenNamed(parseXml(xml), 'url').map((u) => childText(u, 'loc'))).toEqual([`${BASE}a?b=1&c=2`]);
  });

  it('keeps one sitemap.xml within the limits, and past them makes it an index of parts that each fit', () => {
    const entries = Array.from({ length: 25 }, (_, i) => ({ url: `${BASE}leverantor/${i}/`, lastmod: `2026-0${1 + (i % 9)}-01`, alternates: [{ hreflang: 'en', url: `${BASE}en/leverantor/${i}/` }] }));
    const one = sitemapFiles(entries, BASE);
    expect([...one.keys()]).toEqual(['sitemap.xml']);
    expect(one.get('sitemap.xml')).toBe(buildSitemap(entries));

    const limits = { urls: 10, bytes: SITEMAP_LIMITS.bytes };
    const split = sitemapFiles([...entries, entries[0]], BASE, limits);
    expect([...split.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const index = parseXml(split.get('sitemap.xml')!);
    expect(index.name).toBe('sitemapindex');
    const parts = childrenNamed(index, 'sitemap');
    expect(parts.map((p) => childText(p, 'loc'))).toEqual([1, 2, 3].map((n) => `${BASE}sitemap-${n}.xml`));
    expect(parts.map((p) => childText(p, 'lastmod'))).toEqual(['2026-09-01', '2026-09-01', '2026-07-01']);
    const locs = [1, 2, 3].flatMap((n) => childrenNamed(parseXml(split.get(`sitemap-${n}.xml`)!), 'url').map((u) => childText(u, 'loc')));
    expect(locs).toEqual(entries.map((e) => e.url));

    // A byte limit splits too, and no part passes it.
    const bytes = 2_000;
    const bySize = sitemapFiles(entries, BASE, { urls: 50_000, bytes });
    expect(bySize.size).toBeGreaterThan(2);
    for (const [path, xml] of bySize) if (path !== 'sitemap.xml') expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(bytes);
  });

  it('robots.txt allows everything and names the absolute sitemap URL, also under a sub-path', () => {
    expect(buildRobots(BASE)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${BASE}sitemap.xml\n`);
    expect(buildRobots('https://kommun.se/resultat/')).toContain('Sitemap: https://kommun.se/resultat/sitemap.xml');
  });
});

describe('headLinks', () => {
  it('gives canonical URL, Open Graph and the site and area feeds', () => {
    const { site } = fixture();
    const links = headLinks(site, { title: 'Väntetid', description: 'Dagar', pathname: '/matt/vantetid-sarskilt-boende/', type: 'article', operatingArea: 'Vård och omsorg' });
    expect(links.canonical).toBe(`${BASE}matt/vantetid-sarskilt-boende/`);
    expect(links.og).toEqual({ title: 'Väntetid', description: 'Dagar', url: links.canonical, type: 'article', locale: 'sv_SE', siteName: site.siteName });
    expect(links.feeds.map((f) => f.href)).toEqual([`${BASE}flode.xml`, `${BASE}omraden/vard-och-omsorg/flode.xml`]);
  });

  it('keeps a base path that the pathname already carries', () => {
    const { site } = fixture();
    site.baseUrl = 'https://kommun.se/resultat/';
    const links = headLinks(site, { title: 'Start', pathname: '/resultat/' });
    expect(links.canonical).toBe('https://kommun.se/resultat/');
    expect(links.feeds[0].href).toBe('https://kommun.se/resultat/flode.xml');
  });
});
