// The build cache (src/cache/OutputCache.ts with the import cache): a rebuild that takes what
// it can from the cache gives byte for byte what a cold build of the same input gives, after
// each kind of edit a controller makes; damaged and foreign entries are found and made again.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCacheDir, cliOutputCacheDir } from '../../src/cache/cacheDir.ts';
import { OutputCache, type OutputEntry } from '../../src/cache/OutputCache.ts';
import { ingest } from '../../src/ingest.ts';
import { formatProblem } from '../../src/problems/formatProblem.ts';
import { pageViewsDir } from '../../src/site/loadSiteData.ts';
import { MIN_MUNICIPALITIES } from '../../src/site/ranking.ts';
import { verifyBuild } from '../../src/verify/verifyBuild.ts';
import { observationKeys, placeObservations, storeObservations } from '../../src/write/datasetCache.ts';
import { writeDataset } from '../../src/write/writeDataset.ts';
import { writeDataFiles } from '../../src/write/writeDataFiles.ts';
import { siteKey } from '../../src/write/siteCache.ts';
import { runBuild } from '../support/runBuild.ts';

const exampleData = fileURLToPath(new URL('../../data/', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const root = await mkdtemp(join(tmpdir(), 'oppna-build-cache-'));
afterAll(() => rm(root, { recursive: true, force: true }));

/** Every file under dir, path → bytes. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length), await readFile(join(e.parentPath, e.name)));
  }
  return out;
}

interface Built {
  /** The report's lines: what a controller is told. */
  problems: unknown[];
  /** The written data, data files and page views (absent when the input has errors). */
  files?: Map<string, Buffer>;
  /** What was made afresh; `observations`: the observations files written rather than placed from the cache. */
  made: Record<string, number>;
}

let runs = 0;

/** The build's pipeline (ingest → write → data files → gate), with the caches under `cache` or none. */
async function build(data: string, cache?: string): Promise<Built> {
  const result = await ingest(data, { requireConfig: true, ...(cache ? { cacheDir: join(cache, 'import') } : {}) });
  const problems = result.problems.findings.map((f) => formatProblem(f, 'en'));
  if (!result.dataset) return { problems, made: {} };
  const out = join(root, `out-${runs++}`);
  const outputs = cache ? { cacheDir: join(cache, 'outputs') } : {};
  // As the CLI writes: each observations file made from the same parts of the same files is placed from the cache.
  const store = cache ? new OutputCache(outputs.cacheDir!) : undefined;
  const keys = store ? observationKeys(result.dataset) : new Map<string, string>();
  const placed = store ? await placeObservations(store, keys, join(out, 'data')) : new Map();
  await writeDataset(result.dataset, result.files, join(out, 'data'), placed);
  if (store) await storeObservations(store, join(out, 'data'), keys, placed);
  const written = await writeDataFiles({ dataDir: join(out, 'data'), outDir: join(out, 'files'), pagesDir: pageViewsDir(join(out, 'data')), ...outputs }, 1);
  expect(written.problems).toEqual([]);
  // The gate over the data files (pages are Astro's): what it trusts from the cache must agree with a fresh look.
  expect(await verifyBuild(join(out, 'files'), join(out, 'data'), undefined, { observationsChecked: true, ...outputs })).toEqual([]);
  const files = await snapshot(out);
  await rm(out, { recursive: true, force: true });
  const observations = result.dataset.indicators.length - placed.size;
  return { problems, files, made: { ...written.made, ...(observations ? { observations } : {}) } };
}

/** The rest of the small example's country: enough municipalities (MIN_MUNICIPALITIES) for L3 to be ranked among all of them. */
const OTHERS = Array.from({ length: MIN_MUNICIPALITIES }, (_, n) => String(9001 + n));

/**
 * A small municipality in plain CSV (Swedish Excel style), so that a dozen builds take
 * seconds: a catalogue (English and Lättläst columns for some indicators), areas, units, values
 * for areas and for units, a site.json with English texts, and values of one indicator (L3) for
 * enough municipalities that its pages show a ranking and have tables of all municipalities.
 */
async function smallData(): Promise<string> {
  const dir = await mkdtemp(join(root, 'data-'));
  const config = JSON.parse(await readFile(join(exampleData, 'site.json'), 'utf8')) as Record<string, unknown>;
  const comparison = { country: '0000', similar: { name: 'Liknande', members: ['9991', '9992'] } };
  await writeFile(join(dir, 'site.json'), JSON.stringify({ ...config, comparison, en: { siteName: 'Example results', similarName: 'Similar municipalities' } }, null, 2));
  const ids = ['L1', 'L2', 'L3', 'L4'];
  const english = (i: number) => (i % 2 ? ';;' : `;Local measure ${i + 1};Lokalt mått ${i + 1} visar hur det går. En hög siffra är bra.`);
  await writeFile(
    join(dir, 'matt.csv'),
    ['Mått-id;Titel;Enhet;Decimaler;Riktning;Verksamhetsområde;Titel (engelska);Lättläst', ...ids.map((id, i) => `${id};Lokalt mått ${i + 1};%;1;högre är bättre;${i % 2 ? 'Miljö' : 'Skola'}${english(i)}`)].join('\r\n') + '\r\n',
  );
  await writeFile(join(dir, 'omraden.csv'), ['Kod;Namn;Typ', '0000;Riket;land', '9999;Exempelkommun;kommun', '9991;Alfa;kommun', '9992;Beta;kommun', '9993;Gamma;kommun', ...OTHERS.map((code) => `${code};Kommun ${code};kommun`)].join('\r\n') + '\r\n');
  await writeFile(join(dir, 'enheter.csv'), 'Enhets-id;Namn;Typ;Kommunkod\r\nU-1;Björkskolan;grundskola;9999\r\nU-2;Ekskolan;grundskola;9999\r\n');
  const areaRows: string[] = ['Mått-id;Kommunkod;Period;Kön;Värde'];
  const unitRows: string[] = ['Mått-id;Enhets-id;Period;Kön;Värde'];
  for (const [k, id] of ids.entries()) {
    for (const [p, code] of ['0000', '9999', '9991', '9992', '9993'].entries()) {
      for (const year of [2021, 2022, 2023]) for (const [g, gender] of ['T', 'K', 'M'].entries()) areaRows.push(`${id};${code};${year};${gender};${10 + k * 7 + p * 3 + (year - 2021) * 2 + g},5`);
    }
    for (const unit of ['U-1', 'U-2']) for (const year of [2022, 2023]) unitRows.push(`${id};${unit};${year};T;${50 + k + year - 2022},0`);
  }
  for (const [n, code] of OTHERS.entries()) for (const year of [2022, 2023]) areaRows.push(`L3;${code};${year};T;${20 + (n % 37) + (year - 2022)},${n % 10}`);
  await writeFile(join(dir, 'resultat.csv'), areaRows.join('\r\n') + '\r\n');
  await writeFile(join(dir, 'enheter-resultat.csv'), unitRows.join('\r\n') + '\r\n');
  await writeFile(join(dir, 'extra.csv'), 'Mått-id;Kommunkod;Period;Kön;Värde\r\nL4;9999;2020;T;3,5\r\n');
  return dir;
}

/** Replaces ASCII text in a file, every other byte kept (resultat-lokala.csv is Windows-1252, site.json UTF-8). */
async function editText(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'latin1');
  const edited = text.replace(from, to);
  expect(edited, `${file}: ${String(from)} not found`).not.toBe(text);
  await writeFile(file, edited, 'latin1');
}

/** A municipality below the home municipality in L3's latest year moves above it: the home municipality's place changes. */
const RANKED_EDIT = /^L3;9150;2023;T;[^\r]*/m;
const RANKED_EDITED = 'L3;9150;2023;T;99,0';

/** The kinds of edit a controller makes between two builds. */
const EDITS: [string, (data: string) => Promise<void>][] = [
  ['a value changed', (data) => editText(join(data, 'resultat.csv'), /^L2;9999;2022;T;(\d+),5/m, 'L2;9999;2022;T;$1,7')],
  ['a file removed', (data) => rm(join(data, 'extra.csv'))],
  ['an indicator renamed in the catalogue', (data) => editText(join(data, 'matt.csv'), 'L3;Lokalt', 'L3;Nytt namn, lokalt')],
  ['the area list changed', (data) => editText(join(data, 'omraden.csv'), 'Beta', 'Betaby')],
  ['site.json changed', (data) => editText(join(data, 'site.json'), /"9992"/, '"9993"')],
  // The ranking among all municipalities reads every municipality's values and the indicator's direction.
  ['another municipality’s value of a ranked indicator changed', (data) => editText(join(data, 'resultat.csv'), RANKED_EDIT, RANKED_EDITED)],
  ['the direction of a ranked indicator changed', (data) => editText(join(data, 'matt.csv'), /^(L3;[^;]*;[^;]*;[^;]*;)[^;]*/m, '$1neutral')],
  ['an English title changed', (data) => editText(join(data, 'matt.csv'), 'Local measure 1', 'Local indicator 1')],
  // Edits that make another, unchanged file wrong: the cross-file checks must still see it.
  ['a conflicting value added in another file', (data) => writeFile(join(data, 'rattelse.csv'), 'Mått-id;Kommunkod;Period;Kön;Värde\r\nL1;9999;2021;T;99,5\r\n')],
  ['an indicator removed from the catalogue', (data) => editText(join(data, 'matt.csv'), /\r\nL4;[^\r]*/, '')],
];

/** The edits above that leave errors (in files they did not touch): nothing is written then. */
const WITH_ERRORS = new Set(['a conflicting value added in another file', 'an indicator removed from the catalogue']);

describe('a rebuild from the build cache', () => {
  it('is byte-identical to a cold build after each kind of edit, and makes only what the edit touched', async () => {
    const data = await smallData();
    const cache = await mkdtemp(join(root, 'cache-'));
    const first = await build(data, cache);
    expect(first.made.downloads).toBe(4);
    expect(first.made.workbook).toBe(4);
    expect(first.made.observations).toBe(4);
    const again = await build(data, cache);
    expect(again.made).toEqual({});
    expect(again.files).toEqual(first.files);

    for (const [name, edit] of EDITS) {
      await edit(data);
      const cached = await build(data, cache);
      const cold = await build(data);
      expect(cached.problems, name).toEqual(cold.problems);
      if (WITH_ERRORS.has(name)) {
        const codes = new Set(cold.problems.map((p) => (p as { code: string }).code));
        expect([...codes], name).toContain(name.startsWith('a conflicting') ? 'conflicting-value' : 'unknown-indicator');
        expect(cached.files, name).toBeUndefined();
        continue;
      }
      expect(cached.files, name).toBeDefined();
      expect(cached.files, name).toEqual(cold.files);
      // An observations file is written again when a file it has rows from changed: resultat.csv has every indicator's, extra.csv only L4's.
      if (name === 'a value changed' || name === 'a file removed' || name.startsWith('another municipality')) expect(cached.made, name).toEqual({ 'gate-observations': 1, downloads: 1, 'bulk-rows': 1, 'page-view': 1, workbook: 1, observations: name === 'a file removed' ? 1 : 4 });
      if (name === 'site.json changed') expect(cached.made.downloads, name).toBeUndefined(); // the comparison members are not in the downloads
      // Tables that name areas are resolved through the area list: each is made again, and every indicator's observations with it.
      if (name === 'the area list changed') expect(cached.made.observations, name).toBe(4);
      if (name.includes('catalogue') || name.includes('English') || name.includes('direction') || name === 'site.json changed') expect(cached.made.observations, name).toBeUndefined();
    }
  }, 180_000);

  it('detects damaged and foreign entries and makes them again, never publishing their bytes', async () => {
    const data = await smallData();
    const cache = await mkdtemp(join(root, 'cache-'));
    const cold = await build(data);
    await build(data, cache);
    const walk = async (sub: string) =>
      (await readdir(join(cache, 'outputs', sub), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    const blobs = await walk('blobs');
    // The outputs' entries, not the gate's verdicts (a damaged verdict entry is only a miss, made nowhere).
    const entries = (await walk('entries')).filter((path) => !('verdicts' in (JSON.parse(readFileSync(path, 'utf8')) as { entry: OutputEntry }).entry.meta));
    // A blob flipped in place (same size), an entry truncated, an entry copied under another key.
    const blob = blobs[Math.floor(blobs.length / 2)];
    const bytes = await readFile(blob);
    bytes[0] ^= 0xff;
    await writeFile(blob, bytes);
    await writeFile(entries[0], (await readFile(entries[0], 'utf8')).slice(0, 40));
    await cp(entries[2], entries[1]);
    const rebuilt = await build(data, cache);
    expect(rebuilt.files).toEqual(cold.files);
    expect(Object.values(rebuilt.made).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
  }, 120_000);
});

/** `npm run build` with the given cache settings; the phase timings line (OPPNA_TIMINGS) parsed. */
async function cliBuild(data: string, out: string, env: Record<string, string>): Promise<Record<string, unknown>> {
  const saved = { ...process.env };
  Object.assign(process.env, env, { OPPNA_TIMINGS: '1' });
  try {
    const result = await runBuild(projectRoot, data, out);
    expect(result.ok, result.output.slice(-2000)).toBe(true);
    const line = result.output.split('\n').find((l) => l.startsWith('OPPNA_TIMINGS '));
    return JSON.parse(line!.slice('OPPNA_TIMINGS '.length)) as Record<string, unknown>;
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** Every language's page of each kind the build cache keeps per indicator, from the published folder. */
const INDICATOR_PAGES = ['', 'en/'].flatMap((lang) => [
  `/dist/${lang}matt/L1/index.html`,
  `/dist/${lang}matt/L1/inbaddning/index.html`,
  `/dist/${lang}matt/L1/enheter/namn/index.html`,
  `/dist/${lang}matt/L3/index.html`,
  `/dist/${lang}matt/L3/kommuner/varde/index.html`,
  `/dist/${lang}matt/L3/kommuner/namn/index.html`,
]);

describe('npm run build with the build cache', () => {
  it('renders only the changed indicators’ pages (and the canary) in every language and publishes what a cold build publishes', async () => {
    const data = await smallData();
    const cache = await mkdtemp(join(root, 'cli-cache-'));
    await cliBuild(data, join(root, 'cli-first'), { OPPNA_CACHE_DIR: cache });
    // Nothing changed: the whole published output comes from the cache, nothing is made or rendered.
    const same = await cliBuild(data, join(root, 'cli-same'), { OPPNA_CACHE_DIR: cache });
    expect(same.siteFromCache).toBe(true);
    expect(same.made).toBeUndefined();
    expect(same.indicatorPagesRendered).toBeUndefined();
    const before = await snapshot(join(root, 'cli-same'));
    expect(before).toEqual(await snapshot(join(root, 'cli-first')));
    // A damaged file in the whole-site entry is found as it is placed: that build renders and checks everything again.
    const blobs = (await readdir(join(cache, 'outputs', 'blobs'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const page = blobs.find((e) => e.name.length === 64 && before.get('/dist/index.html')!.equals(readFileSync(join(e.parentPath, e.name))))!;
    expect(page).toBeDefined();
    await writeFile(join(page.parentPath, page.name), before.get('/dist/index.html')!.toString('utf8').replace('<main', '<main data-damaged'));
    const again = await cliBuild(data, join(root, 'cli-again'), { OPPNA_CACHE_DIR: cache });
    expect(again.siteFromCache).toBeUndefined();
    expect(again.indicatorPagesRendered).toBe(1); // only the canary: the page and data caches still serve
    expect(await snapshot(join(root, 'cli-again'))).toEqual(before);
    for (const page of INDICATOR_PAGES) expect(before.has(page), page).toBe(true);
    // One indicator's own value, and another municipality's value of the ranked one (L3): only its ranking shows it.
    await editText(join(data, 'resultat.csv'), /^L2;9999;2022;T;(\d+),5/m, 'L2;9999;2022;T;$1,7');
    await editText(join(data, 'resultat.csv'), RANKED_EDIT, RANKED_EDITED);
    const rebuilt = await cliBuild(data, join(root, 'cli-cached'), { OPPNA_CACHE_DIR: cache });
    expect(rebuilt.indicatorPagesRendered).toBe(3); // L2, L3 and the canary L1
    expect(rebuilt.made).toEqual({ 'gate-observations': 2, downloads: 2, 'bulk-rows': 2, 'page-view': 2, workbook: 2 });
    await cliBuild(data, join(root, 'cli-cold'), { OPPNA_NO_CACHE: '1' });
    const [cached, cold] = await Promise.all([snapshot(join(root, 'cli-cached')), snapshot(join(root, 'cli-cold'))]);
    expect([...cached.keys()].sort()).toEqual([...cold.keys()].sort());
    for (const [path, bytes] of cold) expect(cached.get(path)?.equals(bytes), path).toBe(true);
    // The edits show on L3's pages in both languages (the place, the table of all municipalities): a stale page would differ from the cold build.
    for (const page of INDICATOR_PAGES.filter((p) => p.includes('/L3/'))) expect(cold.get(page)?.equals(before.get(page)!), page).toBe(false);
  }, 600_000);
});

/** `run` with SOURCE_DATE_EPOCH set to `epoch` (or unset), restored after. */
async function withEpoch<T>(epoch: string | undefined, run: () => Promise<T>): Promise<T> {
  const saved = process.env.SOURCE_DATE_EPOCH;
  const set = (v: string | undefined) => (v === undefined ? delete process.env.SOURCE_DATE_EPOCH : (process.env.SOURCE_DATE_EPOCH = v));
  set(epoch);
  try {
    return await run();
  } finally {
    set(saved);
  }
}

describe('the whole-site key', () => {
  it('changes with the dataset, any project file, and SOURCE_DATE_EPOCH', async () => {
    const project = await mkdtemp(join(root, 'project-'));
    await cp(join(projectRoot, 'src', 'pages'), join(project, 'src', 'pages'), { recursive: true });
    await writeFile(join(project, 'astro.config.mjs'), 'export default {};\n');
    const base = await siteKey('dataset-a', project);
    expect(await siteKey('dataset-a', project)).toBe(base);
    expect(await siteKey('dataset-b', project)).not.toBe(base);
    await writeFile(join(project, 'src', 'pages', 'ny.astro'), '<p>ny</p>\n');
    const page = await siteKey('dataset-a', project);
    expect(page).not.toBe(base);
    await writeFile(join(project, 'astro.config.mjs'), 'export default { trailingSlash: "always" };\n');
    expect(await siteKey('dataset-a', project)).not.toBe(page);
    expect(await withEpoch('1700000000', () => siteKey('dataset-a', project))).not.toBe(await withEpoch(undefined, () => siteKey('dataset-a', project)));
  });
});

describe('OPPNA_NO_CACHE and OPPNA_CACHE_DIR', () => {
  it('turn both caches off, or move them', () => {
    expect(cliCacheDir({ OPPNA_NO_CACHE: '1' })).toBeUndefined();
    expect(cliOutputCacheDir({ OPPNA_NO_CACHE: '1' })).toBeUndefined();
    expect(cliOutputCacheDir({ OPPNA_CACHE_DIR: '/x/c' })).toBe('/x/c/outputs');
    expect(cliCacheDir({ OPPNA_CACHE_DIR: '/x/c' })).toBe('/x/c');
  });
});
