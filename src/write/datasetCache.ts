// The import and write stages as one cached step: when no file of the data folder and none
// of the code that reads, checks and writes it changed, the written data folder and the
// report are taken from the build cache instead of importing and validating every file
// again. Any change — one value in one file — runs the import in full (its own cache still
// spares reading the unchanged files), so the cross-file checks are always complete: they are
// skipped only when their every input is the same. The write stage then takes each
// indicator's observations file from the cache while what it is made from is the same.
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../cache/codeVersion.ts';
import { eachLimited } from '../cache/eachLimited.ts';
import { OutputCache, outputKey, sha256, type KnownFile } from '../cache/OutputCache.ts';
import type { Report } from '../model/types.gen.ts';
import type { Dataset } from '../validate/Dataset.ts';
import { observationsFile } from './writeDataset.ts';
import { filesUnder } from './filesUnder.ts';
import { pageViewsDir } from '../site/loadSiteData.ts';

const srcRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * Every file in the data folder (names and bytes: sections read their own folders, so
 * nothing is left out), the report's language, SOURCE_DATE_EPOCH (the dialogue's "as of" date), and the code of the import (read, normalise,
 * validate, the sections, the report) and of the write.
 */
export async function datasetKey(dataDir: string, lang: string): Promise<string> {
  const parts: string[] = ['dataset', lang, `epoch ${process.env.SOURCE_DATE_EPOCH ?? ''}`, codeVersion(join(srcRoot, 'cli/check.ts')), codeVersion(join(srcRoot, 'write/writeDataset.ts')), codeVersion(join(srcRoot, 'sections/runSections.ts'))];
  for (const file of filesUnder(dataDir)) parts.push(`${file} ${sha256(await readFile(join(dataDir, file)))}`);
  return outputKey(parts);
}

/** The cached report of this key, with the written data placed in `dataDir`; undefined when not cached or a file failed its check. */
export async function restoreDataset(cache: OutputCache, key: string, dataDir: string): Promise<Report | undefined> {
  const entry = await cache.get(key);
  if (!entry || typeof entry.meta.report !== 'object') return undefined;
  return (await cache.placeEntry(key, entry, (name) => join(dataDir, name))) ? (entry.meta.report as Report) : undefined;
}

/**
 * The cache key of each indicator's observations file, by its path: what it is made from
 * (Dataset.madeFrom: parts of files by their import cache keys, which name the import's code)
 * and the code that checks and writes it. None when the import did not say (no cache).
 */
export function observationKeys(dataset: Dataset): Map<string, string> {
  const code = [codeVersion(join(srcRoot, 'cli/check.ts')), codeVersion(join(srcRoot, 'write/writeDataset.ts'))];
  return new Map([...(dataset.madeFrom ?? [])].map(([id, from]) => [observationsFile(id), outputKey(['observations', ...code, id, ...from])]));
}

/**
 * Places in `dataDir` each observations file cached under its key (`observationKeys`); gives the
 * placed files' stamps and hashes by path. What failed its check is removed, to be written afresh.
 */
export async function placeObservations(cache: OutputCache, keys: ReadonlyMap<string, string>, dataDir: string): Promise<Map<string, KnownFile>> {
  const placed = new Map<string, KnownFile>();
  await eachLimited([...keys], 16, async ([name, key]) => {
    const entry = await cache.get(key);
    if (entry?.files.length !== 1 || entry.files[0].name !== name) return;
    const known = await cache.placeEntry(key, entry, (n) => join(dataDir, n));
    if (known?.has(name)) placed.set(name, known.get(name)!);
    else await rm(join(dataDir, name), { force: true });
  });
  return placed;
}

/**
 * Stores the written data folder (linked, not copied) and the report under the key; `placed`
 * files (placeObservations) are taken by their stamps, unread. Each observations file written
 * afresh is kept under its own key too (`keys`), for a later build with other data to place.
 * Gives the data folder's files with their hashes and the stamps they were checked under, by path.
 */
export async function storeDataset(cache: OutputCache, key: string, dataDir: string, report: Report, keys: ReadonlyMap<string, string> = new Map(), placed: ReadonlyMap<string, KnownFile> = new Map()): Promise<Map<string, KnownFile>> {
  // The page views are not the dataset: the data files threads may be writing them already (src/cli/build.ts).
  const views = `${relative(dataDir, pageViewsDir(dataDir))}/`;
  const files = filesUnder(dataDir).filter((name) => !name.startsWith(views)).map((name) => ({ name, path: join(dataDir, name), ...(placed.has(name) ? { known: placed.get(name) } : {}) }));
  const entry = await cache.putWritten(key, files, { report }).catch(() => undefined);
  if (!entry) return new Map();
  // Stamped as the data folder's entry stamped them: only a file written in its last moments (racy) is read again.
  const checked = await cache.checkedFiles(key, entry);
  await storeObservations(cache, dataDir, keys, placed, checked);
  return checked;
}

/** Keeps each observations file of `keys` that was written afresh (not `placed`) under its key; `known` files are taken by their stamps. */
export async function storeObservations(cache: OutputCache, dataDir: string, keys: ReadonlyMap<string, string>, placed: ReadonlyMap<string, KnownFile>, known: ReadonlyMap<string, KnownFile> = new Map()): Promise<void> {
  const fresh = [...keys].filter(([name]) => !placed.has(name));
  await eachLimited(fresh, 16, async ([name, key]) => {
    await cache.putWritten(key, [{ name, path: join(dataDir, name), ...(known.has(name) ? { known: known.get(name) } : {}) }]).catch(() => undefined);
  });
}
