// The whole published output as one cached step: when nothing the build reads changed — no data
// file (the dataset key), none of the project's code, pages, schemas, public files or packages,
// and not SOURCE_DATE_EPOCH — the site and data folders the last such build published (and its
// gate passed) are placed from the build cache, every file checked against its hash (or, unchanged
// since it was checked, by its stamp: OutputCache.placeEntry), instead of being rendered and
// checked again. Any change at all builds in full, with the finer caches.
import { statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutputCache, outputKey, sha256, stampOf, type FileStamp, type KnownFile } from '../cache/OutputCache.ts';
import type { Report } from '../model/types.gen.ts';
import { filesUnder } from './filesUnder.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** What, besides the data folder, can change a published byte. */
const PROJECT_DIRS = ['src', 'schemas', 'public'];
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The key of a whole build: the dataset key, every project file by name and bytes, Node, and SOURCE_DATE_EPOCH. */
export async function siteKey(datasetKey: string, root = projectRoot): Promise<string> {
  const parts = ['site', datasetKey, `node ${process.versions.node}`, `epoch ${process.env.SOURCE_DATE_EPOCH ?? ''}`];
  for (const dir of PROJECT_DIRS) {
    for (const file of filesUnder(join(root, dir))) parts.push(`${dir}/${file} ${sha256(await readFile(join(root, dir, file)))}`);
  }
  for (const file of PROJECT_FILES) parts.push(`${file} ${sha256(await readFile(join(root, file)).catch(() => ''))}`);
  return outputKey(parts);
}

/** The folders a build publishes, by their name in the cache entry. */
export interface SiteDirs {
  data: string;
  dist: string;
}

/**
 * Places the cached build in `dirs` (staging folders of the caller's own) and gives its report;
 * undefined when not cached, or when a file failed its check — then the folders are removed,
 * so that nothing placed is left for the full build.
 */
export async function restoreSite(cache: OutputCache, key: string, dirs: SiteDirs): Promise<Report | undefined> {
  const entry = await cache.get(key);
  if (!entry || typeof entry.meta.report !== 'object') return undefined;
  const placed = await cache.placeEntry(key, entry, (name) => {
    const slash = name.indexOf('/');
    const root = dirs[name.slice(0, slash) as keyof SiteDirs];
    return root && join(root, name.slice(slash + 1));
  });
  if (placed) return entry.meta.report as Report;
  await Promise.all(Object.values(dirs).map((dir) => rm(dir, { recursive: true, force: true })));
  return undefined;
}

/**
 * Stores a build that passed the gate (its files linked, not copied) with its report. `known`:
 * files this build has just hashed, with their stamps from before they were hashed (the gate's,
 * the dataset entry's), by path in each folder, so that gigabytes are not read and hashed once more.
 */
export async function storeSite(cache: OutputCache, key: string, dirs: SiteDirs, report: Report, known: { [K in keyof SiteDirs]?: ReadonlyMap<string, KnownFile> } = {}): Promise<void> {
  const files = [];
  for (const [name, dir] of Object.entries(dirs) as [keyof SiteDirs, string][]) {
    for (const file of filesUnder(dir)) files.push({ name: `${name}/${file}`, path: join(dir, file), known: known[name]?.get(file) });
  }
  await cache.putWritten(key, files, { report }).catch(() => undefined);
}

/** The stamp of every file under `dir`, by path from there: taken before a stage hashes them, so that its hashes can be stored with a stamp (storeSite). */
export async function stampsUnder(dir: string): Promise<Map<string, FileStamp>> {
  const files = filesUnder(dir);
  // Blocking calls: tens of thousands of files, each asynchronous call a trip through libuv's pool.
  return new Map(files.map((f) => [f, stampOf(statSync(join(dir, f)))] as const));
}
