// Pages and other files read and judged in threads, one per core: parsing tens of thousands of
// pages and scanning gigabytes of downloads is most of the gate's work on a large site, and each
// file is judged on its own (pageVerdict.ts, personalData.ts judgeFile). The main thread keeps
// the verdicts by hash and checks what depends on other files.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../threads/startThread.ts';
import { endWorkers } from '../threads/endWorkers.ts';
import type { Judged } from './pageVerdict.ts';
import type { JudgedFile } from './personalData.ts';
import type { SegmentBook } from './deflateSegments.ts';

/** A page to judge (judgePage's arguments), another file for the privacy rule (judgeFile's), or a download to parse (parseDownload's). */
export type GateTask = { id: number; hash: string | boolean } & ({ path: string } | { siteDir: string; file: string; numeric: string[]; segments?: SegmentBook['known'] } | { parse: string });
/** A download's parse: why it does not read back, or null. */
export interface Parsed {
  parsed: string | null;
}
type Answer = ({ id: number } & (Judged | JudgedFile | Parsed)) | { id: number; error: string };

/** A page's weight: about the size of a large one. */
const PAGE_WEIGHT = 64 << 10;

export class PageThreads {
  private readonly workers: Worker[] = [];
  /** The weight (bytes, about) of the tasks sent to each thread and not yet answered. */
  private readonly outstanding: number[] = [];
  private readonly waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void; thread: number; weight: number }>();
  private nextId = 0;
  private failed: Error | undefined;

  constructor(count = availableParallelism()) {
    for (let w = 0; w < count; w++) {
      const worker = startThread(new URL('./pageWorker.ts', import.meta.url));
      worker.on('message', (answer: Answer) => {
        const wait = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        if (wait) this.outstanding[wait.thread] -= wait.weight;
        if ('error' in answer) wait?.reject(new Error(answer.error));
        else {
          const { id: _, ...judged } = answer;
          wait?.resolve(judged as never);
        }
      });
      // A thread that dies fails every page not yet judged: the gate fails closed.
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.outstanding.push(0);
    }
  }

  /**
   * judgePage in a thread. The page is sent at once to the thread with the least work
   * waiting: a thread works through its own queue without waiting for this thread.
   */
  judge(path: string, hash: string | boolean): Promise<Judged> {
    return this.send<Judged>({ id: this.nextId++, path, hash }, PAGE_WEIGHT);
  }

  /**
   * judgeFile in a thread, sent as pages are; `weight` is about the bytes it will scan. Sent
   * largest first, the largest files go to different threads (a country's bulk zip and its
   * observations table, gigabytes each, had one thread while the other sat idle). `segments`: see judgeFile.
   */
  judgeFile(siteDir: string, file: string, numeric: ReadonlySet<string>, hash: string | boolean, weight: number, segments?: SegmentBook['known']): Promise<JudgedFile> {
    return this.send<JudgedFile>({ id: this.nextId++, siteDir, file, numeric: [...numeric], hash, ...(segments ? { segments } : {}) }, weight);
  }

  /** parseDownload in a thread, on the file at `path` (checked against `hash` when one is given). */
  parse(path: string, hash: string | undefined, weight: number): Promise<Parsed> {
    return this.send<Parsed>({ id: this.nextId++, parse: path, hash: hash ?? false }, weight);
  }

  private send<T>(task: GateTask, weight: number): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.outstanding[i] < this.outstanding[w]) w = i;
    const answer = new Promise<T>((resolve, reject) => this.waiting.set(task.id, { resolve: resolve as (v: never) => void, reject, thread: w, weight }));
    this.outstanding[w] += weight;
    this.workers[w].postMessage(task);
    return answer;
  }

  private fail(error: Error): void {
    this.failed = error;
    for (const wait of this.waiting.values()) wait.reject(error);
    this.waiting.clear();
  }

  close(): Promise<void> {
    return endWorkers(this.workers);
  }
}
