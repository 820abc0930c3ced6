import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputCache, sha256 } from '../../../src/cache/OutputCache.ts';
import { writeIndexFiles } from '../../../src/opendata/search/writeIndexFiles.ts';

const enc = new TextEncoder();
const files = [
  { path: 'pagefind-entry.json', content: enc.encode('{"version":"1"}') },
  { path: 'fragment/sv_a.pf_fragment', content: enc.encode('fragment a') },
  { path: 'fragment/sv_b.pf_fragment', content: enc.encode('fragment b') },
];

describe("the search index's files", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'oppna-index-files-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  const read = (dir: string) => files.map((f) => readFileSync(join(dir, f.path), 'utf8'));

  it('are written as Pagefind gives them, and linked from the cache where it holds the same bytes', async () => {
    expect(writeIndexFiles(files, join(tmp, 'plain')).size).toBe(0);
    expect(read(join(tmp, 'plain'))).toEqual(['{"version":"1"}', 'fragment a', 'fragment b']);

    const cache = new OutputCache(join(tmp, 'cache'));
    await cache.put('published', files.slice(0, 2).map((f) => ({ name: f.path, bytes: f.content })));
    const placed = writeIndexFiles(files, join(tmp, 'site'), cache);
    expect(read(join(tmp, 'site'))).toEqual(read(join(tmp, 'plain')));
    expect([...placed.keys()]).toEqual(['pagefind-entry.json', 'fragment/sv_a.pf_fragment']);
    for (const [path, known] of placed) {
      expect(known.sha256).toBe(sha256(readFileSync(join(tmp, 'site', path))));
      expect(statSync(join(tmp, 'site', path)).ino).toBe(statSync(cache.blobPath(known.sha256)).ino);
    }
    expect(statSync(join(tmp, 'site', 'fragment/sv_b.pf_fragment')).nlink).toBe(1);
  });

  it('never links a blob whose bytes are not the file’s', async () => {
    const cache = new OutputCache(join(tmp, 'cache'));
    await cache.put('published', files.map((f) => ({ name: f.path, bytes: f.content })));
    writeFileSync(cache.blobPath(sha256(files[1].content)), 'damaged!!!');
    const placed = writeIndexFiles(files, join(tmp, 'site'), cache);
    expect(placed.has('fragment/sv_a.pf_fragment')).toBe(false);
    expect(read(join(tmp, 'site'))).toEqual(['{"version":"1"}', 'fragment a', 'fragment b']);
  });
});
