// A thread that judges pages and other files for the gate (pageThreads.ts): it reads the file
// itself, hashes it when asked (or checks it against the hash given) and answers with its verdict;
// or parses a sampled download.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { onTasks } from '../threads/endWorkers.ts';
import { judgePage } from './pageVerdict.ts';
import { judgeFile, readChecked } from './personalData.ts';
import { parseDownload } from './parseDownload.ts';
import type { GateTask, Parsed } from './pageThreads.ts';

async function parsed(path: string, hash: string | boolean): Promise<Parsed> {
  const bytes = typeof hash === 'string' ? await readChecked(path, hash) : readFileSync(path);
  return { parsed: (await parseDownload(path, bytes)) ?? null };
}

onTasks(parentPort!, async (task: GateTask) => {
  const { id, hash } = task;
  try {
    const judged = 'path' in task ? await judgePage(task.path, hash) : 'parse' in task ? await parsed(task.parse, hash) : await judgeFile(task.siteDir, task.file, new Set(task.numeric), hash, task.segments);
    parentPort!.postMessage({ id, ...judged });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message.slice(0, 200) });
  }
});
