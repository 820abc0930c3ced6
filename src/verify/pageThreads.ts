// Pages read and judged in threads, one per core: parsing tens of thousands of pages is most of
// the gate's work on a large site, and each page is judged on its own (pageVerdict.ts). The main
// thread meanwhile reads, hashes and checks every other file.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../threads/startThread.ts';
import { endWorkers } from '../threads/endWorkers.ts';
import type { Judged } from './pageVerdict.ts';

/** A page to judge (judgePage's arguments). */
export interface PageTask {
  id: number;
  path: string;
  hash: string | boolean;
}
type Answer = ({ id: number } & Judged) | { id: number; error: string };

export class PageThreads {
  private readonly workers: Worker[] = [];
  /** Pages sent to each thread and not yet answered. */
  private readonly outstanding: number[] = [];
  private readonly waiting = new Map<number, { resolve: (v: Judged) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failed: Error | undefined;

  constructor(count = availableParallelism()) {
    for (let w = 0; w < count; w++) {
      const worker = startThread(new URL('./pageWorker.ts', import.meta.url));
      worker.on('message', (answer: Answer) => {
        this.outstanding[w]--;
        const wait = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        if ('error' in answer) wait?.reject(new Error(answer.error));
        else wait?.resolve({ verdict: answer.verdict, ...(answer.hash ? { hash: answer.hash } : {}) });
      });
      // A thread that dies fails every page not yet judged: the gate fails closed.
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.outstanding.push(0);
    }
  }

  /**
   * judgePage in a thread. The page is sent at once to the thread with the
   * fewest pages waiting: a thread works through its own queue without waiting for this thread,
   * which is busy with the other files.
   */
  judge(path: string, hash: string | boolean): Promise<Judged> {
    if (this.failed) return Promise.reject(this.failed);
    const task: PageTask = { id: this.nextId++, path, hash };
    const verdict = new Promise<Judged>((resolve, reject) => this.waiting.set(task.id, { resolve, reject }));
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.outstanding[i] < this.outstanding[w]) w = i;
    this.outstanding[w]++;
    this.workers[w].postMessage(task);
    return verdict;
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
