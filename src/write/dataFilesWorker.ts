// One thread of writeDataFiles: opens the data folder once, then writes whatever
// task the main thread hands it — the bulk download, or a batch of indicators'
// files — and answers when it is done, with the gate's problems in what it read.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openSiteData } from '../site/loadSiteData.ts';
import { pageView } from '../site/pageView.ts';
import { indicatorFiles } from '../opendata/indicatorFiles.ts';
import { writeBulkFiles } from '../opendata/bulk/buildBulkZip.ts';
import { checkObservations, type GateProblem } from '../verify/verifyBuild.ts';
import type { DataFilesSetup, DataFilesTask } from './writeDataFiles.ts';

const { dataDir, outDir, pagesDir } = workerData as DataFilesSetup;
const input = openSiteData(dataDir);
const byId = new Map(input.indicators.map((i) => [i.id, i]));

async function put(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

/**
 * Each indicator's observations are parsed once here and serve three ends: the
 * gate's schema check, the published files, and the page view Astro renders from.
 */
async function run(task: DataFilesTask): Promise<GateProblem[]> {
  if (task.kind === 'bulk') {
    await writeBulkFiles(input, join(outDir, 'oppna-data'));
    return [];
  }
  const problems: GateProblem[] = [];
  for (const id of task.ids) {
    const observations = input.observations.get(id) ?? [];
    const problem = checkObservations(`observations/${id}.json`, observations);
    if (problem) problems.push(problem);
    const one = { ...input, observations: new Map([[id, observations]]) };
    for (const file of indicatorFiles(one, byId.get(id)!)) await put(join(outDir, file.path), file.bytes);
    if (pagesDir) await put(join(pagesDir, `${id}.json`), JSON.stringify(pageView(observations, input.site, byId.get(id)!)));
  }
  return problems;
}

parentPort!.on('message', (task: DataFilesTask) => {
  run(task).then(
    (problems) => parentPort!.postMessage({ problems }),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
});
