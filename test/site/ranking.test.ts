// The example site's comparison with all municipalities: the place each page shows is
// computed INDEPENDENTLY from the Kolada files in data/ (test/support/independentRanking.ts)
// and compared with the rendered indicator page, its table of all municipalities and the sitemap.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedPlaces } from '../support/independentRanking.ts';
import { readCatalogue } from '../support/exampleSources.ts';
import { readPageText, textIn } from '../support/pageText.ts';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

const site = collect('example site', () => siteUnderTest('example'));
const html = (path: string) => readFileSync(join(site.value!.dist, path), 'utf8');
// Collapse ASCII white space only: \s would also eat the no-break spaces of formatted numbers.
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/[ \t\r\n]+/g, ' ').trim();
const summary = (markup: string) => text(markup.match(/<p data-ranking-summary>([\s\S]*?)<\/p>/)?.[1] ?? '');

if (site.error) {
  it('builds the example site', () => {
    throw site.error;
  });
} else {
  const dist = site.value.dist;
  let siteData: ReturnType<typeof readSiteData> | undefined;
  const data = () => (siteData ??= readSiteData(site.value.data));
  const catalogue = readCatalogue(site.value.source);
  const expected = (id: string) => {
    const indicator = catalogue.get(id)!;
    return expectedPlaces([join(site.value.source, 'kolada', `${id}.json`)], '9999', indicator.direction, indicator.decimals);
  };

  describe('the comparison with all municipalities on the example site', () => {
    it.each(['N15428', 'N31807'])('%s: the place on the page, in the table and over time equals an independent count from data/kolada', (id) => {
      const { latest, history } = expected(id);
      expect(latest, `${id}: no year with 194 municipalities in data/kolada/${id}.json`).toBeDefined();
      const page = html(`matt/${id}/index.html`);
      expect(page).toContain('data-ranking="ranked"');
      expect(summary(page)).toContain(`${latest!.period} hade Exempelkommun plats ${latest!.place} av ${latest!.count} kommuner.`);
      // The place over time, row by row.
      const rows = [...page.matchAll(/<tr data-period="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1], ...[...m[2].matchAll(/<td class="num">([\s\S]*?)<\/td>/g)].map((c) => text(c[1]))]);
      expect(rows.map(([period, , place, count]) => [period, Number(place), Number(count)])).toEqual(history.map((h) => [h.period, h.place, h.count]));
      // The full table: Exempelkommun's row, and as many ranked rows as municipalities with a value.
      const table = html(`matt/${id}/kommuner/varde/index.html`);
      const home = table.match(/<tr data-area="9999" class="is-home">\s*<td class="num">(\d+)<\/td>/);
      expect(Number(home?.[1])).toBe(latest!.place);
      expect([...table.matchAll(/<tr data-area="\d{4}"[^>]*>\s*<td class="num">\d+<\/td>/g)]).toHaveLength(latest!.count);
    });

    it('income support: says that 2024 has too few municipalities yet and compares 2023', () => {
      const { years, latest } = expected('N31807');
      expect(years.get('2024')).toBeLessThan(194);
      expect(latest!.period).toBe('2023');
      expect(summary(html('matt/N31807/index.html'))).toContain(`För 2024 har bara ${years.get('2024')} kommuner ett värde än. Därför gäller jämförelsen 2023.`);
    });

    it('the neutral cost per pupil gets a position, no place, and its table no place column', () => {
      const { latest } = expected('N15008');
      const page = html('matt/N15008/index.html');
      expect(page).toContain('data-ranking="neutral"');
      expect(summary(page)).toContain(`${latest!.period} hade ${latest!.place - 1} av ${latest!.count} kommuner ett högre värde än Exempelkommun.`);
      expect(summary(page)).not.toMatch(/plats \d/);
      const table = html('matt/N15008/kommuner/varde/index.html');
      expect(table).not.toMatch(/<th scope="col"[^>]*>Plats<\/th>/);
      expect(text(table)).toContain('Tabellen är sorterad efter värde, högst först.');
    });

    it('pages whose data has no other municipalities show no comparison with all of them, and have no table pages', () => {
      for (const id of ['N00901', 'EX-ALD-01']) {
        expect(html(`matt/${id}/index.html`)).not.toContain('data-ranking');
        expect(existsSync(join(dist, 'matt', id, 'kommuner'))).toBe(false);
      }
    });

    it('the table sorted by name is in Swedish order and links to the other order; the sitemap lists both', () => {
      const table = html('matt/N15428/kommuner/namn/index.html');
      const names = [...table.matchAll(/<tr data-area="\d{4}"[^>]*>[\s\S]*?<th scope="row">\s*([^<]+?)\s*</g)].map((m) => m[1]);
      expect(names).toHaveLength(290);
      expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
      expect(table).toContain('href="/matt/N15428/kommuner/varde/"');
      // Only the other order is in the site search: one hit per table.
      expect(table).not.toContain('data-pagefind-body');
      expect(html('matt/N15428/kommuner/varde/index.html')).toContain('data-pagefind-body');
      const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
      const ranked = readdirSync(join(dist, 'matt')).filter((id) => existsSync(join(dist, 'matt', id, 'kommuner'))).sort();
      expect(ranked).toEqual(['N15008', 'N15428', 'N31807']);
      for (const id of ranked) for (const sort of ['varde', 'namn']) expect(sitemap).toContain(`/matt/${id}/kommuner/${sort}/</loc>`);
    });
  });

  describe('the comparison with all municipalities in English', () => {
    const nf = (value: number, decimals: number, locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
    /** The text of a page in English only: what is inside lang="sv" elements left out. */
    const english = (path: string) => readPageText(html(path)).blocks.map((b) => textIn(b, 'en')).join('\n');

    it('N15428: the place in English, every value written en-GB (89.0%, not 89,0 %), riket as Sweden, the group by its English name', () => {
      const { latest, history } = expected('N15428');
      const page = html('en/matt/N15428/index.html');
      expect(page).toContain('data-ranking="ranked"');
      expect(summary(page)).toContain(`In ${latest!.period}, Exempelkommun was in place ${latest!.place} of ${latest!.count} municipalities.`);
      const section = page.slice(page.indexOf('<section data-ranking'), page.indexOf('</section>', page.indexOf('<section data-ranking')));
      const value = (v: number) => `${nf(v, 1, 'en-GB')}%`;
      expect(text(section)).toContain(`Exempelkommun had ${value(latest!.value)}.`);
      // The place over time: each value en-GB.
      const cells = [...section.matchAll(/<tr data-period="[^"]+">[\s\S]*?<td class="num">([\s\S]*?)<\/td>/g)].map((m) => text(m[1]));
      expect(cells).toEqual(history.map((h) => value(h.value)));
      expect(text(section)).toMatch(/The value for Sweden as a whole was \d+\.\d%\./);
      expect(section).toMatch(/<text[^>]*>Sweden \d+\.\d%<\/text>/);
      expect(text(section)).toContain('the group Similar municipalities: ');
      // The axis: en-GB per cent, no Swedish formats or words anywhere in the section.
      expect(section).toMatch(/<text class="chart__tick-label--y"[^>]*>\d+%<\/text>/);
      expect(text(section)).not.toMatch(/\d,\d\D|\d[ \u00a0]%|Riket|riket|Liknande|plats|kommuner/);
      // The chart's title is the catalogue's English title.
      const title = data().indicators.find((i) => i.id === 'N15428')!.en!.title!;
      expect(section).toContain(`<title id="rank-N15428-w-t">${title} in all municipalities, ${latest!.period}</title>`);
    });

    it('links to the English table pages, and they to English pages; data files stay shared', () => {
      const page = html('en/matt/N15428/index.html');
      expect(page).toMatch(/<a href="\/en\/matt\/N15428\/kommuner\/varde\/" data-ranking-table-link>See all municipalities in a table<\/a>/);
      const table = html('en/matt/N15428/kommuner/varde/index.html');
      expect(table).toContain('href="/en/matt/N15428/kommuner/namn/">by name</a>');
      expect(html('en/matt/N15428/kommuner/namn/index.html')).toContain('href="/en/matt/N15428/kommuner/varde/">by place (best first)</a>');
      // Every link but the language switch (to the Swedish twin).
      const links = [...table.matchAll(/<a href="([^"]+)"(?![^>]*data-lang-switch)/g)].map((m) => m[1]).filter((href) => href.startsWith('/matt/') || href.startsWith('/en/matt/'));
      expect(links.filter((href) => href.endsWith('/') && !href.startsWith('/en/'))).toEqual([]);
      expect(links).toEqual(expect.arrayContaining(['/en/matt/N15428/', '/matt/N15428/data.csv', '/matt/N15428/data.xlsx']));
    });

    it('the English table page: its title, summary, Sweden’s value and every value en-GB, the home and group tags in English', () => {
      const { latest } = expected('N15428');
      const table = html('en/matt/N15428/kommuner/varde/index.html');
      const words = text(table);
      const catalogue = data().indicators.find((i) => i.id === 'N15428')!;
      expect(table).toContain(`<h1>${catalogue.en!.question} – all municipalities</h1>`);
      expect(table).toContain(`<caption id="kommuner-N15428">${catalogue.en!.title} in all municipalities, ${latest!.period}</caption>`);
      expect(summary(table)).toContain(`In ${latest!.period}, Exempelkommun was in place ${latest!.place} of ${latest!.count} municipalities.`);
      expect(words).toMatch(/In \d{4}, the value for Sweden as a whole was \d+\.\d%\./);
      expect(words).toContain(`Exempelkommun (our municipality) ${nf(latest!.value, 1, 'en-GB')}%`);
      expect(words).toMatch(/Exempelby \(in the group Similar municipalities\) \d+\.\d%/);
      const values = [...table.matchAll(/<tr data-area="\d{4}"[^>]*>[\s\S]*?<td class="num">\s*<span>([^<]+)</g)].map((m) => m[1]);
      expect(values.length).toBe(latest!.count);
      expect(values.filter((v) => !/^\d{1,3}\.\d%$/.test(v))).toEqual([]);
    });

    it('an untranslated catalogue title is marked lang="sv" in the heading (and said to be in Swedish), the caption and the chart’s title', () => {
      const catalogue = data().indicators.find((i) => i.id === 'N31807')!;
      expect(catalogue.en).toBeUndefined();
      const page = html('en/matt/N31807/index.html');
      expect(page).toContain(`<title id="rank-N31807-w-t" lang="sv">${catalogue.title} in all municipalities, 2023</title>`);
      const table = html('en/matt/N31807/kommuner/varde/index.html');
      const h1 = table.slice(table.indexOf('<h1>'), table.indexOf('</h1>'));
      expect(h1).toContain(`<span lang="sv">${catalogue.question ?? catalogue.title}</span>`);
      expect(h1).toContain('(in Swedish)');
      expect(table).toMatch(new RegExp(`<caption id="kommuner-N31807"><span lang="sv">${catalogue.title}</span> in all municipalities, 2023</caption>`));
      expect(english('en/matt/N31807/kommuner/varde/index.html')).not.toContain(catalogue.title);
    });

    it('the neutral measure in English: how many were higher, no place, values en-GB', () => {
      const { latest } = expected('N15008');
      const page = html('en/matt/N15008/index.html');
      expect(summary(page)).toContain(`In ${latest!.period}, ${latest!.place - 1} of ${latest!.count} municipalities had a higher value than Exempelkommun.`);
      expect(summary(page)).toContain('That is why no municipality gets a place.');
      expect(text(html('en/matt/N15008/kommuner/namn/index.html'))).toContain('The table is sorted by name. Sort the table: by value (highest first)');
      expect(text(page)).toContain(`Exempelkommun had ${nf(latest!.value, 0, 'en-GB')}\u00a0SEK.`);
    });

    it('the sitemap lists the English table pages beside the Swedish ones, with alternates', () => {
      const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
      const base = data().site.baseUrl;
      for (const id of ['N15008', 'N15428', 'N31807']) {
        for (const sort of ['varde', 'namn']) {
          const url = `${base}en/matt/${id}/kommuner/${sort}/`;
          const at = sitemap.indexOf(`<loc>${url}</loc>`);
          expect(at, url).toBeGreaterThan(-1);
          const entry = sitemap.slice(at, sitemap.indexOf('</url>', at));
          expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="sv" href="${base}matt/${id}/kommuner/${sort}/"/>`);
        }
      }
    });
  });
}
