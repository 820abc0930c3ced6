// A thread that judges pages for the gate (pageThreads.ts): it reads the page itself (a blocking
// read is cheapest here, and the main thread is left to the other files), hashes it when asked
// (or checks it against the hash given) and answers with its verdict.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { sha256 } from '../cache/OutputCache.ts';
import { onTasks } from '../threads/endWorkers.ts';
import { pageVerdict } from './pageVerdict.ts';
import type { PageTask } from './pageThreads.ts';

onTasks(parentPort!, async ({ id, path, hash }: PageTask) => {
  try {
    const bytes = readFileSync(path);
    const actual = hash === false ? undefined : sha256(bytes);
    if (typeof hash === 'string' && actual !== hash) throw new Error(`${path} changed while the gate read it`);
    parentPort!.postMessage({ id, verdict: await pageVerdict(bytes), ...(actual ? { hash: actual } : {}) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message.slice(0, 200) });
  }
});
