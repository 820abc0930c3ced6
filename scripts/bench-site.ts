// npm run bench:site — the whole build at Kolada scale next to a bare Astro
// project with as many trivial pages, and the import cache's speed-up (figures,
// not a pass/fail test). Targets (issue 13, 2-core machine, 2 000 indicators): cold build
// ≤ 180 s, peak ≤ 2 048 MB, data files ≤ 45 s; rebuild with nothing changed ≤ 30 s, after one
// spreadsheet changed ≤ 60 s and ≤ 25 % of cold; astro per page ≤ 2× the bare Astro page.
//
// Scale: BENCH_SITE_INDICATORS (default 2 000), BENCH_SITE_PLACES (areas and
// units, default 60), BENCH_SITE_PERIODS (default 15); `--indicators 50` etc. too.
// BENCH_SITE_SKIP=build,bare,rebuild,import leaves parts out (the bare baseline and the rebuilds need the build).
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { BUILD_STAGES } from '../src/cli/PhaseTimings.ts';
import { BUILD_ENV, BUILD_FLAGS } from '../src/cli/buildProcess.ts';
import { generateBareProject } from './bench/siteBare.ts';
import { FULL_SCALE, generateSiteData } from './bench/siteData.ts';

const { values: flags } = parseArgs({ options: { indicators: { type: 'string' }, places: { type: 'string' }, periods: { type: 'string' } } });
const num = (flag: string | undefined, env: string | undefined, fallback: number) => Number(flag ?? env ?? fallback);
const scale = {
  indicators: num(flags.indicators, process.env.BENCH_SITE_INDICATORS, FULL_SCALE.indicators),
  places: num(flags.places, process.env.BENCH_SITE_PLACES, FULL_SCALE.places),
  periods: num(flags.periods, process.env.BENCH_SITE_PERIODS, FULL_SCALE.periods),
};
const skip = new Set((process.env.BENCH_SITE_SKIP ?? '').split(',').filter(Boolean));
const root = fileURLToPath(new URL('../.bench/site/', import.meta.url));
const nodeModules = fileURLToPath(new URL('../node_modules/', import.meta.url));
const runner = fileURLToPath(new URL('./bench/siteRun.ts', import.meta.url));
const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Run {
  ms: number;
  peakMB: number;
  timings?: Record<string, number>;
  /** Outputs the data file threads made afresh (not from the build cache), per kind. */
  made?: Record<string, number>;
  reused?: number;
  read?: number;
}

/**
 * Writes what earlier steps left in the page cache out to disk first: a build writes
 * gigabytes, and flushing them during the next measurement slowed the bare baseline
 * from 6 s to 10 s.
 */
function settle(): void {
  try {
    execFileSync('sync');
  } catch {
    // No sync command: measure as it is.
  }
}

/**
 * One run in a fresh process; timings from build's OPPNA_TIMINGS line on stderr. Every run (the
 * bare baseline too) has the settings `npm run build` starts itself with (src/cli/buildProcess.ts):
 * siteRun calls the build command directly.
 */
function run(args: string[], env: Record<string, string> = {}): Run {
  settle();
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', ...BUILD_FLAGS, runner, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, ...BUILD_ENV, ...env, OPPNA_TIMINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

/** Same, but keeping stderr for the phase timings. */
function runBuild(data: string, out: string, cache: string): Run | { failed: string } {
  settle();
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', ...BUILD_FLAGS, runner, 'build', data, out], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, ...BUILD_ENV, OPPNA_TIMINGS: '1', OPPNA_CACHE_DIR: cache },
  });
  if (r.status !== 0) return { failed: `exit ${r.status ?? r.signal}: ${(r.stdout + r.stderr).split('\n').filter((l) => /error|Error/.test(l)).slice(0, 3).join(' | ')}` };
  const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
  const line = r.stderr.split('\n').find((l) => l.startsWith('OPPNA_TIMINGS '));
  if (line) {
    const { made, ...timings } = JSON.parse(line.slice('OPPNA_TIMINGS '.length)) as Record<string, number> & { made?: Record<string, number> };
    result.timings = timings;
    result.made = made;
  }
  return result;
}

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** Files in the site besides the pages: data files, API JSON, feeds (not Astro's assets or Pagefind's index). */
async function countEndpoints(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && !e.name.endsWith('.html') && !/[\\/](pagefind|_astro)([\\/]|$)/.test(e.parentPath.slice(dir.length))).length;
}

await rm(root, { recursive: true, force: true });
const dataDir = join(root, 'data');
console.log(`Generating ${nf.format(scale.indicators)} indicators × ${scale.places} areas and units × ${scale.periods} periods × 3 genders in ${dataDir}…`);
const dataset = await generateSiteData(dataDir, scale);
console.log(`  ${nf.format(dataset.values)} values in ${dataset.files.length} files. Node ${process.version}, every run in a fresh process.\n`);

const built = skip.has('build') ? { failed: 'skipped (BENCH_SITE_SKIP)' } : runBuild(dataDir, join(root, 'out'), join(root, 'cache-build'));
if ('failed' in built) {
  console.log(`Our build: FAILED — ${built.failed}\n`);
  skip.add('bare');
}
const ours: Run = 'failed' in built ? { ms: 0, peakMB: 0 } : built;
const pages = 'failed' in built ? 0 : await countHtml(join(root, 'out', 'dist'));
const endpoints = 'failed' in built ? 0 : await countEndpoints(join(root, 'out', 'dist'));
const t = ours.timings ?? {};
const siteMs = (t.astro ?? 0) + (t.search ?? 0);
// The stage as the build waits for it: before the pages, and whatever is left of the files written beside them.
const filesMs = (t.files ?? 0) + (t['files-beside'] ?? 0);
// The astro stage's own bookkeeping around Astro's render: which indicators' pages to render, and storing those rendered.
const pageCacheMs = (t.pagePlanMs ?? 0) + (t.pageStoreMs ?? 0);
const lines = [
  'Our build (npm run build, cold import cache):',
  `  import (ingest)      ${s(t.ingest ?? 0).padStart(9)}`,
  `  write JSON           ${s(t.write ?? 0).padStart(9)}`,
  `  data files           ${s(filesMs).padStart(9)}   downloads, API documents, bulk zip — worker threads, one per core (target ≤ 45 s: ${filesMs <= 45_000 ? 'met' : 'NOT met'})`,
  `                                   before the pages ${s(t.files ?? 0)}, waited for after them ${s(t['files-beside'] ?? 0)}; the workbooks took ${s(t.besideMs ?? 0)} beside the render (a thread, then one per core once the pages are done)`,
  `  astro build          ${s(t.astro ?? 0).padStart(9)}   ${nf.format(pages)} pages, ${nf.format(pages / ((t.astro ?? 1) / 1000))} pages/s`,
  `                                   of which the page cache ${s(pageCacheMs)}: planning ${s(t.pagePlanMs ?? 0)}, storing the rendered pages ${s(t.pageStoreMs ?? 0)}`,
  `                                   (${nf.format(endpoints)} other files in the site: data files + Astro's small endpoints — feeds, sitemap, DCAT, API lists)`,
  `  search index         ${s(t.search ?? 0).padStart(9)}`,
  `  post-build gate      ${s(t.verify ?? 0).padStart(9)}`,
  `  publish              ${s(t.publish ?? 0).padStart(9)}`,
  `  store, prune cache   ${s((t.store ?? 0) + (t.prune ?? 0)).padStart(9)}   (pruning ${s(t.prune ?? 0)}: at most once a day, here on a new cache)`,
  `  total                ${s(ours.ms).padStart(9)}   (target ≤ 180 s: ${ours.ms <= 180_000 ? 'met' : 'NOT met'})`,
  `  peak memory          ${nf.format(ours.peakMB).padStart(6)} MB   (target ≤ 2 048 MB: ${ours.peakMB <= 2048 ? 'met' : 'NOT met'})`,
  `  peak so far at the end of: ${['ingest', 'write', 'files', 'astro', 'search', 'files-beside', 'verify'].map((p) => `${p} ${nf.format(t[`${p}MB`] ?? 0)} MB`).join(', ')}`,
  `  site build (astro + search) ${s(siteMs)}, ${nf.format(pages / (siteMs / 1000))} pages/s`,
  '',
];
if (!('failed' in built)) console.log(lines.join('\n'));

if (!skip.has('bare')) {
  const bareDir = join(root, 'bare');
  await generateBareProject(bareDir, pages, nodeModules);
  // It takes seconds and its disk writes make single runs vary: the median of three. Each
  // starts without an output folder, as our build's staging folder does (emptying the last
  // run's 8 000 folders inside the measurement made runs 2 and 3 take 50 % longer).
  const bareRuns: Run[] = [];
  for (let i = 0; i < 3; i++) {
    await rm(join(bareDir, 'dist'), { recursive: true, force: true });
    bareRuns.push(run(['bare', bareDir, join(bareDir, 'dist')]));
  }
  bareRuns.sort((a, b) => a.ms - b.ms);
  const bare = bareRuns[1];
  const barePages = await countHtml(join(bareDir, 'dist'));
  const ourPerPage = (t.astro ?? ours.ms) / pages;
  const barePerPage = bare.ms / barePages;
  const ratio = ourPerPage / barePerPage;
  console.log(
    [
      'Bare Astro baseline (same astro, trivial pages from getStaticPaths):',
      `  astro build          ${s(bare.ms).padStart(9)}   ${nf.format(barePages)} pages, ${nf.format(barePages / (bare.ms / 1000))} pages/s (median of ${bareRuns.map((r) => s(r.ms)).join(', ')})`,
      `  peak memory          ${nf.format(bare.peakMB).padStart(6)} MB`,
      `  per page: ours ${ourPerPage.toFixed(1)} ms (astro build only), bare ${barePerPage.toFixed(1)} ms → ${ratio.toFixed(1)}× (target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`,
      `  per page, Astro's render alone (less the page cache ${s(pageCacheMs)}): ${(((t.astro ?? ours.ms) - pageCacheMs) / pages).toFixed(1)} ms → ${(((t.astro ?? ours.ms) - pageCacheMs) / pages / barePerPage).toFixed(1)}×`,
      `  per page incl. the data files: ours ${(((t.astro ?? ours.ms) + filesMs) / pages).toFixed(1)} ms → ${(((t.astro ?? ours.ms) + filesMs) / pages / barePerPage).toFixed(1)}× bare`,
      `  whole build per page: ${(ours.ms / pages).toFixed(1)} ms → ${(ours.ms / pages / barePerPage).toFixed(1)}× bare`,
      '',
    ].join('\n'),
  );
}

/** The stages of a build as one line: where a rebuild spends its time. */
const stages = (r: Run) =>
  BUILD_STAGES.filter((p) => r.timings?.[p] !== undefined)
    .map((p) => `${p} ${s(r.timings![p])}`)
    .join(', ') + (r.timings?.siteFromCache ? '  (the whole site from the build cache)' : '');

/** One value in one spreadsheet, as a controller corrects a figure: the first indicator's first value there. */
async function changeOneValue(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/;(\d+),(\d)\r\n/, (_, a: string, b: string) => `;${a},${(Number(b) + 1) % 10}\r\n`));
}

if (!skip.has('rebuild') && !('failed' in built)) {
  // The whole build again with the cold build's cache (OPPNA_CACHE_DIR), into the same output, as a
  // controller's machine or a CI job that keeps build/.cache between runs does.
  const same = runBuild(dataDir, join(root, 'out'), join(root, 'cache-build'));
  await changeOneValue(join(dataDir, dataset.resultFiles[0]));
  const one = runBuild(dataDir, join(root, 'out'), join(root, 'cache-build'));
  const line = (label: string, r: Run | { failed: string }) =>
    'failed' in r
      ? `${label.padEnd(34)} FAILED — ${r.failed}`
      : `${label.padEnd(34)} ${s(r.ms).padStart(7)}  ${(r.ms / ours.ms * 100).toFixed(0).padStart(3)} % of cold  ${nf.format(r.peakMB).padStart(6)} MB peak\n      ${stages(r)}\n      made afresh: ${JSON.stringify(r.made ?? {})}`;
  console.log(
    [
      'Rebuilds with the build cache (targets: nothing changed ≤ 30 s; one spreadsheet changed ≤ 60 s and ≤ 25 % of cold):',
      `  cold                              ${s(ours.ms).padStart(7)}\n      ${stages(ours)}`,
      '  ' + line('rebuild, nothing changed', same),
      '  ' + line('rebuild, one spreadsheet changed', one),
      '',
    ].join('\n'),
  );
}

if (!skip.has('import')) {
  const cache = join(root, 'cache-rebuild');
  const cold = run(['ingest', dataDir, cache]);
  const warm = run(['ingest', dataDir, cache]);
  // A controller corrects one figure in one spreadsheet.
  await changeOneValue(join(dataDir, dataset.resultFiles[0]));
  const one = run(['ingest', dataDir, cache]);
  const row = (label: string, r: Run) =>
    `  ${label.padEnd(24)} ${s(r.ms).padStart(8)}  ${nf.format(r.peakMB).padStart(6)} MB peak  ${String(r.reused).padStart(3)} from cache, ${String(r.read).padStart(3)} read  ${(cold.ms / r.ms).toFixed(1)}× faster than cold`;
  console.log(['Import cache (ingest: read → normalise → validate; validate always runs over everything):', row('cold (empty cache)', cold), row('warm, nothing changed', warm), row('one file changed', one), ''].join('\n'));
}
