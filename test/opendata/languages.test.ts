// The open-data outputs in English: sitemap twins with hreflang alternates, the English feeds,
// head links and the dataset JSON-LD of an English page.
import { describe, expect, it } from 'vitest';
import { buildSitemap } from '../../src/opendata/seo/buildSitemap.ts';
import { inEveryLanguage, sitemapEntries } from '../../src/opendata/seo/sitemapEntries.ts';
import { headLinks } from '../../src/opendata/seo/headLinks.ts';
import { buildDatasetJsonLd } from '../../src/opendata/seo/buildDatasetJsonLd.ts';
import { buildAreaFeed, buildSiteFeed, feedAreas } from '../../src/opendata/feeds/siteFeeds.ts';
import { childrenNamed, childText, parseXml } from './feedsXml.ts';
import { fixture } from './dcatFixture.ts';
import { datasetTexts } from '../../src/opendata/dcat/datasetTexts.ts';

const BASE = 'https://resultat.exempelkommun.se/';

describe('sitemap in every language', () => {
  it('follows every Swedish page with its English twin, both with sv, en and x-default alternates', () => {
    const entries = inEveryLanguage([{ url: `${BASE}om-statistiken/`, lastmod: '2026-01-02' }], BASE);
    const alternates = [
      { hreflang: 'sv', url: `${BASE}om-statistiken/` },
      { hreflang: 'en', url: `${BASE}en/om-statistiken/` },
      { hreflang: 'x-default', url: `${BASE}om-statistiken/` },
    ];
    expect(entries).toEqual([
      { url: `${BASE}om-statistiken/`, lastmod: '2026-01-02', alternates },
      { url: `${BASE}en/om-statistiken/`, lastmod: '2026-01-02', alternates },
    ]);
  });

  it('keeps the Swedish-only pages single, and other hosts’ URLs as they are', () => {
    expect(inEveryLanguage([{ url: `${BASE}lattlast/` }, { url: 'https://elsewhere.example/x/' }], BASE)).toEqual([{ url: `${BASE}lattlast/` }, { url: 'https://elsewhere.example/x/' }]);
  });

  it('writes the alternates as xhtml:link elements of a valid urlset, every page once', () => {
    const f = fixture();
    const xml = buildSitemap(sitemapEntries({ ...f, units: [] }));
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    const urls = childrenNamed(parseXml(xml), 'url');
    const locs = urls.map((u) => childText(u, 'loc')!);
    expect(new Set(locs).size).toBe(locs.length);
    for (const i of f.indicators) expect(locs).toEqual(expect.arrayContaining([`${BASE}matt/${i.id}/`, `${BASE}en/matt/${i.id}/`]));
    expect(locs).toContain(`${BASE}lattlast/`);
    expect(locs).not.toContain(`${BASE}en/lattlast/`);
    const english = urls.find((u) => childText(u, 'loc') === `${BASE}en/matt/N15428/`)!;
    const links = childrenNamed(english, 'link');
    expect(links.every((l) => l.uri === 'http://www.w3.org/1999/xhtml')).toBe(true);
    expect(links.map((l) => l.attributes.get('hreflang'))).toEqual(['sv', 'en', 'x-default']);
  });
});

describe('English feeds', () => {
  it('the site feed: English title, xml:lang en, entries linking the English pages with English numbers', () => {
    const f = fixture();
    const xml = buildSiteFeed({ ...f, lang: 'en' });
    const feed = parseXml(xml);
    expect(feed.attributes.get('xml:lang')).toBe('en');
    expect(childText(feed, 'title')).toBe(`${f.site.siteName}: updated measures`);
    expect(childText(feed, 'id')).toBe(`${BASE}en/`);
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => childText(e, 'id')).every((id) => id!.startsWith(`${BASE}en/matt/`))).toBe(true);
    // The fixture has no English texts: titles say they are Swedish, summaries carry only the figure.
    expect(childrenNamed(entries[0], 'title')[0].attributes.get('xml:lang')).toBe('sv');
    const summaries = entries.map((e) => childText(e, 'summary') ?? '');
    expect(summaries.some((s) => /^Latest value for .+: [\d,.]+/.test(s))).toBe(true);
    expect(summaries.join(' ')).not.toMatch(/Senaste|halvåret/);
  });

  it('an English title and description are used when the catalogue has them', () => {
    const f = fixture();
    f.indicators[0] = { ...f.indicators[0], en: { title: 'Waiting time', description: 'Days from decision to offer.' } };
    const xml = buildSiteFeed({ ...f, lang: 'en' });
    expect(xml).toContain('<title>Waiting time</title>');
    expect(xml).toContain('Days from decision to offer.');
    expect(buildSiteFeed(f)).not.toContain('Waiting time');
  });

  it('an area feed in English sits at /en/omraden/<slug>/flode.xml', () => {
    const f = fixture();
    const area = feedAreas(f.indicators)[0];
    const feed = parseXml(buildAreaFeed({ ...f, lang: 'en' }, area));
    const self = childrenNamed(feed, 'link').find((l) => l.attributes.get('rel') === 'self')!;
    expect(self.attributes.get('href')).toBe(`${BASE}en/omraden/${area.slug}/flode.xml`);
  });
});

describe('head links and JSON-LD of an English page', () => {
  it('link the English feeds, with og:locale en_GB and sv_SE as the alternate', () => {
    const { site } = fixture();
    const links = headLinks(site, { title: 'Waiting', pathname: '/en/matt/x/', operatingArea: 'Vård och omsorg', operatingAreaName: 'Care', lang: 'en', alternateLocales: true });
    expect(links.og.locale).toBe('en_GB');
    expect(links.ogAlternateLocales).toEqual(['sv_SE']);
    expect(links.feeds).toEqual([
      { title: `${site.siteName}: updated measures`, href: `${BASE}en/flode.xml` },
      { title: `${site.siteName}: Care`, href: `${BASE}en/omraden/vard-och-omsorg/flode.xml` },
    ]);
  });

  it('describe the dataset in English on the English page, with the same @id as the Swedish one', () => {
    const f = fixture();
    const indicator = { ...f.indicators[0], en: { title: 'Waiting time', description: 'Days.' } };
    const sv = buildDatasetJsonLd(f.site, indicator);
    const en = buildDatasetJsonLd(f.site, indicator, { lang: 'en' });
    expect(en['@id']).toBe(sv['@id']);
    expect([en.name, en.description, en.inLanguage, en.url]).toEqual(['Waiting time', 'Days.', 'en', `${BASE}en/matt/${indicator.id}/`]);
    expect([sv.name, sv.inLanguage, sv.url]).toEqual([indicator.title, 'sv', `${BASE}matt/${indicator.id}/`]);
  });
});

describe('DCAT texts of a dataset', () => {
  it('take the catalogue’s English title and description, else an English template', () => {
    const f = fixture();
    const plain = datasetTexts(f.site, f.indicators[0]);
    expect(plain.titleEn).toBe(`Indicator ${f.indicators[0].id} (${f.site.name})`);
    const translated = datasetTexts(f.site, { ...f.indicators[0], en: { title: 'Waiting time', description: 'Days from decision to offer.' } });
    expect([translated.titleEn, translated.descriptionEn, translated.titleSv]).toEqual(['Waiting time', 'Days from decision to offer.', f.indicators[0].title]);
  });
});
