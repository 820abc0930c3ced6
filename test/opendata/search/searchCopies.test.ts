// The site as Pagefind reads it: every page but those under the unread folders, cut; each
// indicator's copies kept in the build cache by its pages' hashes, so a rebuild cuts only what changed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputCache, sha256 } from '../../../src/cache/OutputCache.ts';
import { makeSearchCopies } from '../../../src/opendata/search/searchCopies.ts';
import { filesUnder } from '../../../src/write/filesUnder.ts';

const tmp = mkdtempSync(join(tmpdir(), 'oppna-copies-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (text: string) => `<!doctype html><html lang="sv"><body><main data-pagefind-body><h1>${text}</h1><svg><text>diagram</text></svg></main></body></html>`;
const cut = (text: string) => `<!doctype html><html lang="sv"><body><main data-pagefind-body><h1>${text}</h1></main></body></html>`;

const site = join(tmp, 'site');
const PAGES: Record<string, string> = {
  'index.html': 'Start',
  'matt/a/index.html': 'Mått a',
  'matt/a/enheter/varde/index.html': 'Enheter a',
  'matt/a/inbaddning/index.html': 'Inbäddning a',
  'matt/b/index.html': 'Mått b',
  'en/matt/a/index.html': 'Indicator a',
  'ekonomi/lev/1/index.html': 'Leverantör 1',
  'ekonomi/index.html': 'Ekonomi',
};
for (const [name, text] of Object.entries(PAGES)) {
  mkdirSync(dirname(join(site, name)), { recursive: true });
  writeFileSync(join(site, name), page(text));
}
writeFileSync(join(site, 'matt/a/data.csv'), 'a,b\n');
const UNREAD = ['/matt/*/inbaddning/', '/en/matt/*/inbaddning/', '/ekonomi/lev/', '/en/ekonomi/lev/'];

const copy = async (dir: string, cache?: OutputCache) => {
  const copies = await makeSearchCopies(site, join(tmp, dir), UNREAD, cache ? { cache } : undefined);
  await copies.placeCached();
  return copies;
};
const entries = (cache: string) => filesUnder(join(cache, 'entries')).length;

describe('makeSearchCopies', () => {
  it('copies every page but the unread folders\', cut, at the same paths', async () => {
    expect((await copy('plain')).count).toBe(6);
    expect(filesUnder(join(tmp, 'plain'))).toEqual(['ekonomi/index.html', 'en/matt/a/index.html', 'index.html', 'matt/a/enheter/varde/index.html', 'matt/a/index.html', 'matt/b/index.html']);
    for (const name of filesUnder(join(tmp, 'plain'))) expect(readFileSync(join(tmp, 'plain', name), 'utf8')).toBe(cut(PAGES[name]));
  });

  it('keeps each indicator folder\'s copies in the cache and links them in the next time', async () => {
    const cache = new OutputCache(join(tmp, 'cache'));
    await copy('first', cache);
    // Three indicator folders (matt/a/, matt/b/, en/matt/a/); the other pages are cut every time.
    expect(entries(join(tmp, 'cache'))).toBe(3);
    await copy('second', cache);
    const linked = (dir: string, name: string) => statSync(join(tmp, dir, name)).nlink > 1;
    expect(['matt/a/index.html', 'matt/a/enheter/varde/index.html', 'matt/b/index.html', 'en/matt/a/index.html'].every((n) => linked('second', n))).toBe(true);
    expect(linked('second', 'index.html')).toBe(false);
    for (const name of filesUnder(join(tmp, 'second'))) expect(readFileSync(join(tmp, 'second', name), 'utf8')).toBe(cut(PAGES[name]));
  });

  it("names every copy's sha256, those the cache holds without placing them", async () => {
    const cache = new OutputCache(join(tmp, 'cache'));
    const copies = await makeSearchCopies(site, join(tmp, 'named'), UNREAD, { cache });
    // Only the pages outside the indicator folders are cut; the rest wait for placeCached.
    expect(filesUnder(join(tmp, 'named'))).toEqual(['ekonomi/index.html', 'index.html']);
    expect(new Map(copies.hashes)).toEqual(new Map(filesUnder(join(tmp, 'plain')).map((name) => [name, sha256(readFileSync(join(tmp, 'plain', name)))])));
    await copies.placeCached();
    expect(filesUnder(join(tmp, 'named'))).toEqual(filesUnder(join(tmp, 'plain')));
    expect((await makeSearchCopies(site, join(tmp, 'unnamed'), UNREAD)).hashes).toBeUndefined();
  });

  it('cuts a changed page again, and only its folder\'s', async () => {
    const cache = new OutputCache(join(tmp, 'cache'));
    writeFileSync(join(site, 'matt/b/index.html'), page('Mått b, ändrat'));
    await copy('changed', cache);
    expect(readFileSync(join(tmp, 'changed', 'matt/b/index.html'), 'utf8')).toBe(cut('Mått b, ändrat'));
    expect(entries(join(tmp, 'cache'))).toBe(4);
    writeFileSync(join(site, 'matt/b/index.html'), page(PAGES['matt/b/index.html']));
  });

  it('never places a damaged copy: a blob changed in the cache is cut afresh', async () => {
    const cache = new OutputCache(join(tmp, 'cache'));
    const blobs = join(tmp, 'cache', 'blobs');
    for (const dir of readdirSync(blobs)) for (const blob of readdirSync(join(blobs, dir))) {
      const path = join(blobs, dir, blob);
      const bytes = readFileSync(path);
      rmSync(path);
      writeFileSync(path, Buffer.from(bytes.toString('utf8').replace('<h1>', '<h1>Fel ')));
    }
    await copy('damaged', cache);
    for (const name of filesUnder(join(tmp, 'damaged'))) expect(readFileSync(join(tmp, 'damaged', name), 'utf8')).toBe(cut(PAGES[name]));
  });
});
