import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeVersion } from '../../cache/codeVersion.ts';
import { OutputCache, outputKey, sha256, type OutputEntry } from '../../cache/OutputCache.ts';
import { cutForSearch } from './cutForSearch.ts';

/** What a build may give to spare work: its cache, and the pages' sha256 already known (the page cache's), by path from the site root. */
export interface CopyCache {
  cache: OutputCache;
  hashes?: ReadonlyMap<string, string>;
}

/** An indicator's folder, in any language ("en/matt/B00000/"): its pages' copies are kept in the cache together. */
const INDICATOR_FOLDER = /^(?:[a-z]{2}\/)?matt\/[^/]+\//;

const CUT_CODE = codeVersion(new URL('./cutForSearch.ts', import.meta.url));

/** The search copies as made in a folder: those the cache holds are only named until `placeCached` links them in. */
export interface SearchCopies {
  /** The number of pages copied. */
  count: number;
  /** With a cache, every copy's sha256 by path, in a stable order: what Pagefind's index is made from. */
  hashes?: [string, string][];
  /** Places the copies the cache holds (each folder whose entry fails its check is cut afresh). */
  placeCached(): Promise<void>;
}

/**
 * Writes to `dir` the site as Pagefind reads it: a search copy (cutForSearch) of every page in
 * `siteDir`, at the same path, but those under `unread` (folders from the site root, a `*` for
 * any folder). Pagefind reads that folder instead of the site and writes the same index, from a
 * fifth of the bytes: an indicator page is mostly charts and tables it leaves out, and there are
 * 8 000 of them at country scale. With a build cache each indicator's copies are kept under a key
 * of its pages' sha256 and the cutter's code, so a rebuild cuts only the pages that changed; the
 * others are named by their hashes and linked in by `placeCached`, which a caller that needs no
 * Pagefind run (its index cached under those hashes) leaves out.
 */
export async function makeSearchCopies(siteDir: string, dir: string, unread: readonly string[], cached?: CopyCache): Promise<SearchCopies> {
  const groups = pagesByGroup(siteDir, unread);
  const cache = cached?.cache;
  const hashes = new Map<string, string>();
  const toPlace: { pages: string[]; key: string; entry: OutputEntry }[] = [];
  const cut = async (pages: readonly string[], read: (name: string) => Buffer, key?: string) => {
    const files = pages.map((name) => {
      const bytes = Buffer.from(cutForSearch(read(name).toString('utf8')));
      const written = join(dir, name);
      mkdirSync(dirname(written), { recursive: true });
      // A copy placed before its entry failed its check is a link to a blob: replaced, not written through.
      rmSync(written, { force: true });
      writeFileSync(written, bytes);
      return { name, bytes, written };
    });
    // Hashed once: by the cache as it stores them, or here when they are not kept.
    const stored = cache && key ? await cache.put(key, files).catch(() => undefined) : undefined;
    if (cache) files.forEach((f, i) => hashes.set(f.name, stored?.files[i]?.sha256 ?? sha256(f.bytes)));
  };
  for (const [group, pages] of groups) {
    const read = new Map<string, Buffer>();
    const bytesOf = (name: string) => read.get(name) ?? read.set(name, readFileSync(join(siteDir, name))).get(name)!;
    // The pages outside an indicator's folder change with every build: cut every time, not kept.
    const key = group && cache ? outputKey(['search-copies', CUT_CODE, ...pages.map((name) => [name, cached?.hashes?.get(name) ?? sha256(bytesOf(name))])]) : undefined;
    const entry = cache && key ? await cache.get(key) : undefined;
    if (key && entry?.files.length === pages.length && entry.files.every((f, i) => f.name === pages[i])) {
      for (const f of entry.files) hashes.set(f.name, f.sha256);
      toPlace.push({ pages, key, entry });
    } else await cut(pages, bytesOf, key);
  }
  return {
    count: [...groups.values()].reduce((n, pages) => n + pages.length, 0),
    ...(cache ? { hashes: [...groups.values()].flat().map((name) => [name, hashes.get(name)!] as [string, string]) } : {}),
    placeCached: async () => {
      for (const { pages, key, entry } of toPlace) {
        if (!(await cache?.placeEntry(key, entry, (name) => join(dir, name)))) await cut(pages, (name) => readFileSync(join(siteDir, name)), key);
      }
    },
  };
}

/**
 * The pages Pagefind reads, by path from the site root, in a stable order: grouped by indicator
 * folder, and the others in one group named ''. Folders under `unread` are not entered.
 */
function pagesByGroup(siteDir: string, unread: readonly string[]): Map<string, string[]> {
  const skipped = unread.map((folder) => new RegExp(`^${folder.replace(/^\/|\/$/g, '').split('/').map((part) => (part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('/')}/$`));
  const groups = new Map<string, string[]>();
  const walk = (folder: string) => {
    const entries = readdirSync(join(siteDir, folder), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = `${folder}${entry.name}`;
      if (entry.isDirectory() && !skipped.some((s) => s.test(`${path}/`))) walk(`${path}/`);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        const group = INDICATOR_FOLDER.exec(path)?.[0] ?? '';
        if (!groups.has(group)) groups.set(group, []);
        groups.get(group)!.push(path);
      }
    }
  };
  walk('');
  return groups;
}
