// A thread that judges pages and other files for the gate (pageThreads.ts): it reads the file
// itself, hashes it when asked (or checks it against the hash given) and answers with its verdict.
import { parentPort } from 'node:worker_threads';
import { onTasks } from '../threads/endWorkers.ts';
import { judgePage } from './pageVerdict.ts';
import { judgeFile } from './personalData.ts';
import type { GateTask } from './pageThreads.ts';

onTasks(parentPort!, async (task: GateTask) => {
  const { id, hash } = task;
  try {
    const judged = 'path' in task ? await judgePage(task.path, hash) : await judgeFile(task.siteDir, task.file, new Set(task.numeric), hash);
    parentPort!.postMessage({ id, ...judged });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message.slice(0, 200) });
  }
});
