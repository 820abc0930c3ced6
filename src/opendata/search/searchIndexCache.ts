import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { codeVersion } from '../../cache/codeVersion.ts';
import { type OutputCache } from '../../cache/OutputCache.ts';
import { buildSearchIndex, type SearchRecord } from './buildSearchIndex.ts';

/** Where Pagefind writes the index and its UI, under the built site. */
export const SEARCH_INDEX_DIR = 'pagefind';

async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The key of a site's search index: a hash of exactly what Pagefind reads — every HTML page of
 * the built site (path and bytes) and the custom records — and of the code that indexes them
 * (buildSearchIndex's closure and the pagefind package's version). Pages are hashed a few at a
 * time; the key does not depend on the order they are read in.
 */
export async function searchIndexKey(distDir: string, records: readonly SearchRecord[]): Promise<string> {
  const dist = resolve(distDir);
  const pages = (await filesUnder(dist, (name) => name.endsWith('.html'))).filter((f) => !relative(dist, f).startsWith(`${SEARCH_INDEX_DIR}/`));
  const hashes: string[] = new Array(pages.length);
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const i = next++;
      hashes[i] = createHash('sha256').update(await readFile(pages[i])).digest('hex');
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const hash = createHash('sha256').update(`search-index\0${codeVersion(new URL('./buildSearchIndex.ts', import.meta.url))}\0`);
  pages.forEach((page, i) => hash.update(relative(dist, page)).update('\0').update(hashes[i]).update('\0'));
  hash.update(JSON.stringify(records));
  return hash.digest('hex');
}

/**
 * buildSearchIndex with the build cache: when no page and no record changed since an index was
 * stored, that index is placed (every file checked against its hash as it lands); otherwise, or
 * when any file fails its check, the index is built afresh and stored. True when it came from the
 * cache. Pagefind writes the same bytes for the same pages (test/site/opendata-search.test.ts),
 * so either way the site is what a cold build publishes.
 */
export async function cachedSearchIndex(cache: OutputCache, distDir: string, records: readonly SearchRecord[] = []): Promise<boolean> {
  const dist = resolve(distDir);
  const out = join(dist, SEARCH_INDEX_DIR);
  const key = await searchIndexKey(dist, records);
  const entry = await cache.get(key);
  if (entry && entry.files.length > 0) {
    let placed = true;
    for (const file of entry.files) {
      if (!(await cache.place(file, join(out, file.name)))) {
        placed = false;
        break;
      }
    }
    if (placed) return true;
    await rm(out, { recursive: true, force: true });
  }
  await buildSearchIndex(dist, records);
  const written = await filesUnder(out, () => true);
  await cache.putWritten(key, written.map((path) => ({ name: relative(out, path), path })));
  return false;
}
