import { stat } from 'node:fs/promises';
import { startThread } from '../threads/startThread.ts';
import type { Finding } from '../problems/Finding.ts';
import { unpackTables, type PackedTables } from './packTables.ts';
import { readFile, type ReadOptions, type ReadResult } from './readFile.ts';

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

  return new Promise<ReadResult>((resolve) => {
    const worker = startThread(new URL('./readWorker.ts', import.meta.url), {
      workerData: { absPath, relPath, options },
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    });
    // The answer is handed over once the thread has exited (by itself after answering, or
    // terminated past the time limit): a thread terminated while the next one starts has
    // crashed Node (src/threads/endWorkers.ts).
    let result: ReadResult | undefined;
    const decide = (r: ReadResult) => (result ??= r);
    const timer = setTimeout(() => {
      decide(failed({ code: 'file-timeout', file: relPath, params: { seconds: Math.max(1, Math.round(timeoutMs / 1000)) } }));
      void worker.terminate();
    }, timeoutMs);
    worker.once('message', (message: ReadResult | (Omit<ReadResult & { kind: 'tables' }, 'tables'> & { packed: PackedTables })) => {
      if ('packed' in message) {
        const { packed, ...rest } = message;
        decide({ ...rest, tables: unpackTables(packed) });
      } else decide(message);
    });
    worker.once('error', (e: Error & { code?: string }) =>
      decide(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? failed({ code: 'memory-limit', file: relPath, params: { limit: `${maxMemoryMb} MB` } })
          : failed({ code: 'read-failed', file: relPath, params: { detail: e.message.slice(0, 120) } }),
      ),
    );
    worker.once('exit', (code) => {
      clearTimeout(timer);
      resolve(decide(failed({ code: 'read-failed', file: relPath, params: { detail: `läsaren avslutades (${code})` } })));
    });
  });
}
