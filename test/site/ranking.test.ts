// The example site's comparison with all municipalities: the place each page shows is
// computed INDEPENDENTLY from the Kolada files in data/ (test/support/independentRanking.ts)
// and compared with the rendered indicator page, its table of all municipalities and the sitemap.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedPlaces } from '../support/independentRanking.ts';
import { readCatalogue } from '../support/exampleSources.ts';
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
      const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
      const ranked = readdirSync(join(dist, 'matt')).filter((id) => existsSync(join(dist, 'matt', id, 'kommuner'))).sort();
      expect(ranked).toEqual(['N15008', 'N15428', 'N31807']);
      for (const id of ranked) for (const sort of ['varde', 'namn']) expect(sitemap).toContain(`/matt/${id}/kommuner/${sort}/</loc>`);
    });
  });
}
