import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { openSiteData } from '../site/loadSiteData.ts';
import type { GateProblem } from '../verify/verifyBuild.ts';

/** What a thread is given once: where to read, and where to write the files and the page views (none without). */
export interface DataFilesSetup {
  dataDir: string;
  outDir: string;
  pagesDir?: string;
}

/** Work for one thread: the bulk download, or a batch of indicators' files. */
export type DataFilesTask = { kind: 'bulk' } | { kind: 'indicators'; ids: string[] };

/** A written file: path from the site root and size in bytes. */
export interface WrittenFile {
  path: string;
  bytes: number;
}

/** Indicators per task: small enough to balance two threads, large enough that messages cost nothing. */
const BATCH = 20;

async function listFiles(dir: string): Promise<WrittenFile[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (f) => ({ path: relative(dir, f).split(sep).join('/'), bytes: (await stat(f)).size })));
}

/** What writeDataFiles did: the files, sorted by path, and the gate's problems in the observations it read. */
export interface DataFilesResult {
  files: WrittenFile[];
  problems: GateProblem[];
}

/**
 * The data files of the site — every indicator's downloads and API document, the
 * bulk zip and its CSV tables — written from the data folder into `outDir` by
 * worker threads, one per core: they are most of a large site's build (SheetJS
 * alone ~0.1 s per indicator) and each is independent of the others. The pages
 * are rendered by Astro; these never pass through it. The same threads check each
 * observations file against its schema (for the gate) and, given `pagesDir`, write
 * the indicator's page view there (see readPageData), as they parse it anyway.
 */
export async function writeDataFiles(
  { dataDir, outDir, pagesDir }: DataFilesSetup,
  threads = availableParallelism(),
): Promise<DataFilesResult> {
  const ids = openSiteData(dataDir).indicators.map((i) => i.id);
  // The bulk zip is the longest task: first, so the other threads share the rest.
  const tasks: DataFilesTask[] = [{ kind: 'bulk' }];
  for (let i = 0; i < ids.length; i += BATCH) tasks.push({ kind: 'indicators', ids: ids.slice(i, i + BATCH) });
  const count = Math.max(1, Math.min(threads, tasks.length));
  const workers: Worker[] = [];
  const problems: GateProblem[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = count;
      for (let w = 0; w < count; w++) {
        const worker = new Worker(new URL('./dataFilesWorker.ts', import.meta.url), { workerData: { dataDir, outDir, pagesDir } satisfies DataFilesSetup });
        workers.push(worker);
        const next = () => {
          const task = tasks.shift();
          if (task) worker.postMessage(task);
          else if (--running === 0) resolve();
        };
        worker.on('message', (answer: { error?: string; problems?: GateProblem[] }) => {
          if (answer.error) return reject(new Error(answer.error));
          problems.push(...(answer.problems ?? []));
          next();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => code !== 0 && reject(new Error(`data file thread exited with ${code}`)));
        next();
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const files = (await listFiles(outDir)).sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, problems: problems.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}

/**
 * Moves the data files into the rendered site (Astro empties its output folder
 * before it builds, so they are written beside it and moved in after). A path Astro
 * also wrote is a bug in the routes: it fails rather than overwrite.
 */
export async function moveDataFiles(from: string, files: readonly WrittenFile[], siteDir: string): Promise<void> {
  for (const file of files) {
    const to = join(siteDir, file.path);
    if (await stat(to).then(() => true, () => false)) throw new Error(`${file.path} was written both as a data file and by Astro`);
    await mkdir(dirname(to), { recursive: true });
    await rename(join(from, file.path), to);
  }
}
