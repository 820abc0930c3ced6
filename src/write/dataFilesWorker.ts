// One thread of writeDataFiles: opens the data folder once, then writes whatever
// task the main thread hands it — the bulk download, or a batch of indicators'
// files — and answers when it is done.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openSiteData } from '../site/loadSiteData.ts';
import { indicatorFiles } from '../opendata/indicatorFiles.ts';
import { writeBulkFiles } from '../opendata/bulk/buildBulkZip.ts';
import type { DataFilesTask } from './writeDataFiles.ts';

const { dataDir, outDir } = workerData as { dataDir: string; outDir: string };
const input = openSiteData(dataDir);
const byId = new Map(input.indicators.map((i) => [i.id, i]));

async function run(task: DataFilesTask): Promise<void> {
  if (task.kind === 'bulk') return writeBulkFiles(input, join(outDir, 'oppna-data'));
  for (const id of task.ids) {
    for (const file of indicatorFiles(input, byId.get(id)!)) {
      const path = join(outDir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.bytes);
    }
  }
}

parentPort!.on('message', (task: DataFilesTask) => {
  run(task).then(
    () => parentPort!.postMessage({}),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
});
