// The import and write stages as one cached step: when no file of the data folder and none
// of the code that reads, checks and writes it changed, the written data folder and the
// report are taken from the build cache instead of importing and validating every file
// again. Any change — one value in one file — runs both stages in full (their own caches,
// the import cache, still spare reading the unchanged files), so the cross-file checks are
// always complete: they are skipped only when their every input is the same.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../cache/codeVersion.ts';
import { OutputCache, outputKey, sha256 } from '../cache/OutputCache.ts';
import type { Report } from '../model/types.gen.ts';

const srcRoot = fileURLToPath(new URL('../', import.meta.url));

/** Every file under `dir`, by its path from there with forward slashes, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
}

/**
 * Every file in the data folder (names and bytes: sections read their own folders, so
 * nothing is left out), the report's language, SOURCE_DATE_EPOCH (the dialogue's "as of" date), and the code of the import (read, normalise,
 * validate, the sections, the report) and of the write.
 */
export async function datasetKey(dataDir: string, lang: string): Promise<string> {
  const parts: string[] = ['dataset', lang, `epoch ${process.env.SOURCE_DATE_EPOCH ?? ''}`, codeVersion(join(srcRoot, 'cli/check.ts')), codeVersion(join(srcRoot, 'write/writeDataset.ts')), codeVersion(join(srcRoot, 'sections/runSections.ts'))];
  for (const file of await filesUnder(dataDir)) parts.push(`${file} ${sha256(await readFile(join(dataDir, file)))}`);
  return outputKey(parts);
}

/** The cached report of this key, with the written data placed in `dataDir`; undefined when not cached or a file failed its check. */
export async function restoreDataset(cache: OutputCache, key: string, dataDir: string): Promise<Report | undefined> {
  const entry = await cache.get(key);
  if (!entry || typeof entry.meta.report !== 'object') return undefined;
  return (await cache.placeEntry(key, entry, (name) => join(dataDir, name))) ? (entry.meta.report as Report) : undefined;
}

/** Stores the written data folder (linked, not copied) and the report under the key. */
export async function storeDataset(cache: OutputCache, key: string, dataDir: string, report: Report): Promise<void> {
  const files = (await filesUnder(dataDir)).map((name) => ({ name, path: join(dataDir, name) }));
  await cache.putWritten(key, files, { report }).catch(() => undefined);
}
