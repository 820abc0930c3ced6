import { stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { endWorkers } from '../threads/endWorkers.ts';
import { startThread } from '../threads/startThread.ts';
import type { Finding } from '../problems/Finding.ts';
import { unpackTables, type PackedTables } from './packTables.ts';
import { readFile, type ReadOptions, type ReadResult } from './readFile.ts';
import type { ReadTask } from './readWorker.ts';

export interface IsolationLimits {
  /** Longest a workbook may take to read. */
  timeoutMs: number;
  /** Largest heap the reader of one workbook may use. */
  maxMemoryMb: number;
}

// A minute is generous: the largest real workbooks read in seconds, while a mangled
// .xls can keep SheetJS busy for tens of seconds.
export const DEFAULT_ISOLATION: IsolationLimits = { timeoutMs: 60_000, maxMemoryMb: 3072 };

/**
 * Binary workbooks are where a hostile or broken file can make a parser spin or
 * balloon (SheetJS parses synchronously), so they are read in a worker thread
 * that is stopped after a time limit and capped in memory. Text formats go
 * through linear-time parsers bounded by the file-size limit and are read in
 * process: copying a million parsed rows out of a worker would cost more than
 * parsing them.
 */
const ISOLATED = new Set(['xlsx', 'xlsm', 'xls', 'xlsb', 'ods', 'fods']);

export async function readIsolated(absPath: string, relPath: string, options: ReadOptions = {}, isolation: Partial<IsolationLimits> = {}): Promise<ReadResult> {
  const ext = relPath.slice(relPath.lastIndexOf('.') + 1).toLowerCase();
  if (!ISOLATED.has(ext)) return readFile(absPath, relPath, options);
  const { timeoutMs, maxMemoryMb } = { ...DEFAULT_ISOLATION, ...isolation };
  const bytes = await stat(absPath).then((s) => s.size, () => 0);
  const failed = (finding: Finding): ReadResult => ({ kind: 'failed', findings: [finding], bytes, sha256: '' });

  const worker = takeReader(maxMemoryMb);
  return new Promise<ReadResult>((resolve) => {
    // A thread that answered is kept for the next workbook; the answer of one that failed or was
    // terminated past the time limit is handed over once it has exited: a thread terminated while
    // the next one starts has crashed Node (src/threads/endWorkers.ts).
    let result: ReadResult | undefined;
    const decide = (r: ReadResult) => (result ??= r);
    const timer = setTimeout(() => {
      decide(failed({ code: 'file-timeout', file: relPath, params: { seconds: Math.max(1, Math.round(timeoutMs / 1000)) } }));
      void worker.terminate();
    }, timeoutMs);
    const onMessage = (message: ReadResult | (Omit<ReadResult & { kind: 'tables' }, 'tables'> & { packed: PackedTables })) => {
      if (result) return; // past the time limit: terminated, its exit resolves
      clearTimeout(timer);
      worker.off('error', onError).off('exit', onExit);
      if ('packed' in message) {
        const { packed, ...rest } = message;
        decide({ ...rest, tables: unpackTables(packed) });
      } else decide(message);
      release(worker, maxMemoryMb);
      resolve(result!);
    };
    const onError = (e: Error & { code?: string }) =>
      decide(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? failed({ code: 'memory-limit', file: relPath, params: { limit: `${maxMemoryMb} MB` } })
          : failed({ code: 'read-failed', file: relPath, params: { detail: e.message.slice(0, 120) } }),
      );
    const onExit = (code: number) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve(decide(failed({ code: 'read-failed', file: relPath, params: { detail: `läsaren avslutades (${code})` } })));
    };
    worker.once('message', onMessage).once('error', onError).once('exit', onExit);
    worker.postMessage({ absPath, relPath, options } satisfies ReadTask);
  });
}

/** How long a reader thread that answered waits for the next workbook before it ends. */
const IDLE_MS = 2000;

/** Reader threads waiting for a workbook, by their heap limit (a thread's limit is set when it starts), each with what takes it out of waiting. */
const idle = new Map<number, Map<Worker, () => void>>();

function takeReader(maxMemoryMb: number): Worker {
  for (const [worker, leave] of idle.get(maxMemoryMb) ?? []) {
    leave();
    worker.ref();
    return worker;
  }
  return startThread(new URL('./readWorker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
}

/** A thread that answered waits for the next workbook, not keeping the process alive, and ends when none comes. */
function release(worker: Worker, maxMemoryMb: number): void {
  const waiting = idle.get(maxMemoryMb) ?? new Map<Worker, () => void>();
  idle.set(maxMemoryMb, waiting);
  const leave = () => {
    clearTimeout(timer);
    waiting.delete(worker);
    worker.off('exit', leave);
  };
  const timer = setTimeout(() => {
    leave();
    void endWorkers([worker]);
  }, IDLE_MS).unref();
  worker.once('exit', leave);
  worker.unref();
  waiting.set(worker, leave);
}
