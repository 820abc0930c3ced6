// Nacka (0182) among all 290 municipalities, from the real Kolada files in ../shared/data: a
// site is built with the real CLI from those files, a catalogue and Nacka's site.json, and the
// place each page shows is compared with an independent count from the same files
// (test/support/independentRanking.ts: JSON.parse and arithmetic, not the pipeline).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectedPlaces } from '../support/independentRanking.ts';
import { runBuild } from '../support/runBuild.ts';
import { describeShared, shared } from '../support/sharedData.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NACKA = '0182';
const MEASURES = [
  { id: 'N15428', title: 'Elever i årskurs 9 som är behöriga till yrkesprogram', decimals: 1, direction: 'higher-is-better', word: 'högre är bättre' },
  { id: 'N00090', title: 'Sjukfrånvaro bland kommunens anställda', decimals: 1, direction: 'lower-is-better', word: 'lägre är bättre' },
  { id: 'N00901', title: 'Kommunal skattesats', decimals: 2, direction: 'neutral', word: 'neutral' },
  { id: 'N00531', title: 'Invånare som tycker att grundskolan fungerar bra', decimals: 0, direction: 'higher-is-better', word: 'högre är bättre' },
] as const;

const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ').trim();
const summary = (markup: string) => text(markup.match(/<p data-ranking-summary>([\s\S]*?)<\/p>/)?.[1] ?? '');

describeShared('Nacka among all municipalities, from the real Kolada files', () => {
  let tmp = '';
  let dist = '';
  let error = '';
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'oppna-ranking-'));
    const data = join(tmp, 'data');
    mkdirSync(join(data, 'kolada'), { recursive: true });
    // Copies in a temporary folder (never in the repository): the Kolada files as the API gives
    // them, Kolada's list of municipalities and regions as the area files.
    for (const m of MEASURES) copyFileSync(shared('kolada', 'api', `${m.id}.json`), join(data, 'kolada', `${m.id}.json`));
    for (const f of ['municipalities.csv', 'regions.csv']) copyFileSync(shared('kolada', f), join(data, f));
    const rows = MEASURES.map((m) => [m.id, m.title, '%', m.decimals, m.word, 'Kommunen', 'Kolada'].join(';'));
    writeFileSync(join(data, 'matt.csv'), ['Mått-id;Titel;Enhet;Decimaler;Riktning;Verksamhetsområde;Attribuering', ...rows].join('\n'));
    const site = JSON.parse(readFileSync(join(ROOT, 'data', 'site.json'), 'utf8'));
    delete site.$schema;
    Object.assign(site, {
      name: 'Nacka', siteName: 'Nackas resultat', exampleData: false, municipality: NACKA, baseUrl: 'https://resultat.nacka.example/',
      comparison: { country: '0000', region: '0001', similar: { name: 'Liknande kommuner', members: ['0186', '0162', '0160'] } },
      feedback: { email: 'tyck@nacka.example' }, contact: { email: 'resultat@nacka.example' },
    });
    site.accessibility.email = 'tillganglighet@nacka.example';
    writeFileSync(join(data, 'site.json'), JSON.stringify(site));
    const result = await runBuild(ROOT, data, join(tmp, 'out'));
    if (!result.ok) error = result.output.slice(-4000);
    dist = join(tmp, 'out', 'dist');
  }, 600_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('builds', () => expect(error).toBe(''));

  it.each(MEASURES.filter((m) => m.id !== 'N00531'))('$id ($direction): the place on the page, over time and in the table equals an independent count', (m) => {
    const { latest, history } = expectedPlaces([shared('kolada', 'api', `${m.id}.json`)], NACKA, m.direction, m.decimals);
    expect(latest).toBeDefined();
    const html = page(`matt/${m.id}/index.html`);
    const said = summary(html);
    if (m.direction === 'neutral') {
      expect(said).toContain(`${latest!.period} hade ${latest!.place - 1} av ${latest!.count} kommuner ett högre värde än Nacka.`);
      expect(said).toContain(`${latest!.count - latest!.place - latest!.tied} kommuner hade ett lägre värde.`);
    } else {
      expect(said).toContain(`${latest!.period} hade Nacka plats ${latest!.place} av ${latest!.count} kommuner.`);
    }
    const rows = [...html.matchAll(/<tr data-period="([^"]+)">([\s\S]*?)<\/tr>/g)].map((r) => {
      const cells = [...r[2].matchAll(/<td class="num">([\s\S]*?)<\/td>/g)].map((c) => text(c[1]));
      return [r[1], Number(cells[1]), Number(cells[2])];
    });
    const shownPlace = (place: number) => (m.direction === 'neutral' ? place - 1 : place);
    expect(rows).toEqual(history.map((h) => [h.period, shownPlace(h.place), h.count]));
    const table = page(`matt/${m.id}/kommuner/varde/index.html`);
    expect(table).toMatch(/<tr data-area="0182" class="is-home">/);
    if (m.direction !== 'neutral') expect(table).toMatch(new RegExp(`<tr data-area="0182" class="is-home">\\s*<td class="num">${latest!.place}</td>`));
    expect([...table.matchAll(/<tr data-area="\d{4}"/g)].length).toBeGreaterThanOrEqual(latest!.count);
  });

  it('N15428 in 2022: Nacka shares its place, with a value shown to one decimal (94,14… → 94,1)', () => {
    const { latest } = expectedPlaces([shared('kolada', 'api', 'N15428.json')], NACKA, 'higher-is-better', 1);
    expect(latest!.period).toBe('2022');
    expect(latest!.tied).toBe(1);
    expect(summary(page('matt/N15428/index.html'))).toContain('En annan kommun hade samma värde och delade platsen.');
    expect(text(page('matt/N15428/kommuner/varde/index.html'))).toMatch(/Nacka \(vår kommun\) 94,1\u00a0%/);
  });

  it('N00531 (the citizen survey, which about half the municipalities take part in) gets no place and says why', () => {
    const { years } = expectedPlaces([shared('kolada', 'api', 'N00531.json')], NACKA, 'higher-is-better', 0);
    const last = [...years.keys()].sort().at(-1)!;
    expect(years.get(last)).toBeLessThan(194);
    const html = page('matt/N00531/index.html');
    expect(html).toContain('data-ranking="too-few"');
    expect(summary(html)).toBe(`Bara ${years.get(last)} av 290 kommuner har ett värde för ${last}. Det är för få för att jämföra Nacka med alla kommuner. Vi jämför med alla kommuner när minst 194 av 290 kommuner har ett värde.`);
    expect(existsSync(join(dist, 'matt', 'N00531', 'kommuner'))).toBe(false);
  });
});
