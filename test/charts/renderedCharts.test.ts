// The chart components as Astro really renders them and the download files as the build writes
// them: one `astro build` of the hand-written fixture (test/fixtures/site-data) into a temporary
// folder, the data files written by their worker threads and moved in beside the pages, then
// checks on the markup (no snapshots) and on the files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveDataFiles, writeDataFiles } from '../../src/write/writeDataFiles.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/site-data');
let out = '';
let buildLog = '';
let files = '';

beforeAll(async () => {
  // Inside the project, as the CLI stages (src/cli/build.ts, outputDirs): Astro then keeps its scratch
  // files beside outDir, not in the .astro/ folder that a build in another test worker uses too.
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  out = mkdtempSync(join(ROOT, 'build', '.charts-test-'));
  const env: NodeJS.ProcessEnv = { ...process.env, OPPNA_DATA_DIR: FIXTURE };
  // The build must not think it runs inside vitest.
  for (const key of Object.keys(env)) if (key === 'VITEST' || key.startsWith('VITEST_') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env, encoding: 'utf8', timeout: 240_000 });
  buildLog = `${result.stdout}\n${result.stderr}`;
  files = mkdtempSync(join(tmpdir(), 'oppna-files-'));
  await moveDataFiles(files, (await writeDataFiles({ dataDir: FIXTURE, outDir: files }, 2)).files, out);
}, 300_000);

afterAll(() => {
  for (const dir of [out, files]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function page(path: string): string {
  const file = join(out, path);
  expect(existsSync(file), `${path} was not built:\n${buildLog.slice(-3000)}`).toBe(true);
  return readFileSync(file, 'utf8');
}

const figures = (html: string) => html.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? [];
const svgs = (html: string) => html.match(/<svg class="chart__svg[\s\S]*?<\/svg>/g) ?? [];

describe('rendered charts', () => {
  it('render a main chart and a women/men chart for an indicator with K/M data', () => {
    const html = page('matt/N15428/index.html');
    const figs = figures(html);
    expect(figs.length).toBe(3); // main, women and men, units
    expect(figs[0]).toContain('Andelen i Exempelkommun ökade från 81,2');
    expect(figs[1]).toContain('Andelen bland kvinnor');
  });

  it.each(['N15428', 'U15011', 'N00945', 'vantetid-sarskilt-boende'])('%s: no inline style, no handlers, no set:html leftovers', (id) => {
    const html = page(`matt/${id}/index.html`);
    for (const fig of figures(html)) {
      expect(fig).not.toMatch(/\sstyle=/i);
      expect(fig).not.toMatch(/\son[a-z]+=/i);
      expect(fig).not.toMatch(/javascript:/i);
    }
  });

  it.each(['N15428', 'U15011', 'N00945', 'vantetid-sarskilt-boende'])('%s: every chart is a labelled image with title and desc', (id) => {
    const html = page(`matt/${id}/index.html`);
    expect(svgs(html).length).toBeGreaterThan(0);
    for (const svg of svgs(html)) {
      expect(svg).toMatch(/^<svg[^>]*\srole="img"/);
      expect(svg).toMatch(/^<svg[^>]*\sviewBox="0 0 \d+ \d+"/);
      const [, ids] = /aria-labelledby="([^"]+)"/.exec(svg) ?? [];
      const [titleId, descId] = ids.split(' ');
      expect(svg).toMatch(new RegExp(`<title id="${titleId}">[^<]+</title>`));
      expect(svg).toMatch(new RegExp(`<desc id="${descId}">[^<]+</desc>`));
      // Each id once on the page.
      expect(html.split(`id="${titleId}"`).length).toBe(2);
    }
  });

  it.each(['N15428', 'U15011', 'N00945', 'vantetid-sarskilt-boende'])('%s: every drawn series has a direct label', (id) => {
    const html = page(`matt/${id}/index.html`);
    for (const svg of svgs(html).filter((s) => s.includes('data-series='))) {
      const groups = svg.match(/<g data-series="[^"]+">[\s\S]*?<\/g>/g) ?? [];
      expect(groups.length).toBeGreaterThan(0);
      for (const g of groups) {
        const key = /data-series="([^"]+)"/.exec(g)![1];
        expect(g, key).toMatch(new RegExp(`<text[^>]*data-label-for="${key}"[^>]*>\\s*<tspan[^>]*>[^<]+</tspan>`));
        expect(g).toMatch(/<path class="chart__line chart-series--[a-z]+" d="M/);
      }
    }
  });

  it('shows a status gap as its symbol, explained in the caption', () => {
    const html = page('matt/vantetid-sarskilt-boende/index.html');
    const [fig] = figures(html);
    expect(fig).toMatch(/<text class="chart__gap"[^>]*>-<\/text>/);
    expect(fig).toContain('Teckenförklaring: - bortfall');
    expect(fig).toContain('Värde saknas för kvartal 1 2026 (bortfall)');
  });

  it('renders unit bars, and lists a suppressed unit with its status instead of a bar', () => {
    const html = page('matt/N15428/index.html');
    const unitsFig = figures(html)[2];
    expect(unitsFig.match(/<rect class="chart__bar"/g)?.length).toBe(4); // two units × wide and narrow
    expect(unitsFig).toMatch(/<li data-unit="V15E999900201">Eklidens skola: <abbr title="sekretess eller för få svar">\.\.<\/abbr>/);
    expect(unitsFig).not.toMatch(/<g data-unit="V15E999900201">/);
  });
});

describe('download files', () => {
  it('are written for every indicator, beside its page', () => {
    for (const id of ['N15428', 'U15011', 'N00945', 'vantetid-sarskilt-boende']) {
      for (const name of ['data.csv', 'data-excel.csv', 'data.xlsx', 'data.json']) {
        expect(existsSync(join(out, 'matt', id, name)), `${id}/${name}`).toBe(true);
      }
    }
  });

  it('give the same values in CSV, Excel CSV, XLSX and JSON', () => {
    const dir = join(out, 'matt/N15428');
    const observations = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8')).observations as { value: number | null }[];
    const expected = observations.map((o) => o.value);
    expect(expected).toContain(null);

    const csv = Papa.parse<string[]>(readFileSync(join(dir, 'data.csv'), 'utf8'), { skipEmptyLines: true }).data;
    const vi = csv[0].indexOf('varde');
    expect(csv.slice(1).map((r) => (r[vi] === '' ? null : Number(r[vi])))).toEqual(expected);

    const excelBytes = readFileSync(join(dir, 'data-excel.csv'));
    expect([...excelBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...readFileSync(join(dir, 'data.csv')).subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const excel = Papa.parse<string[]>(excelBytes.toString('utf8').slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(excel.slice(1).map((r) => (r[vi] === '' ? null : Number(r[vi].replace(',', '.'))))).toEqual(expected);

    const wb = XLSX.read(readFileSync(join(dir, 'data.xlsx')), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(wb.Sheets.Data, { header: 1, defval: null });
    expect(rows.slice(1).map((r) => r[vi])).toEqual(expected);
    expect(wb.SheetNames).toEqual(['Data', 'Om datat']);
  });
});
