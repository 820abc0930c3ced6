// A real municipality's site from nothing, as a new user makes it: `npm run init -- --kommun 0182`,
// `npm run kolada` against the replay server (Kolada's recorded answers, paged, with a 429 and a 500
// on the way), a logo, colours and a typeface in site.json, `npm run build` — then the site served on
// 127.0.0.1 and read in Chromium: axe finds nothing, and Nacka's real figures are on its pages.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { connectBrowser } from '../support/chromium.ts';
import { recordedData, startKoladaReplay, type Replay } from '../support/koladaReplay.ts';
import { runNpm } from '../support/runNpm.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';
import { describeShared } from '../support/sharedData.ts';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="40" height="40" fill="#fff"/><text x="48" y="28" fill="#fff" font-size="20">Nacka</text></svg>\n';

/** Nacka's total for a KPI and year in Kolada's recorded answer, formatted as the site writes it. */
function nackaValue(kpi: string, year: number, decimals: number): string {
  const entry = recordedData().get(kpi)!.find((v) => v.municipality === '0182' && v.period === year)!;
  const total = (entry.values as { gender: string; value: number }[]).find((g) => g.gender === 'T')!.value;
  return new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(total).replace(/\s/g, ' ');
}

describeShared('a site for Nacka made with init, kolada and build', () => {
  let work = '';
  let replay: Replay | undefined;
  let server: StaticServer | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let log = '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'oppna-kommun-'));
    const data = join(work, 'data');
    replay = await startKoladaReplay({
      pageSize: 2500,
      faults: [
        { match: /N15428\/municipality/, times: 1, status: 429, retryAfter: '0' },
        { match: /N00901\/municipality.*page=2/, times: 1, status: 500 },
      ],
    });
    const step = async (args: string[]) => {
      const r = await runNpm(args);
      log += `\n$ npm ${args.join(' ')}\n${r.stdout}${r.stderr}`;
      if (r.code !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.code}):\n${log.slice(-4000)}`);
      return r;
    };
    await step(['run', 'init', '--', '--kommun', '0182', '--data', data, '--api', replay.url]);
    // Theming in site.json only: a logo file in the data folder, colours, a typeface.
    await writeFile(join(data, 'logo.svg'), LOGO);
    const site = JSON.parse(await readFile(join(data, 'site.json'), 'utf8'));
    Object.assign(site, { logo: 'logo.svg', colors: { primary: '#6a1b4d', accent: '#8a3b12' }, font: 'humanist' });
    await writeFile(join(data, 'site.json'), JSON.stringify(site, null, 2));
    await step(['run', 'kolada', '--', '--data', data, '--api', replay.url, '--interval-ms', '0', '--backoff-ms', '10']);
    await step(['run', 'build', '--', '--data', data, '--out', join(work, 'out')]);
    server = await serveStatic(join(work, 'out', 'dist'));
    browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
    context = await browser.newContext();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await replay?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('fetched through the retries, with a progress line per measure and a summary', () => {
    expect(log).toContain('Liknande kommuner (närmast i folkmängd 2022)');
    expect(log).toMatch(/Kolada svarade 429; försöker igen/);
    expect(log).toMatch(/Kolada svarade 500; försöker igen/);
    expect(log).toMatch(/\[4\/32\] N15428 .*: 7\s800 värden för områden/);
    expect(log).toContain('Ändrat sedan förra hämtningen');
  });

  // The start page, a measure with figures for every municipality, one with two decimals, one Kolada
  // has no figures for yet, an operating area and the two pages about the site.
  for (const path of ['/', '/matt/N15428/', '/matt/N00901/', '/matt/N00401/', '/omraden/grundskola/', '/om-statistiken/', '/tillganglighet/']) {
    it(`has no axe violations (EN 301 549 / WCAG 2.1 AA) on ${path}`, async () => {
      const page = await context.newPage();
      const response = await page.goto(server!.url + path, { waitUntil: 'load' });
      expect(response?.ok(), `GET ${path} → ${response?.status()}`).toBe(true);
      const violations = await axeViolations(page);
      expect(violations, `${path}\n${formatViolations(violations)}`).toEqual([]);
      await page.close();
    });
  }

  it('shows Nacka’s real figures from Kolada, compared with riket, the region and the similar group', async () => {
    const page = await context.newPage();
    await page.goto(`${server!.url}/matt/N15428/`, { waitUntil: 'load' });
    const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(main).toContain('Hur många elever i årskurs 9 är behöriga till gymnasiets yrkesprogram?');
    expect(main).toContain(`${nackaValue('N15428', 2022, 1)} %`);
    const riket = recordedData().get('N15428')!.find((v) => v.municipality === '0000' && v.period === 2022)!;
    const riketT = (riket.values as { gender: string; value: number }[]).find((g) => g.gender === 'T')!.value;
    expect(main).toContain(`riket (${new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(riketT).replace(/\s/g, ' ')} %)`);
    expect(main).toContain('Region Stockholm');
    expect(main).toContain('liknande kommuner');
    expect(main).toContain('Källa: Kolada');

    await page.goto(`${server!.url}/matt/N00901/`, { waitUntil: 'load' });
    expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).toContain(`${nackaValue('N00901', 2022, 2)} %`);
    await page.close();
  });

  it('wears its theme: the logo from the data folder, the colours and the typeface', async () => {
    const page = await context.newPage();
    await page.goto(`${server!.url}/`, { waitUntil: 'load' });
    const logo = page.locator('.site-name img');
    expect(await logo.getAttribute('src')).toBe('/tema/logo.svg');
    expect([await logo.getAttribute('width'), await logo.getAttribute('height')]).toEqual(['120', '40']);
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header).toBe('rgb(106, 27, 77)');
    const font = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/^Seravek/);
    expect(await readFile(join(work, 'out', 'dist', 'tema', 'logo.svg'), 'utf8')).toBe(LOGO);
    await page.close();
  });
});
