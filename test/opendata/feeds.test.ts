import { describe, expect, it } from 'vitest';
import { buildAtomFeed, feedOrder } from '../../src/opendata/feeds/buildAtomFeed.ts';
import { buildAreaFeed, buildSiteFeed, feedAreas } from '../../src/opendata/feeds/siteFeeds.ts';
import { fixture } from './dcatFixture.ts';
import { childText, childrenNamed, parseXml, type XmlElement } from './feedsXml.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const BASE = 'https://resultat.exempelkommun.se/';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

function checkAtom(feed: XmlElement): void {
  // RFC 4287 4.1.1: atom:feed has exactly one id, title and updated, an author (or every entry one), and a self link.
  expect(feed.name).toBe('feed');
  expect(feed.uri).toBe(ATOM);
  for (const name of ['id', 'title', 'updated']) expect(childrenNamed(feed, name)).toHaveLength(1);
  expect(childText(feed, 'updated')).toMatch(RFC3339);
  expect(childrenNamed(feed, 'author').length).toBeGreaterThan(0);
  expect(childrenNamed(feed, 'link').some((l) => l.attributes.get('rel') === 'self')).toBe(true);
  for (const entry of childrenNamed(feed, 'entry')) {
    for (const name of ['id', 'title', 'updated']) expect(childrenNamed(entry, name)).toHaveLength(1);
    expect(childText(entry, 'updated')).toMatch(RFC3339);
    expect(childrenNamed(entry, 'link').some((l) => l.attributes.get('rel') === 'alternate' && l.attributes.get('href')!.startsWith(BASE))).toBe(true);
  }
  const ids = childrenNamed(feed, 'entry').map((e) => childText(e, 'id'));
  expect(new Set(ids).size).toBe(ids.length);
}

describe('Atom feeds', () => {
  it('the site feed is well-formed Atom with one entry per indicator, newest lastUpdated first, then id', () => {
    const f = fixture();
    const feed = parseXml(buildSiteFeed(f));
    checkAtom(feed);
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => childText(e, 'id'))).toEqual(['vantetid-sarskilt-boende', 'N15428', 'U15011', 'N00945'].map((id) => `${BASE}matt/${id}/`));
    expect(entries.map((e) => childText(e, 'updated'))).toEqual(['2026-10-20T00:00:00Z', '2026-09-15T00:00:00Z', '2026-06-01T00:00:00Z', '2025-03-01T00:00:00Z']);
    expect(childText(feed, 'updated')).toBe('2026-10-20T00:00:00Z');
    expect(childrenNamed(feed, 'link').find((l) => l.attributes.get('rel') === 'self')!.attributes.get('href')).toBe(`${BASE}flode.xml`);
  });

  it('summarises the latest value in words', () => {
    const f = fixture();
    const feed = parseXml(buildSiteFeed(f));
    const n15428 = childrenNamed(feed, 'entry').find((e) => childText(e, 'id') === `${BASE}matt/N15428/`)!;
    const latest = f.observations
      .get('N15428')!
      .filter((o) => o.area === f.site.municipality && o.gender === 'T' && typeof o.value === 'number')
      .sort((a, b) => (a.period < b.period ? -1 : 1))
      .at(-1)!;
    const shown = latest.value!.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).replace('-', '\u2212');
    expect(childText(n15428, 'summary')).toContain(`Senaste värde för Exempelkommun: ${shown}\u00a0% (${latest.period}).`);
  });

  it('orders ties by id and dateless indicators last, independent of input order', () => {
    const f = fixture();
    const [a, b, c, d] = f.indicators;
    a.lastUpdated = '2026-01-01';
    b.lastUpdated = '2026-01-01';
    delete c.lastUpdated;
    const order = feedOrder([d, c, b, a]).map((i) => i.id);
    expect(order).toEqual(feedOrder([a, b, c, d]).map((i) => i.id));
    expect(order.at(-1)).toBe(c.id);
    expect(order.indexOf(a.id) < order.indexOf(b.id)).toBe(a.id < b.id);
  });

  it('one feed per operating area, with only that area’s indicators and its own self link', () => {
    const f = fixture();
    const areas = feedAreas(f.indicators);
    expect(areas.map((a) => a.slug).sort()).toEqual(['demokrati-och-inflytande', 'utbildning', 'vard-och-omsorg']);
    for (const area of areas) {
      const feed = parseXml(buildAreaFeed(f, area));
      checkAtom(feed);
      expect(childrenNamed(feed, 'entry')).toHaveLength(area.indicators.length);
      expect(childText(feed, 'id')).toBe(`${BASE}omraden/${area.slug}/`);
      expect(childrenNamed(feed, 'link').find((l) => l.attributes.get('rel') === 'self')!.attributes.get('href')).toBe(`${BASE}omraden/${area.slug}/flode.xml`);
    }
  });

  it('is deterministic: same data, same bytes; dates from the data or SOURCE_DATE_EPOCH only', () => {
    expect(buildSiteFeed(fixture())).toBe(buildSiteFeed(fixture()));
    const f = fixture();
    for (const i of f.indicators) delete i.lastUpdated;
    const feed = parseXml(buildSiteFeed({ ...f, manifest: undefined, sourceDateEpoch: '1767225600' }));
    expect(childText(feed, 'updated')).toBe('2026-01-01T00:00:00Z');
    for (const entry of childrenNamed(feed, 'entry')) expect(childText(entry, 'updated')).toBe('2026-01-01T00:00:00Z');
  });

  it('keeps hostile text as text', () => {
    const f = fixture();
    f.indicators[0].title = '<script>alert(1)</script> & ]]> \u0001';
    f.indicators[0].description = '</summary><entry>';
    f.site.siteName = 'A & <B>';
    const xml = buildAtomFeed({ ...f, title: f.site.siteName, feedUrl: `${BASE}flode.xml`, pageUrl: BASE });
    expect(xml).not.toContain('<script>');
    const feed = parseXml(xml);
    expect(childText(feed, 'title')).toBe('A & <B>');
    const entry = childrenNamed(feed, 'entry').find((e) => childText(e, 'id') === `${BASE}matt/${f.indicators[0].id}/`)!;
    expect(childText(entry, 'title')).toBe('<script>alert(1)</script> & ]]> ');
    expect(childText(entry, 'summary')).toContain('</summary><entry>');
  });

  it('the strict parser rejects malformed XML (the check is real)', () => {
    expect(() => parseXml('<feed><title>a & b</title></feed>')).toThrow();
    expect(() => parseXml('<feed><title>a</feed>')).toThrow();
  });
});
