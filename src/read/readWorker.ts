// Runs readFile in a worker thread, so the parent can stop it (time limit) and
// cap its heap (memory limit). See readIsolated.ts. Tables travel packed (see
// packTables.ts): their typed arrays are moved to the parent, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { packBuffers, packTables } from './packTables.ts';
import { readFile, type ReadOptions } from './readFile.ts';

const { absPath, relPath, options } = workerData as { absPath: string; relPath: string; options: ReadOptions };
const result = await readFile(absPath, relPath, options);
if (result.kind === 'tables') {
  const { tables, ...rest } = result;
  const packed = packTables(tables);
  parentPort!.postMessage({ ...rest, packed }, packBuffers(packed));
} else parentPort!.postMessage(result);
