// One thread of writeDataFiles: opens the data folder once, then does whatever task the
// main thread hands it — a batch of indicators' outputs, or the bulk download from their
// pieces — and answers when it is done.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { onTasks } from '../threads/endWorkers.ts';
import type { Indicator } from '../model/types.gen.ts';
import { linkedAt, OutputCache, outputKey, sha256, trustedStamp, type OutputEntry } from '../cache/OutputCache.ts';
import type { KnownFile } from '../verify/knownHashes.ts';
import { codeVersion } from '../cache/codeVersion.ts';
import { openSiteData } from '../site/loadSiteData.ts';
import { writeBulkZip, writeObservationsTable, type IndicatorRows } from '../opendata/bulk/buildBulkZip.ts';
import { indicatorRows } from '../opendata/bulk/indicatorRows.ts';
import type { GateProblem } from '../verify/verifyBuild.ts';
import { INDICATOR_OUTPUTS, indicatorInput, type IndicatorInput, type OutputContext } from './indicatorOutputs.ts';
import { observationsFile } from './writeDataset.ts';
import type { BulkPieces, DataFilesAnswer, DataFilesTask, ThreadSetup } from './writeDataFiles.ts';

const { dataDir, outDir, besideDir, pagesDir, cacheDir, known: dataKnown = {} } = workerData as ThreadSetup;
const data = openSiteData(dataDir);
const byId = new Map(data.indicators.map((i) => [i.id, i]));
const cache = new OutputCache(cacheDir!);
const readText = (file: string) => readFile(join(dataDir, file)).catch(() => Buffer.alloc(0));
const ctx: OutputContext = { data, areasHash: sha256(await readText('areas.json')), unitsHash: sha256(await readText('units.json')) };

/** The sha256 of the site's files placed from the cache, for the gate (src/verify/knownHashes.ts); sent with each answer. */
let known: Record<string, KnownFile> = {};

/** Blocking: this thread waits for nothing else, and each asynchronous write is a trip through libuv's pool and back. */
function put(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/**
 * Places a cached entry's files (a blob whose stamp vouches for it is linked unread:
 * OutputCache.placeEntry); false when one of them failed its check (the entry is then made again).
 */
async function placeAll(key: string, entry: OutputEntry, root: string | undefined, site: boolean): Promise<boolean> {
  if (!root) return true;
  const placed = await cache.placeEntry(key, entry, (name) => join(root, name));
  if (!placed) return false;
  if (site) for (const [name, file] of placed) known[name] = file;
  return true;
}

/**
 * Every output of each indicator (INDICATOR_OUTPUTS) that is made before the pages, or those
 * made beside them (`besidePages`, written into their own folder): taken from the cache when its key —
 * the observations file's hash, the inputs the output names, the code that makes it — is
 * there and its files check out; otherwise made (the observations parsed once for all of
 * them), stored and written.
 */
async function indicators(ids: readonly string[], besidePages: boolean): Promise<DataFilesAnswer> {
  const roots = { site: besidePages ? besideDir : outDir, pages: pagesDir, none: undefined };
  const outputs = INDICATOR_OUTPUTS.filter((output) => (output.besidePages ?? false) === besidePages);
  const answer: Required<Omit<DataFilesAnswer, 'known'>> = { problems: [], bulk: {}, made: {}, fresh: {} };
  for (const id of ids) {
    const indicator = byId.get(id)!;
    const path = join(dataDir, observationsFile(id));
    // Read only when an output has to be made, while the write stage's hash still holds (the file's stamp).
    const stored = dataKnown[observationsFile(id)];
    let bytes: Buffer | undefined;
    let observationsHash: string;
    if (stored && trustedStamp(stored, statSync(path, { throwIfNoEntry: false }))) observationsHash = stored.sha256;
    else {
      try {
        bytes = readFileSync(path);
      } catch {
        bytes = undefined;
      }
      observationsHash = bytes ? sha256(bytes) : '';
    }
    let parsed: IndicatorInput | undefined;
    const input = () => (parsed ??= indicatorInput(ctx, indicator, bytes ?? readFileSync(path)));
    for (const output of outputs) {
      const root = roots[output.root];
      if (output.root === 'pages' && !root) continue;
      const key = outputKey([output.name, codeVersion(output.code), observationsHash, ...output.inputs(ctx, indicator)]);
      let entry = await cache.get(key);
      if (!entry || !(await placeAll(key, entry, root, output.root === 'site'))) {
        const made = output.make(ctx, input());
        // Written out first, then linked into the cache: the bytes go to disk once.
        const files = made.files.map((file) => ({ ...file, ...(root ? { written: join(root, file.name) } : {}) }));
        // (Not known to the gate: a file stamped right after it was written is racy, see src/verify/knownHashes.ts.)
        // Equal bytes (data.json and the API document are one blob) are written once and hard linked, as a rebuild places them.
        const writtenAt = new Map<Uint8Array, string>();
        for (const file of files) {
          if (!file.written) continue;
          const same = writtenAt.get(file.bytes);
          if (!(same && linkedAt(same, file.written))) put(file.written, file.bytes);
          writtenAt.set(file.bytes, file.written);
        }
        entry = await cache.put(key, files, made.meta).catch(() => undefined);
        entry ??= { files: [], meta: made.meta ?? {} };
        if (output.root === 'site' && entry.files.length) answer.fresh[key] = Object.fromEntries(entry.files.map((f) => [f.name, f.sha256]));
        answer.made[output.name] = (answer.made[output.name] ?? 0) + 1;
      }
      if (output.name === 'gate-observations' && entry.meta.problem) answer.problems.push(entry.meta.problem as GateProblem);
      if (output.name === 'bulk-rows') answer.bulk[id] = { key, entry };
    }
  }
  return answer;
}

/** A half of the bulk download (the site's observations table, or the zip), laid together from each indicator's cached pieces. */
async function bulk(part: 'table' | 'zip', pieces: Record<string, BulkPieces>): Promise<void> {
  // Opened again: this thread may have begun while the data folder was written, before its manifest (the release date).
  const data = openSiteData(dataDir);
  const rowsOf = async (indicator: Indicator): Promise<IndicatorRows> => {
    const { key, entry } = pieces[indicator.id] ?? {};
    let fresh: IndicatorRows | undefined;
    const remade = () => (fresh ??= indicatorRows(data, indicator));
    if (!key || !entry || entry.files.length !== 3) return remade();
    // A blob that fails its check is made again from the observations: the same bytes, as everything here is deterministic.
    const read = (name: string, again: () => Promise<Uint8Array>) => async () => {
      const file = entry.files.find((f) => f.name === name);
      return (file && (await cache.readChecked(key, file))) ?? again();
    };
    const meta = entry.meta as { csvCrc: number; csvBytes: number; jsonCrc: number; jsonBytes: number };
    return {
      csvText: read('rows.csv', () => remade().csvText()),
      csv: { crc: meta.csvCrc, bytes: meta.csvBytes, data: read('rows.csv.deflate', () => remade().csv.data()) },
      json: { crc: meta.jsonCrc, bytes: meta.jsonBytes, data: read('rows.json.deflate', () => remade().json.data()) },
    };
  };
  await (part === 'table' ? writeObservationsTable : writeBulkZip)(data, join(outDir, 'oppna-data'), rowsOf);
}

async function run(task: DataFilesTask): Promise<DataFilesAnswer> {
  if (task.kind === 'bulk') {
    await bulk(task.part, task.rows);
    return {};
  }
  known = {};
  return { ...(await indicators(task.ids, task.besidePages)), known };
}

onTasks(parentPort!, (task: DataFilesTask) => {
  run(task).then(
    (answer) => parentPort!.postMessage(answer),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
});
