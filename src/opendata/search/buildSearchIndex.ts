import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../../i18n/languages.ts';
import { inLanguage } from '../../i18n/routes.ts';
import { makeSearchCopies, type CopyCache } from './searchCopies.ts';
import type { SearchRecord } from './SearchRecord.ts';
import { UNREAD_PAGES } from './unreadPages.ts';
import { writeIndexFiles } from './writeIndexFiles.ts';
import { outputKey, type KnownFile } from '../../cache/OutputCache.ts';
import { codeVersion } from '../../cache/codeVersion.ts';

/** Where the index is written, under the site (the search pages load it from there). */
const INDEX_FOLDER = 'pagefind';

/** This module's code and Pagefind's version (its import): what makes the index from the copies and records. */
const INDEX_CODE = codeVersion(new URL(import.meta.url));

/** What a build passes besides the site. */
export interface SearchOptions {
  /** Records added as they are (a supplier each …), for the pages in `recordFolders`, which Pagefind does not read. */
  records?: readonly SearchRecord[];
  recordFolders?: readonly string[];
  /** Where the search copies are made (removed afterwards when not given). */
  copiesDir?: string;
  /** The build cache, where the indicator pages' search copies are kept. */
  cached?: CopyCache;
}

/**
 * Post-build step: index the built site with Pagefind and write the index and its UI to
 * DIST/pagefind/, which the search pages /sok/ and /en/sok/ load. Pagefind reads each page's
 * <html lang> and keeps one index per language (Swedish stemming for the Swedish pages, English
 * for /en/), and each search page's UI searches the index of its own language. Pages mark what
 * to index with data-pagefind-body; the rest of the chrome is left out.
 * Pagefind reads the pages' search copies (makeSearchCopies: the same index from a fifth of the
 * bytes), not the site. `records` are added as they are: a section with tens of thousands of
 * similar pages (suppliers) gives a short record for each instead, and names the folders of those
 * pages in `recordFolders` ("/ekonomi/leverantorsreskontra/leverantorer/", in every language),
 * which are not copied; nor are the pages with nothing to index (UNREAD_PAGES).
 *
 * The index's files are written from memory (writeIndexFiles): with the build cache, those it
 * holds (the last published index is stored with the site) are linked from it, and their hashes
 * and stamps, by path from the site root, are given back for the gate, which need not read them.
 * The index is a function of the copies and the records (the same input gives the same bytes), so
 * it is kept in the cache under a key of them: a rebuild in which no copy changed — a value
 * corrected in a year the pages do not put in words, which Pagefind reads none of — places the
 * last index, and neither links the cached copies in nor runs Pagefind.
 *
 * Runs after `astro build`. Throws an Error that says what went wrong (a build step, not input
 * data: a failure here is a broken install or an empty dist, never a controller's problem).
 */
export async function buildSearchIndex(distDir: string, options: SearchOptions = {}): Promise<Map<string, KnownFile>> {
  const dist = resolve(distDir);
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`Sökindexet kan inte byggas: ${dist} innehåller ingen byggd webbplats (index.html saknas).`);
  }
  const { records = [], recordFolders = [] } = options;
  const copies = options.copiesDir ?? mkdtempSync(join(dirname(dist), '.search-copies-'));
  try {
    const unread = [...UNREAD_PAGES, ...recordFolders].flatMap((folder) => LANGS.map((lang) => inLanguage(folder, lang)));
    const copied = await makeSearchCopies(dist, copies, unread, options.cached);
    if (copied.count === 0) throw new Error('inga sidor att indexera');
    const cache = options.cached?.cache;
    const key = cache && copied.hashes && outputKey(['search-index', INDEX_CODE, copied.hashes, records]);
    const entry = cache && key ? await cache.get(key) : undefined;
    if (cache && key && entry) {
      const placed = await cache.placeEntry(key, entry, (name) => join(dist, INDEX_FOLDER, name));
      if (placed) return new Map([...placed].map(([path, known]) => [`${INDEX_FOLDER}/${path}`, known]));
      // A blob failed its check: the index is made afresh, none of what was placed kept.
      rmSync(join(dist, INDEX_FOLDER), { recursive: true, force: true });
    }
    await copied.placeCached();
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw new Error(`createIndex: ${errors.join('; ') || 'inget index'}`);
    const added = await index.addDirectory({ path: copies });
    if (added.errors.length > 0) throw new Error(`addDirectory: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('addDirectory: inga sidor indexerades');
    // Records sent in batches: each is a message to Pagefind's process, tens of thousands of them.
    for (let i = 0; i < records.length; i += 500) {
      const results = await Promise.all(records.slice(i, i + 500).map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: r.lang ?? 'sv', meta: { title: r.title } })));
      const failed = results.find((r) => r.errors.length > 0);
      if (failed) throw new Error(`addCustomRecord: ${failed.errors.join('; ')}`);
    }
    const made = await index.getFiles();
    if (made.errors.length > 0) throw new Error(`getFiles: ${made.errors.join('; ')}`);
    const placed = writeIndexFiles(made.files, join(dist, INDEX_FOLDER), cache);
    if (cache && key) await cache.put(key, made.files.map((f) => ({ name: f.path, bytes: f.content, written: join(dist, INDEX_FOLDER, f.path) }))).catch(() => undefined);
    return new Map([...placed].map(([path, known]) => [`${INDEX_FOLDER}/${path}`, known]));
  } catch (error) {
    throw new Error(`Sökindexet (Pagefind) kunde inte byggas för ${dist}: ${(error as Error).message}`, { cause: error });
  } finally {
    // The Pagefind service is a child process; close it so the build can exit.
    await pagefind.close();
    if (!options.copiesDir) rmSync(copies, { recursive: true, force: true });
  }
}
