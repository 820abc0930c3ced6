// The search index from the build cache (src/opendata/search/searchIndexCache.ts): reused only
// while every page and record Pagefind reads is the same, placed byte for byte as Pagefind writes
// it, and built afresh when a stored file is damaged.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputCache } from '../../src/cache/OutputCache.ts';
import { buildSearchIndex } from '../../src/opendata/search/buildSearchIndex.ts';
import { cachedSearchIndex, searchIndexKey } from '../../src/opendata/search/searchIndexCache.ts';

const root = await mkdtemp(join(tmpdir(), 'oppna-search-cache-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const page = (lang: string, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

async function site(name: string, second = 'Andel elever som klarar målen i matematik.'): Promise<string> {
  const dist = join(root, name);
  await mkdir(join(dist, 'matt', 'N1'), { recursive: true });
  await mkdir(join(dist, 'en'), { recursive: true });
  await writeFile(join(dist, 'index.html'), page('sv', 'Start', 'Resultat för kommunen.'));
  await writeFile(join(dist, 'matt', 'N1', 'index.html'), page('sv', 'Skolresultat', second));
  await writeFile(join(dist, 'en', 'index.html'), page('en', 'Home', 'Results of the municipality.'));
  return dist;
}

async function files(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), (await readFile(join(e.parentPath, e.name))).toString('base64'));
  }
  return out;
}

const records = [{ url: '/leverantorer/a/', title: 'Leverantör A', content: 'Fakturor från leverantör A.' }];

describe('the search index from the build cache', () => {
  it('is placed when no page and no record changed, the same bytes as Pagefind writes, and built again otherwise', async () => {
    const cache = new OutputCache(join(root, 'cache'));
    const cold = await site('cold');
    await buildSearchIndex(cold, records);

    const first = await site('first');
    expect(await cachedSearchIndex(cache, first, records)).toBe(false);
    const again = await site('again');
    expect(await cachedSearchIndex(cache, again, records)).toBe(true);
    expect(await files(join(again, 'pagefind'))).toEqual(await files(join(cold, 'pagefind')));

    // A page's text changed: another key, a fresh index.
    const edited = await site('edited', 'Andel elever som klarar målen i svenska.');
    expect(await searchIndexKey(edited, records)).not.toBe(await searchIndexKey(again, records));
    expect(await cachedSearchIndex(cache, edited, records)).toBe(false);
    expect(await files(join(edited, 'pagefind'))).not.toEqual(await files(join(cold, 'pagefind')));

    // A record changed: another key too.
    const recordsEdited = [{ ...records[0], content: 'Fakturor från leverantör B.' }];
    expect(await searchIndexKey(again, recordsEdited)).not.toBe(await searchIndexKey(again, records));
  });

  it('never places a damaged file: the index is built again', async () => {
    const cache = new OutputCache(join(root, 'cache-damaged'));
    const first = await site('d-first');
    expect(await cachedSearchIndex(cache, first, records)).toBe(false);
    // Damage every stored blob (the published copies are hard links to them: break those first).
    const reference = join(root, 'd-reference');
    await cp(join(first, 'pagefind'), reference, { recursive: true });
    await rm(first, { recursive: true, force: true });
    for (const e of await readdir(join(root, 'cache-damaged', 'blobs'), { recursive: true, withFileTypes: true })) {
      if (e.isFile()) {
        const path = join(e.parentPath, e.name);
        const bytes = await readFile(path);
        bytes[0] ^= 0xff;
        await rm(path);
        await writeFile(path, bytes);
      }
    }
    const next = await site('d-next');
    expect(await cachedSearchIndex(cache, next, records)).toBe(false);
    expect(await files(join(next, 'pagefind'))).toEqual(await files(reference));
  });
});
