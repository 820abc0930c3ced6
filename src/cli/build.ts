import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cliOutputCacheDir } from '../cache/cacheDir.ts';
import { MAX_AGE_DAYS } from '../cache/ImportCache.ts';
import { pruneOutputs } from '../cache/OutputCache.ts';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageViewsDir } from '../site/loadSiteData.ts';
import { buildSearchIndex } from '../opendata/search/buildSearchIndex.ts';
import type { Dataset } from '../validate/Dataset.ts';
import { verifyBuild } from '../verify/verifyBuild.ts';
import { writeDataset } from '../write/writeDataset.ts';
import { moveDataFiles, writeDataFiles } from '../write/writeDataFiles.ts';
import { stableLines } from '../write/stableJson.ts';
import { publishAtomically } from '../write/publishAtomically.ts';
import { SECTIONS } from '../sections/sections.ts';
import { verifySections, writeSectionFiles, writeSections } from '../sections/runSections.ts';
import { parseCliArgs } from './args.ts';
import { runIngest } from './check.ts';
import { PhaseTimings } from './PhaseTimings.ts';

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

async function buildSite(dataDir: string, outDir: string, quiet: boolean, timings: PhaseTimings): Promise<void> {
  // The site reads only the validated JSON; astro.config.mjs picks the folder up from here.
  process.env.OPPNA_DATA_DIR = dataDir;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: projectRoot, outDir, logLevel: quiet ? 'error' : 'warn' });
  timings.end('astro');
  await buildSearchIndex(outDir);
  timings.end('search');
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
  const ingested = await runIngest(args, true);
  timings.end('ingest');
  if (ingested.code !== 0 || !ingested.result?.dataset) return ingested.code || 1;
  let dataset: Dataset | undefined = ingested.result.dataset;
  const files = ingested.result.files;
  const sectionValues = ingested.result.sections;
  const config = dataset.config;
  const baseUrl = config?.baseUrl;
  // Drop every other reference to the parsed dataset: once written, Astro reads
  // the JSON, and millions of observations kept alive would double the peak memory.
  ingested.result = undefined;

  const dirs = outputDirs(args.out);
  const stagedData = join(dirs.staging, 'data');
  const stagedSite = join(dirs.staging, 'dist');
  await rm(dirs.staging, { recursive: true, force: true });
  await mkdir(dirs.staging, { recursive: true });
  try {
    await writeDataset(dataset, files, stagedData);
    dataset = undefined;
    await writeSections(SECTIONS, sectionValues, stagedData);
    sectionValues.clear();
    timings.end('write');
    // Downloads, API documents and the bulk zip, written in parallel threads; their
    // sizes (files.json) are known before the pages that mention them are rendered.
    const stagedFiles = join(dirs.staging, 'files');
    if (config) await writeSectionFiles(SECTIONS, stagedData, stagedFiles, config);
    const cacheDir = cliOutputCacheDir();
    const dataFiles = await writeDataFiles({ dataDir: stagedData, outDir: stagedFiles, pagesDir: pageViewsDir(stagedData), ...(cacheDir ? { cacheDir } : {}) });
    timings.note('made', dataFiles.made);
    await writeFile(join(stagedData, 'files.json'), stableLines(dataFiles.files));
    timings.end('files');
    await buildSite(stagedData, stagedSite, args.quiet || args.json, timings);
    // The page views served only the render; the published data is the model alone.
    await rm(pageViewsDir(stagedData), { recursive: true, force: true });
    await moveDataFiles(stagedFiles, dataFiles.files, stagedSite);
    const gate = [
      ...dataFiles.problems,
      ...(await verifyBuild(stagedSite, stagedData, baseUrl, { observationsChecked: true, ...(cacheDir ? { cacheDir } : {}) })),
      ...(await verifySections(SECTIONS, stagedSite, stagedData)),
    ];
    timings.end('verify');
    if (gate.length) {
      const shown = gate.slice(0, 50).map((p) => `  [${p.rule}] ${p.file}: ${p.detail}`);
      const more = gate.length > shown.length ? [`  … och ${gate.length - shown.length} till`] : [];
      process.stderr.write(['Publiceringskontrollen stoppade bygget; inget har publicerats:', ...shown, ...more, ''].join('\n'));
      return 1;
    }
    await publishAtomically([
      { from: stagedData, to: dirs.data },
      { from: stagedSite, to: dirs.site },
    ]);
    timings.end('publish');
    if (cacheDir) await pruneOutputs(cacheDir, MAX_AGE_DAYS);
  } finally {
    await rm(dirs.staging, { recursive: true, force: true });
  }
  timings.report();
  const sv = args.lang === 'sv';
  process.stdout.write(sv ? `Byggt: data i ${dirs.data}, webbplatsen i ${dirs.site}\n` : `Built: data in ${dirs.data}, site in ${dirs.site}\n`);
  return 0;
}
