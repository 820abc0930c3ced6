// The import cache's writer thread (ImportCache.put): serialises, hashes and writes each entry it
// is handed while the import's thread goes on, and answers with the entry's number once it is done.
import { parentPort } from 'node:worker_threads';
import { onTasks } from '../threads/endWorkers.ts';
import { writeEntry, type EntryWrite } from './ImportCache.ts';

onTasks(parentPort!, ({ id, write }: { id: number; write: EntryWrite }) => {
  void writeEntry(write).then(() => parentPort!.postMessage(id));
});
