// Runs readFile in a worker thread, so the parent can stop it (time limit) and
// cap its heap (memory limit). See readIsolated.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { readFile, type ReadOptions } from './readFile.ts';

const { absPath, relPath, options } = workerData as { absPath: string; relPath: string; options: ReadOptions };
parentPort!.postMessage(await readFile(absPath, relPath, options));
