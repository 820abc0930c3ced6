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

/** What each thread is given: the setup, and the folder for the files written beside the pages. */
export interface ThreadSetup extends DataFilesSetup {
  besideDir: string;
}

/** Work for one thread: a batch of indicators' outputs (those before the pages, or those beside them), or a half of the bulk download from their pieces. */
export type DataFilesTask = { kind: 'indicators'; ids: string[]; besidePages: boolean } | { kind: 'bulk'; part: 'table' | 'zip'; rows: Record<string, BulkPieces> };

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
  /** How long the files beside the pages took to write, in ms (once finished). */
  besideMs?: number;
}

/** Tasks under way on some threads (Pool.run). */
interface TaskRun {
  done: Promise<void>;
  join(worker: Worker): void;
  add(tasks: DataFilesTask[]): void;
  seal(): void;
}

/** Worker threads that run tasks, one at a time each, handing every answer to `onAnswer`. */
class Pool {
  readonly workers: Worker[] = [];
  private readonly setup: ThreadSetup;

  constructor(setup: ThreadSetup, threads: number) {
    this.setup = setup;
    this.start(threads);
  }

  /** Starts `n` more threads (given `known` in place of the setup's) and returns them. */
  start(n: number, known = this.setup.known): Worker[] {
    const workerData: ThreadSetup = { ...this.setup, known };
    const started = Array.from({ length: n }, () => startThread(new URL('./dataFilesWorker.ts', import.meta.url), { workerData }));
    this.workers.push(...started);
    return started;
  }

  /**
   * Runs `tasks` on `workers` (all by default), one at a time each; more threads may `join` while
   * it runs. Two runs at once must use different workers. An `open` run takes more tasks (`add`)
   * until it is sealed; its threads wait for them.
   */
  run(tasks: DataFilesTask[], onAnswer: (a: DataFilesAnswer) => void, workers = this.workers, open = false): TaskRun {
    const queue = [...tasks];
    let sealed = !open;
    let running = 0;
    let settled = false;
    const waiting: (() => void)[] = [];
    const wake = () => {
      for (const next of waiting.splice(0)) next();
    };
    const { promise: done, resolve, reject } = Promise.withResolvers<void>();
    // Only our own listeners come off between runs: Worker keeps internal ones that deliver messages.
    const detach: (() => void)[] = [];
    const end = (error?: Error) => {
      settled = true;
      for (const d of detach) d();
      if (error) reject(error);
      else resolve();
    };
    const join = (worker: Worker) => {
      if (settled) return;
      running++;
      const next = () => {
        const task = queue.shift();
        if (task) worker.postMessage(task);
        else if (!sealed) waiting.push(next);
        else if (--running === 0) end();
      };
      const onMessage = (answer: DataFilesAnswer & { error?: string }) => {
        if (answer.error) return end(new Error(answer.error));
        onAnswer(answer);
        next();
      };
      const onExit = (code: number) => code !== 0 && end(new Error(`data file thread exited with ${code}`));
      worker.on('message', onMessage).on('error', end).on('exit', onExit);
      detach.push(() => worker.off('message', onMessage).off('error', end).off('exit', onExit));
      next();
    };
    for (const worker of open ? workers : workers.slice(0, Math.max(1, Math.min(workers.length, queue.length)))) join(worker);
    const add = (more: DataFilesTask[]) => {
      if (settled) return;
      queue.push(...more);
      wake();
    };
    const seal = () => {
      sealed = true;
      if (!settled) wake();
    };
    return { done, join, add, seal };
  }

  /** Ends the given threads (all by default); `graceMs` before one still at work is terminated. */
  async close(workers = this.workers, graceMs?: number): Promise<void> {
    await endWorkers(workers, graceMs);
  }
}

/** A data files run under way: what the pages need is written; the rest is being written beside them. */
export interface DataFilesRun {
  /** The files the pages may read or mention (files.json): all but those still being written beside them. */
  forPages: WrittenFile[];
  /** Waits for the rest and returns every file, all in `outDir`; rejects if a thread failed. */
  finish(): Promise<DataFilesResult>;
  /** Ends the threads at once (a build that failed meanwhile); safe to call after finish. */
  stop(): Promise<void>;
}

/**
 * The data files of the site — every indicator's downloads and API document, the bulk
 * zip and its CSV tables — written from the data folder into `outDir` by worker threads,
 * one per core. Each indicator's outputs (src/write/indicatorOutputs.ts: downloads, its
 * share of the bulk tables, its page view, the gate's check of its observations) come from
 * the build cache when nothing they are made of changed, else are made and stored; the
 * bulk zip is then laid together from the indicators' deflated pieces, compressing nothing
 * again. The pages are rendered by Astro; these never pass through it.
 *
 * The workbooks, which no page reads and which are half the work, are written by one thread
 * while Astro renders on the other core, into a folder of their own that joins `outDir` when
 * `finish` is called (the pages can never see a file half written); what is left of them then
 * gets a thread per core.
 */
export async function startDataFiles(given: DataFilesSetup, threads = availableParallelism()): Promise<DataFilesRun> {
  return beginDataFiles(given, threads, threads).start(given.known);
}

/** Data files begun before the data folder is complete (beginDataFiles). */
export interface DataFilesStart {
  /** These indicators' observations files are written and stay as they are: their outputs can be made. */
  ready(ids: readonly string[]): void;
  /**
   * The data folder is complete (every indicator ready); goes on as startDataFiles, the threads
   * started now given `known` (DataFilesSetup's).
   */
  start(known?: Record<string, KnownFile>): Promise<DataFilesRun>;
  /** Ends the threads at once (a build that failed before `start`). */
  stop(): Promise<void>;
}

/**
 * startDataFiles in two steps, for the write stage's idle core: `now` threads begin on each
 * indicator as soon as it is `ready` (the data folder's indicators, areas, units and site.json
 * must be written already), the rest join at `start`.
 */
export function beginDataFiles(given: DataFilesSetup, threads = availableParallelism(), now = 1): DataFilesStart {
  const scratch = given.cacheDir ? undefined : `${given.outDir}.outputs`;
  const besideDir = `${given.outDir}.beside`;
  const setup: ThreadSetup = { ...given, cacheDir: given.cacheDir ?? scratch, besideDir };
  const ids = openSiteData(setup.dataDir).indicators.map((i) => i.id);
  const batches = (list: readonly string[], besidePages: boolean): DataFilesTask[] => {
    const tasks: DataFilesTask[] = [];
    for (let i = 0; i < list.length; i += BATCH) tasks.push({ kind: 'indicators', ids: list.slice(i, i + BATCH), besidePages });
    return tasks;
  };
  const collected: Omit<DataFilesResult, 'files' | 'known'> & { known: Record<string, KnownFile> } = { problems: [], made: {}, known: {}, fresh: {} };
  const rows: Record<string, BulkPieces> = {};
  const collect = (answer: DataFilesAnswer) => {
    collected.problems.push(...(answer.problems ?? []));
    Object.assign(rows, answer.bulk);
    Object.assign(collected.known, answer.known);
    Object.assign(collected.fresh, answer.fresh);
    for (const [name, n] of Object.entries(answer.made ?? {})) collected.made[name] = (collected.made[name] ?? 0) + n;
  };
  const result = (): DataFilesResult => ({
    files: listFiles(setup.outDir),
    problems: [...collected.problems].sort((a, b) => (a.file < b.file ? -1 : 1)),
    made: { ...collected.made },
    known: new Map(Object.entries(collected.known)),
    fresh: { ...collected.fresh },
  });
  const pool = new Pool(setup, Math.max(1, Math.min(now, threads, Math.ceil(ids.length / BATCH))));
  const cleanUp = async (graceMs?: number) => {
    await pool.close(pool.workers, graceMs);
    await rm(besideDir, { recursive: true, force: true });
    if (scratch) await rm(scratch, { recursive: true, force: true });
  };
  const before = pool.run([], collect, pool.workers, true);
  // Failing before `start` is seen there (or the build stops the threads); never an unhandled rejection.
  before.done.catch(() => undefined);
  const waiting = new Set(ids);
  let pending: string[] = [];
  const ready = (list: readonly string[]) => {
    for (const id of list) if (waiting.delete(id)) pending.push(id);
    if (pending.length < BATCH) return;
    before.add(batches(pending, false));
    pending = [];
  };
  const start = async (known = setup.known): Promise<DataFilesRun> => {
    let besideRun: TaskRun;
    let beside: Promise<Error | undefined>;
    let besideMs: number | undefined;
    try {
      before.add(batches([...pending, ...waiting], false));
      before.seal();
      const more = Math.min(threads, Math.ceil(ids.length / BATCH)) - pool.workers.length;
      if (more > 0) for (const worker of pool.start(more, known)) before.join(worker);
      await before.done;
      await rm(besideDir, { recursive: true, force: true });
      // The zip (the pages show its size) and the site's observations table laid together, one thread
      // each; then the workbooks on one thread, beside the render. Each thread ends as soon as its
      // work is done: the render needs the memory. (The table beside the render too would save a cold
      // build a few seconds, but put its reading and writing into a rebuild's render, at its peak.)
      await pool.run([{ kind: 'bulk', part: 'zip', rows }, { kind: 'bulk', part: 'table', rows }], collect).done;
      const [first, ...others] = pool.workers;
      await pool.close(others);
      const started = performance.now();
      besideRun = pool.run(batches(ids, true), collect, [first]);
      beside = besideRun.done.then(
        () => {
          besideMs = Math.round(performance.now() - started);
          return pool.close().then(() => undefined);
        },
        (error: Error) => error,
      );
    } catch (error) {
      await cleanUp(0);
      throw error;
    }
    const forPages = listFiles(setup.outDir);
    let finished: Promise<DataFilesResult> | undefined;
    return {
      forPages,
      finish: () =>
        (finished ??= (async () => {
          try {
            // The pages are done: what is left of the workbooks gets every core.
            if (besideMs === undefined) for (const worker of pool.start(threads - 1, known)) besideRun.join(worker);
            const error = await beside;
            if (error) throw error;
            joinFolder(besideDir, setup.outDir);
            return { ...result(), besideMs };
          } finally {
            await cleanUp();
          }
        })()),
      stop: () => cleanUp(1000),
    };
  };
  return { ready, start, stop: () => cleanUp(1000) };
}

/** startDataFiles, waited for whole: every data file written. */
export async function writeDataFiles(given: DataFilesSetup, threads = availableParallelism()): Promise<DataFilesResult> {
  return (await startDataFiles(given, threads)).finish();
}

/** Moves every file under `from` to the same path under `to`, replacing what is there (a folder written into before). */
function joinFolder(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const file of filesUnder(from)) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    renameSync(join(from, file), join(to, file));
  }
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
