import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { filesUnder } from './filesUnder.ts';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../threads/startThread.ts';
import { endWorkers } from '../threads/endWorkers.ts';
import type { OutputEntry } from '../cache/OutputCache.ts';
import { openSiteData } from '../site/loadSiteData.ts';
import type { GateProblem } from '../verify/verifyBuild.ts';
import type { KnownFile } from '../verify/knownHashes.ts';

/** What a thread is given once: where to read, where to write the files and the page views (none without), and the build cache. */
export interface DataFilesSetup {
  dataDir: string;
  outDir: string;
  pagesDir?: string;
  /** The output cache (src/cache/OutputCache.ts); without one, a scratch cache beside `outDir`, removed after. */
  cacheDir?: string;
  /** Files of the data folder with their sha256 and the stamps they were hashed under, by path: not read again while a stamp holds. */
  known?: Record<string, KnownFile>;
}

/** Work for one thread: a batch of indicators' outputs, or a half of the bulk download from their pieces. */
export type DataFilesTask = { kind: 'indicators'; ids: string[] } | { kind: 'bulk'; part: 'table' | 'zip'; rows: Record<string, BulkPieces> };

/** An indicator's pieces of the bulk tables: the cache entry and its key. */
export interface BulkPieces {
  key: string;
  entry: OutputEntry;
}

/** What a thread answers: the gate's problems, each indicator's bulk pieces, and how many outputs it had to make (not cached). */
export interface DataFilesAnswer {
  problems?: GateProblem[];
  bulk?: Record<string, BulkPieces>;
  made?: Record<string, number>;
  /** The sha256 of the files it placed or wrote in the site, with their stamps (src/verify/knownHashes.ts). */
  known?: Record<string, KnownFile>;
  /** The outputs made afresh into the site: their cache keys, with each file's sha256 by its path from the site root. */
  fresh?: Record<string, Record<string, string>>;
}

/** A written file: path from the site root and size in bytes. */
export interface WrittenFile {
  path: string;
  bytes: number;
}

/** Indicators per task: small enough to balance two threads, large enough that messages cost nothing. */
const BATCH = 20;

/** The files written, sorted by path (blocking calls: ten thousand files). */
function listFiles(dir: string): WrittenFile[] {
  return filesUnder(dir).map((path) => ({ path, bytes: statSync(join(dir, path)).size }));
}

/** What writeDataFiles did: the files, sorted by path, the gate's problems in the observations, and the outputs made afresh per kind. */
export interface DataFilesResult {
  files: WrittenFile[];
  problems: GateProblem[];
  made: Record<string, number>;
  /** The sha256 of data files as placed or written, by path from the site root, for the gate (src/verify/knownHashes.ts). */
  known: Map<string, KnownFile>;
  /** The cache keys of the outputs made afresh into the site, with their files' sha256 by path: vouched for after the gate (OutputCache.vouch). */
  fresh: Record<string, Record<string, string>>;
}

/** Worker threads that run tasks, one at a time each, handing every answer to `onAnswer`. */
class Pool {
  private readonly workers: Worker[];

  constructor(setup: DataFilesSetup, threads: number) {
    this.workers = Array.from({ length: threads }, () => startThread(new URL('./dataFilesWorker.ts', import.meta.url), { workerData: setup }));
  }

  run(tasks: DataFilesTask[], onAnswer: (a: DataFilesAnswer) => void): Promise<void> {
    const queue = [...tasks];
    const used = this.workers.slice(0, Math.max(1, Math.min(this.workers.length, queue.length)));
    return new Promise<void>((resolve, reject) => {
      let running = used.length;
      // Only our own listeners come off between runs: Worker keeps internal ones that deliver messages.
      const detach: (() => void)[] = [];
      const fail = (error: Error) => {
        for (const d of detach) d();
        reject(error);
      };
      for (const worker of used) {
        const next = () => {
          const task = queue.shift();
          if (task) worker.postMessage(task);
          else if (--running === 0) {
            for (const d of detach) d();
            resolve();
          }
        };
        const onMessage = (answer: DataFilesAnswer & { error?: string }) => {
          if (answer.error) return fail(new Error(answer.error));
          onAnswer(answer);
          next();
        };
        const onExit = (code: number) => code !== 0 && fail(new Error(`data file thread exited with ${code}`));
        worker.on('message', onMessage).on('error', fail).on('exit', onExit);
        detach.push(() => worker.off('message', onMessage).off('error', fail).off('exit', onExit));
        next();
      }
    });
  }

  async close(): Promise<void> {
    await endWorkers(this.workers);
  }
}

/**
 * The data files of the site — every indicator's downloads and API document, the bulk
 * zip and its CSV tables — written from the data folder into `outDir` by worker threads,
 * one per core. Each indicator's outputs (src/write/indicatorOutputs.ts: downloads, its
 * share of the bulk tables, its page view, the gate's check of its observations) come from
 * the build cache when nothing they are made of changed, else are made and stored; the
 * bulk zip is then laid together from the indicators' deflated pieces, compressing nothing
 * again. The pages are rendered by Astro; these never pass through it.
 */
export async function writeDataFiles(given: DataFilesSetup, threads = availableParallelism()): Promise<DataFilesResult> {
  const scratch = given.cacheDir ? undefined : `${given.outDir}.outputs`;
  const setup = { ...given, cacheDir: given.cacheDir ?? scratch };
  try {
    return await writeWith(setup, threads);
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

async function writeWith(setup: DataFilesSetup, threads: number): Promise<DataFilesResult> {
  const ids = openSiteData(setup.dataDir).indicators.map((i) => i.id);
  const tasks: DataFilesTask[] = [];
  for (let i = 0; i < ids.length; i += BATCH) tasks.push({ kind: 'indicators', ids: ids.slice(i, i + BATCH) });
  const problems: GateProblem[] = [];
  const rows: Record<string, BulkPieces> = {};
  const made: Record<string, number> = {};
  const known: Record<string, KnownFile> = {};
  const fresh: Record<string, Record<string, string>> = {};
  const pool = new Pool(setup, Math.max(1, Math.min(threads, tasks.length)));
  try {
    await pool.run(tasks, (answer) => {
      problems.push(...(answer.problems ?? []));
      Object.assign(rows, answer.bulk);
      Object.assign(known, answer.known);
      Object.assign(fresh, answer.fresh);
      for (const [name, n] of Object.entries(answer.made ?? {})) made[name] = (made[name] ?? 0) + n;
    });
    // The site's observations table and the zip, each laid together from the pieces by a thread of its own.
    await pool.run([{ kind: 'bulk', part: 'zip', rows }, { kind: 'bulk', part: 'table', rows }], () => undefined);
  } finally {
    await pool.close();
  }
  const files = listFiles(setup.outDir);
  return { files, problems: problems.sort((a, b) => (a.file < b.file ? -1 : 1)), made, known: new Map(Object.entries(known)), fresh };
}

/**
 * Moves the data files into the rendered site (Astro empties its output folder
 * before it builds, so they are written beside it and moved in after). A path Astro
 * also wrote is a bug in the routes: it fails rather than overwrite. Blocking calls:
 * ten thousand files, three calls each, every asynchronous one a trip through libuv's pool.
 */
export async function moveDataFiles(from: string, files: readonly WrittenFile[], siteDir: string): Promise<void> {
  const made = new Set<string>();
  for (const file of files) {
    const to = join(siteDir, file.path);
    if (existsSync(to)) throw new Error(`${file.path} was written both as a data file and by Astro`);
    if (!made.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
    made.add(dirname(to));
    renameSync(join(from, file.path), to);
  }
}
