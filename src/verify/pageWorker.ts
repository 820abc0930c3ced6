// A thread that judges pages for the gate (pageThreads.ts): it reads the page itself, hashes it
// when asked (or checks it against the hash given) and answers with its verdict.
import { parentPort } from 'node:worker_threads';
import { onTasks } from '../threads/endWorkers.ts';
import { judgePage } from './pageVerdict.ts';
import type { PageTask } from './pageThreads.ts';

onTasks(parentPort!, async ({ id, path, hash }: PageTask) => {
  try {
    parentPort!.postMessage({ id, ...(await judgePage(path, hash)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message.slice(0, 200) });
  }
});
