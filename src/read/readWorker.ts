// Runs readFile in a worker thread, so the parent can stop it (time limit) and
// cap its heap (memory limit). See readIsolated.ts. The thread reads one file per
// message until it is sent END: a thread that answered reads the next workbook
// too, rather than each paying for a thread and the loading of SheetJS. Tables
// travel packed (see packTables.ts): their typed arrays are moved to the parent,
// not copied.
import { parentPort } from 'node:worker_threads';
import { onTasks } from '../threads/endWorkers.ts';
import { packBuffers, packTables } from './packTables.ts';
import { readFile, type ReadOptions } from './readFile.ts';

export interface ReadTask {
  absPath: string;
  relPath: string;
  options: ReadOptions;
}

async function read({ absPath, relPath, options }: ReadTask): Promise<void> {
  const result = await readFile(absPath, relPath, options);
  if (result.kind === 'tables') {
    const { tables, ...rest } = result;
    const packed = packTables(tables);
    parentPort!.postMessage({ ...rest, packed }, packBuffers(packed));
  } else parentPort!.postMessage(result);
}

// A read that throws is an unhandled rejection: the thread fails (an 'error' in the parent) and is not used again.
onTasks(parentPort!, (task: ReadTask) => void read(task));
