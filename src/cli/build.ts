import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Report, SiteConfig } from '../model/types.gen.ts';
import { datasetKey, observationKeys, placeObservations, restoreDataset, storeDataset } from '../write/datasetCache.ts';
import { restoreSite, siteKey, stampsUnder, storeSite } from '../write/siteCache.ts';
import { buildReport, formatReportText } from './report.ts';
import type { CliArgs } from './args.ts';
import { cliOutputCacheDir } from '../cache/cacheDir.ts';
import { MAX_AGE_DAYS } from '../cache/ImportCache.ts';
import { OutputCache, pruneOutputs, type FileStamp } from '../cache/OutputCache.ts';
import { eachLimited } from '../cache/eachLimited.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSiteData, pageViewsDir } from '../site/loadSiteData.ts';
import { checkCanary, completePages, planPages, RENDER_ONLY } from '../write/pageCache.ts';
import { logoFile, THEME_DIR } from '../site/logo.ts';
import { checkLogo } from '../theme/checkLogo.ts';
import { buildSearchIndex } from '../opendata/search/buildSearchIndex.ts';
import type { Dataset } from '../validate/Dataset.ts';
import { verifySite } from '../verify/verifyBuild.ts';
import { KnownHashes, type KnownFile } from '../verify/knownHashes.ts';
import { writeDataset } from '../write/writeDataset.ts';
import { beginDataFiles, moveDataFiles, startDataFiles, type DataFilesRun, type DataFilesStart } from '../write/writeDataFiles.ts';
import { stableLines } from '../write/stableJson.ts';
import { leaveAside, publishAtomically, removeAside } from '../write/publishAtomically.ts';
import { SECTIONS } from '../sections/sections.ts';
import { sectionSearchRecords, verifySections, writeSectionFiles, writeSections } from '../sections/runSections.ts';
import { parseCliArgs } from './args.ts';
import { runIngest } from './check.ts';
import { PhaseTimings } from './PhaseTimings.ts';
import { collectGarbage } from './collectGarbage.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where a build publishes (OUT/data and OUT/dist with --out, else build/data
 * and dist) and where it stages. Staging is always inside the project, one
 * folder per process: Astro keeps its intermediate files beside outDir only
 * when outDir is under the working directory, and otherwise in one shared
 * .astro/ folder, where two builds at once would overwrite each other.
 */
export function outputDirs(out: string | undefined): { data: string; site: string; staging: string } {
  const staging = join(projectRoot, 'build', `.staging-${process.pid}`);
  if (out) {
    const base = resolve(out);
    return { data: join(base, 'data'), site: join(base, 'dist'), staging };
  }
  return { data: join(projectRoot, 'build', 'data'), site: join(projectRoot, 'dist'), staging };
}

/**
 * What a finished build's staging folder counts as for removeAside (build/.staging.old-<pid>): what
 * is left in it — the search copies, 20 000 files and folders on a country's site, seconds of
 * unlinking — is removed by the next build while it imports, as the previous site is.
 */
const STAGING_LEFT = join(projectRoot, 'build', 'staging');

/** The indicator pages placed from the cache (their hashes, for the gate) and those stored afresh (their keys and hashes, to be vouched for after it). */
interface PlacedPages {
  known: Map<string, KnownFile>;
  fresh: Record<string, Record<string, string>>;
}

/**
 * Astro's render. With the build cache, only the indicators whose pages are not cached are
 * rendered (plus one, the canary, checked against its cached pages) and the others' pages
 * are placed from the cache (src/write/pageCache.ts); if the canary differs or a cached
 * page fails its check, everything is rendered again, as without a cache.
 */
async function renderPages(dataDir: string, outDir: string, quiet: boolean, timings: PhaseTimings, cacheDir: string | undefined, placed: PlacedPages): Promise<void> {
  // The site reads only the validated JSON; astro.config.mjs picks the folder up from here.
  process.env.OPPNA_DATA_DIR = dataDir;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  const astro = () => build({ root: projectRoot, outDir, logLevel: quiet ? 'error' : 'warn' });
  if (!cacheDir) return void (await astro());
  const cache = new OutputCache(cacheDir);
  let started = performance.now();
  const plan = await planPages(cache, dataDir, pageViewsDir(dataDir), openSiteData(dataDir).indicators.map((i) => i.id));
  timings.note('pagePlanMs', Math.round(performance.now() - started));
  const list = join(dirname(outDir), 'render-only.json');
  await writeFile(list, JSON.stringify(plan.render));
  process.env[RENDER_ONLY] = list;
  try {
    await astro();
  } finally {
    delete process.env[RENDER_ONLY];
  }
  timings.note('indicatorPagesRendered', plan.render.length);
  started = performance.now();
  const complete = (await checkCanary(plan, outDir)) && (await completePages(cache, plan, outDir, placed.known, placed.fresh)).length === 0;
  timings.note('pageStoreMs', Math.round(performance.now() - started));
  if (complete) return;
  // Rendered again: none of them placed, none stored.
  placed.known.clear();
  for (const key of Object.keys(placed.fresh)) delete placed.fresh[key];
  process.stderr.write('Byggcachen: sidorna stämde inte med cachen; alla sidor renderas om.\n');
  timings.note('indicatorPagesRendered', plan.keys.size);
  await astro();
}

/** Astro's render and the search index; gives the index files linked from the cache (their hashes and stamps, for the gate). */
async function buildSite(dataDir: string, outDir: string, quiet: boolean, timings: PhaseTimings, cacheDir: string | undefined, baseUrl: string | undefined, placed: PlacedPages): Promise<Map<string, KnownFile>> {
  await renderPages(dataDir, outDir, quiet, timings, cacheDir, placed);
  timings.end('astro');
  // The sections' search records (a supplier each …), their paths under the site's base path.
  const base = baseUrl ? new URL(baseUrl).pathname.replace(/\/$/, '') : '';
  // The indicator pages' hashes as the page cache knows them: their search copies are looked up by them unread.
  const hashes = new Map([...[...placed.known].map(([name, file]) => [name, file.sha256] as const), ...Object.values(placed.fresh).flatMap((files) => Object.entries(files))]);
  const index = await buildSearchIndex(outDir, {
    records: sectionSearchRecords(SECTIONS, dataDir, base),
    recordFolders: SECTIONS.flatMap((s) => s.searchRecordFolders ?? []),
    copiesDir: join(dirname(outDir), 'search-copies'),
    ...(cacheDir ? { cached: { cache: new OutputCache(cacheDir), hashes } } : {}),
  });
  timings.end('search');
  return index;
}

/** The report of an import taken from the build cache, printed as runIngest prints one. */
function printCachedReport(report: Report, args: CliArgs): void {
  if (args.json) return void process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  const line = args.lang === 'sv' ? 'Från byggcachen: inga filer har ändrats sedan förra bygget\n' : 'From the build cache: no file has changed since the last build\n';
  process.stdout.write(formatReportText(report) + line);
}

/**
 * `npm run build`: validate, write JSON, build the site — all into a staging
 * folder, swapped into place only when every step succeeded. A failed build
 * leaves the previous output untouched and publishes nothing.
 */
export async function buildCommand(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\nAnvändning: npm run build -- [--data MAPP] [--out MAPP] [--lang sv|en]\n`);
    return 2;
  }
  const timings = new PhaseTimings();
  const dirs = outputDirs(args.out);
  const stagedData = join(dirs.staging, 'data');
  const stagedSite = join(dirs.staging, 'dist');
  const cacheDir = cliOutputCacheDir();
  const cache = cacheDir ? new OutputCache(cacheDir) : undefined;
  await rm(dirs.staging, { recursive: true, force: true });
  await mkdir(dirs.staging, { recursive: true });
  // The folders the last build moved aside when it published, removed in threads beside this build's work.
  const clearing = removeAside([dirs.data, dirs.site, STAGING_LEFT]).catch(() => undefined);
  let dataFiles: DataFilesRun | undefined;
  let begun: DataFilesStart | undefined;
  try {
    // Nothing in the data folder or the import's code changed: the written data and the report from the cache.
    const key = cache ? await datasetKey(resolve(args.data), args.lang).catch(() => undefined) : undefined; // an unreadable folder: the import says why
    // Nothing at all changed, code included: the last such build's published folders, checked file by file.
    const whole = cache && key ? await siteKey(key) : undefined;
    const restored = cache && whole ? await restoreSite(cache, whole, { data: stagedData, dist: stagedSite }) : undefined;
    if (restored) {
      printCachedReport(restored, args);
      timings.end('restore');
      timings.note('siteFromCache', true);
      await publish(stagedData, stagedSite, dirs);
      timings.end('publish');
      return built(args, dirs, timings);
    }
    // Downloads, API documents and the bulk zip, written in parallel threads; their sizes (files.json)
    // are known before the pages that mention them are rendered. The workbooks, which no page reads,
    // go on beside the render.
    const stagedFiles = join(dirs.staging, 'files');
    const filesSetup = { dataDir: stagedData, outDir: stagedFiles, pagesDir: pageViewsDir(stagedData), ...(cacheDir ? { cacheDir } : {}) };
    const cached = cache && key ? await restoreDataset(cache, key, stagedData) : undefined;
    let config: SiteConfig | undefined;
    let report: Report | undefined = cached;
    /** The data folder's files as hashed when stored, with their stamps: the data files stage need not read them again. */
    let dataKnown = new Map<string, KnownFile>();
    if (cached) {
      printCachedReport(cached, args);
      config = JSON.parse(await readFile(join(stagedData, 'site.json'), 'utf8')) as SiteConfig;
      timings.end('ingest');
      timings.end('write');
    } else {
      await rm(stagedData, { recursive: true, force: true });
      const ingested = await runIngest(args, true);
      // What the import let go (files' cells, the import cache's packed columns and serialised
      // entries: hundreds of MB, much of it outside V8's heap) is freed before the write stage adds
      // its own: left to V8, a cold build peaked at 1.6 GB one run and 2.5 GB the next.
      collectGarbage();
      timings.end('ingest');
      if (ingested.code !== 0 || !ingested.result?.dataset) return ingested.code || 1;
      let dataset: Dataset | undefined = ingested.result.dataset;
      const files = ingested.result.files;
      const sectionValues = ingested.result.sections;
      report = buildReport(ingested.result, args.lang);
      config = dataset.config;
      // Drop every other reference to the parsed dataset: once written, Astro reads
      // the JSON, and millions of observations kept alive would double the peak memory.
      ingested.result = undefined;
      // Observations files made from the same parts of the same files as before are placed from the cache.
      const keys = cache ? observationKeys(dataset) : new Map<string, string>();
      const placed = cache ? await placeObservations(cache, keys, stagedData) : new Map<string, KnownFile>();
      // One thread begins on the data files as each indicator is written: the write stage leaves a core idle.
      await writeDataset(dataset, files, stagedData, placed, (id) => (begun ??= beginDataFiles({ ...filesSetup, known: Object.fromEntries(placed) })).ready([id]));
      const logo = dataset.config?.logo;
      dataset = undefined;
      // The logo was checked with site.json; it is checked again as copied, in case it changed since.
      if (logo) {
        const checked = await checkLogo(resolve(args.data), logo);
        if (!checked.logo) {
          process.stderr.write(`Logotypen ${logo} ändrades under bygget och godtas inte längre; inget har publicerats. Kör npm run check.\n`);
          return 1;
        }
        await mkdir(join(stagedData, THEME_DIR), { recursive: true });
        await writeFile(join(stagedData, logoFile(logo)), checked.logo.bytes);
      }
      await writeSections(SECTIONS, sectionValues, stagedData);
      sectionValues.clear();
      collectGarbage();
      // Stored with the logo copied and the sections written: a later build with the same files restores all of it.
      if (cache && key) dataKnown = await storeDataset(cache, key, stagedData, report, keys, placed);
      timings.end('write');
    }
    const baseUrl = config?.baseUrl;
    if (config) await writeSectionFiles(SECTIONS, stagedData, stagedFiles, config);
    dataFiles = await (begun ? begun.start(Object.fromEntries(dataKnown)) : startDataFiles({ ...filesSetup, known: Object.fromEntries(dataKnown) }));
    await writeFile(join(stagedData, 'files.json'), stableLines(dataFiles.forPages));
    timings.end('files');
    const placedPages: PlacedPages = { known: new Map(), fresh: {} };
    const searchIndex = await buildSite(stagedData, stagedSite, args.quiet || args.json, timings, cacheDir, baseUrl, placedPages);
    // The page views served only the render; the published data is the model alone.
    await rm(pageViewsDir(stagedData), { recursive: true, force: true });
    // What the render let go of, back to the system before the gate's threads start.
    collectGarbage();
    const allFiles = await dataFiles.finish();
    timings.note('made', allFiles.made);
    timings.note('besideMs', allFiles.besideMs);
    // Published with every data file, as the pages' list would leave out those written beside them.
    await writeFile(join(stagedData, 'files.json'), stableLines(allFiles.files));
    timings.end('files-beside');
    await moveDataFiles(stagedFiles, allFiles.files, stagedSite);
    // Every file's stamp before the gate reads it: the known hashes are checked against them, and the site is stored with them.
    const beforeGate = cache ? await stampsUnder(stagedSite) : undefined;
    const known = new KnownHashes([...allFiles.known, ...placedPages.known, ...searchIndex], beforeGate);
    const site = await verifySite(stagedSite, stagedData, baseUrl, { observationsChecked: true, known, ...(beforeGate ? { stamps: beforeGate } : {}), ...(cacheDir ? { cacheDir } : {}) });
    const gate = [...allFiles.problems, ...site.problems, ...(await verifySections(SECTIONS, stagedSite, stagedData, site.csp))];
    timings.end('verify');
    if (gate.length) {
      const shown = gate.slice(0, 50).map((p) => `  [${p.rule}] ${p.file}: ${p.detail}`);
      const more = gate.length > shown.length ? [`  … och ${gate.length - shown.length} till`] : [];
      process.stderr.write(['Publiceringskontrollen stoppade bygget; inget har publicerats:', ...shown, ...more, ''].join('\n'));
      return 1;
    }
    await publish(stagedData, stagedSite, dirs);
    timings.end('publish');
    // Published; kept whole in the cache, for a rebuild in which nothing changed. Renaming kept every
    // file's stamp; a cache that cannot be written costs only speed, as everywhere.
    if (cache && whole && key && report) await storeBuild(cache, key, whole, report, { data: dirs.data, dist: dirs.site }, site.hashes, beforeGate, { ...allFiles.fresh, ...placedPages.fresh }).catch(() => undefined);
    timings.end('store');
    if (cacheDir) await pruneOutputs(cacheDir, MAX_AGE_DAYS);
    timings.end('prune');
    await leaveAside(dirs.staging, STAGING_LEFT).catch(() => undefined);
  } finally {
    await (dataFiles ?? begun)?.stop();
    // A failed step can leave writes in flight (Astro's renders): the removal retries while they
    // land, and never takes the place of the error that stopped the build (the next build
    // removes what is left).
    await rm(dirs.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
    await clearing;
  }
  return built(args, dirs, timings);
}

/**
 * Stores the published build whole (storeSite). Every file's hash is known already: the gate's
 * for the site (stamped before it read them), the dataset entry's for the data. The data files
 * and indicator pages made afresh are their blobs (hard links), hashed by the gate after these
 * stamps: placing them in a later build need not read them again (OutputCache.vouch).
 */
async function storeBuild(cache: OutputCache, key: string, whole: string, report: Report, dirs: { data: string; dist: string }, hashes: ReadonlyMap<string, string>, beforeGate: Map<string, FileStamp> | undefined, fresh: Record<string, Record<string, string>>): Promise<void> {
  const entry = await cache.get(key);
  const data = entry ? await cache.checkedFiles(key, entry) : undefined;
  const dist = new Map([...hashes].flatMap(([file, sha256]) => (beforeGate?.has(file) ? [[file, { ...beforeGate.get(file)!, sha256 }] as const] : [])));
  await storeSite(cache, whole, dirs, report, { ...(data ? { data } : {}), dist });
  await eachLimited(Object.entries(fresh), 16, ([k, files]) => cache.vouch(k, files, (name) => dist.get(name)).catch(() => undefined));
}

/**
 * Swaps the staged folders in. The previous ones are left beside them, moved aside, for the next
 * build to remove while it imports (removeAside): unlinking a country's site takes seconds.
 */
async function publish(stagedData: string, stagedSite: string, dirs: { data: string; site: string }): Promise<void> {
  await publishAtomically([
    { from: stagedData, to: dirs.data },
    { from: stagedSite, to: dirs.site },
  ]);
}

/** The closing line of a build that published. */
function built(args: CliArgs, dirs: { data: string; site: string }, timings: PhaseTimings): number {
  timings.report();
  const sv = args.lang === 'sv';
  process.stdout.write(sv ? `Byggt: data i ${dirs.data}, webbplatsen i ${dirs.site}\n` : `Built: data in ${dirs.data}, site in ${dirs.site}\n`);
  return 0;
}
