import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportCache } from '../../src/cache/ImportCache.ts';
import { emptyNormalised } from '../../src/normalise/Normalised.ts';
import { ingest, type IngestResult } from '../../src/ingest.ts';
import { writeDataset } from '../../src/write/writeDataset.ts';

const exampleData = fileURLToPath(new URL('../../data/', import.meta.url));
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'oppna-cache-'));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** Every file under dir, path → bytes. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length), await readFile(join(e.parentPath, e.name)));
  }
  return out;
}

async function written(result: IngestResult): Promise<Map<string, Buffer>> {
  expect(result.dataset, JSON.stringify(result.problems.findings.slice(0, 3))).toBeDefined();
  const out = join(await tempDir(), 'data');
  await writeDataset(result.dataset!, result.files, out);
  return snapshot(out);
}

async function smallData(): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, 'matt.csv'), 'Mått-id;Titel;Enhet;Decimaler;Riktning;Verksamhetsområde\r\nL1;Lokalt mått;antal;0;neutral;Miljö\r\nL2;Annat mått;antal;0;neutral;Miljö\r\n');
  await writeFile(join(dir, 'omraden.csv'), 'Kod;Namn;Typ\r\n0001;Alfa;kommun\r\n0002;Beta;kommun\r\n');
  await writeFile(join(dir, 'l1.csv'), 'Mått-id;Kommunkod;Period;Kön;Värde\r\nL1;0001;2023;T;4\r\nL1;0001;2024;T;5\r\n');
  // Names areas rather than coding them: resolved through the area list.
  await writeFile(join(dir, 'l2.csv'), 'Mått-id;Kommun;Period;Kön;Värde\r\nL2;Alfa;2023;T;7\r\nL2;Alfa;2024;T;8\r\n');
  return dir;
}

describe('import cache', () => {
  it('reads a changed file again and takes unchanged ones from the cache', async () => {
    const data = await smallData();
    const cacheDir = await tempDir();
    const cold = await ingest(data, { cacheDir });
    expect(cold.cache).toEqual({ reused: [], read: ['l1.csv', 'l2.csv', 'matt.csv', 'omraden.csv'] });
    const warm = await ingest(data, { cacheDir });
    expect(warm.cache).toEqual({ reused: ['l1.csv', 'l2.csv', 'matt.csv', 'omraden.csv'], read: [] });

    await writeFile(join(data, 'l1.csv'), 'Mått-id;Kommunkod;Period;Kön;Värde\r\nL1;0001;2023;T;4\r\nL1;0001;2024;T;6\r\n');
    const changed = await ingest(data, { cacheDir });
    expect(changed.cache).toEqual({ reused: ['l2.csv', 'matt.csv', 'omraden.csv'], read: ['l1.csv'] });
    const values = changed.dataset!.observations.get('L1')!.map((o) => o.value);
    expect(values).toEqual([4, 6]);
  });

  it('re-resolves area names when the area list changes', async () => {
    const data = await smallData();
    const cacheDir = await tempDir();
    await ingest(data, { cacheDir });
    // Alfa gets another code: l2.csv names Alfa, so its cached codes are stale; l1.csv uses codes.
    await writeFile(join(data, 'omraden.csv'), 'Kod;Namn;Typ\r\n0003;Alfa;kommun\r\n0001;Gamma;kommun\r\n0002;Beta;kommun\r\n');
    const after = await ingest(data, { cacheDir });
    expect(after.cache?.read).toContain('omraden.csv');
    expect(after.cache?.read).toContain('l2.csv');
    expect(after.dataset!.observations.get('L2')!.map((o) => o.area)).toEqual(['0003', '0003']);
    const uncached = await ingest(data);
    expect(await written(after)).toEqual(await written(uncached));
  });

  it('gives byte-identical build/data with and without the cache (example data: xlsx, CSV, Kolada JSON, a mapping)', async () => {
    const cacheDir = await tempDir();
    const without = await written(await ingest(exampleData, { requireConfig: true }));
    const cold = await ingest(exampleData, { requireConfig: true, cacheDir });
    const warm = await ingest(exampleData, { requireConfig: true, cacheDir });
    expect(warm.cache?.read).toEqual([]);
    expect(warm.cache?.reused).toEqual(cold.cache?.read);
    const a = await written(cold);
    const b = await written(warm);
    expect([...a.keys()].sort()).toEqual([...without.keys()].sort());
    for (const [path, bytes] of without) {
      expect(a.get(path)?.equals(bytes), `cold ${path}`).toBe(true);
      expect(b.get(path)?.equals(bytes), `warm ${path}`).toBe(true);
    }
    // The findings (warnings in the example data) come back from the cache as well.
    expect(warm.problems.findings).toEqual(cold.problems.findings);
  });

  it('ignores corrupt, truncated and foreign entries and reads the files again', async () => {
    const data = await tempDir();
    await cp(exampleData, data, { recursive: true });
    const cacheDir = await tempDir();
    const cold = await ingest(data, { requireConfig: true, cacheDir });
    const entries = (await readdir(cacheDir)).filter((f) => f.endsWith('.bin')).sort();
    expect(entries.length).toBe(cold.cache!.read.length);
    // Damage every entry in a different way: a flipped payload byte, truncation, junk, empty.
    for (const [i, name] of entries.entries()) {
      const path = join(cacheDir, name);
      const bytes = await readFile(path);
      if (i % 4 === 0) bytes[bytes.length - 3] ^= 0xff;
      const damaged = i % 4 === 0 ? bytes : i % 4 === 1 ? bytes.subarray(0, bytes.length >> 1) : i % 4 === 2 ? Buffer.from('{"not":"an entry"}') : Buffer.alloc(0);
      await writeFile(path, damaged);
    }
    const again = await ingest(data, { requireConfig: true, cacheDir });
    expect(again.cache?.reused).toEqual([]);
    expect(again.cache?.read).toEqual(cold.cache?.read);
    expect(await written(again)).toEqual(await written(cold));
    // …and the damaged entries were replaced by good ones.
    expect((await ingest(data, { requireConfig: true, cacheDir })).cache?.read).toEqual([]);
  });

  it('does not hand an entry out under another key', async () => {
    const cacheDir = await tempDir();
    const cache = new ImportCache(cacheDir);
    const entry = { file: { path: 'a.csv', sha256: 'x', bytes: 1 }, readFindings: [], tables: [] };
    await cache.put('k1', entry);
    expect(await cache.get('k1')).toEqual(entry);
    await cp(join(cacheDir, 'k1.bin'), join(cacheDir, 'k2.bin'));
    expect(await cache.get('k2')).toBeUndefined();
    expect(await cache.get('missing')).toBeUndefined();
  });
});

describe('ImportCache.put', () => {
  it('writes entries handed over at once in its thread, and leaves the caller\'s entries as they were', async () => {
    const dir = await tempDir();
    const cache = new ImportCache(dir);
    const observation = (i: number) => ({ indicator: 'L1', area: '0001', period: String(2000 + i), gender: 'T' as const, value: i, source: { file: 'a.csv', sheet: 'Blad1', cell: `D${i + 2}` } });
    const entries = [1, 2, 3].map((n) => ({
      file: { path: `f${n}.csv`, sha256: `s${n}`, bytes: n },
      readFindings: [],
      tables: [{ layout: 'long', areasDigest: 'd', rows: n * 100, part: { ...emptyNormalised(), observations: Array.from({ length: n * 100 }, (_, i) => observation(i)) } }],
    }));
    const copies = structuredClone(entries);
    await Promise.all(entries.map((entry, i) => cache.put(`k${i}`, entry)));
    expect((await readdir(dir)).sort()).toEqual(['k0.bin', 'k1.bin', 'k2.bin']);
    // The columns moved to the thread were copies: the build's observations are untouched.
    expect(entries).toEqual(copies);
    for (const [i, entry] of entries.entries()) expect(await cache.get(`k${i}`)).toEqual(entry);
  });
});

describe('the order of the files', () => {
  it('resolves area names the same whether the area list is read before or after the tables of values', async () => {
    // smallData's l1.csv and l2.csv sort before omraden.csv: normalised before the list is read, they are read again after it.
    const after = await smallData();
    const before = await smallData();
    await cp(join(before, 'omraden.csv'), join(before, '0-omraden.csv'));
    await rm(join(before, 'omraden.csv'));
    const late = await ingest(after);
    const early = await ingest(before);
    expect(late.problems.findings).toEqual(early.problems.findings.map((f) => (f.file === '0-omraden.csv' ? { ...f, file: 'omraden.csv' } : f)));
    const values = (r: IngestResult) => [...r.dataset!.observations.values()].flat().map((o) => [o.indicator, o.area, o.period, o.value]);
    expect(values(late)).toEqual(values(early));
    expect(values(late)).toContainEqual(['L2', '0001', '2024', 8]);
    // And with the import cache: a second run takes every table from it.
    const cacheDir = await tempDir();
    const cold = await ingest(after, { cacheDir });
    const warm = await ingest(after, { cacheDir });
    expect(warm.cache?.reused).toHaveLength(4);
    expect(await written(warm)).toEqual(await written(cold));
    expect(await written(cold)).toEqual(await written(late));
  });
});

describe('pruneCache', () => {
  it('removes entries unused for the maximum age and keeps recent ones', async () => {
    const { pruneCache } = await import('../../src/cache/ImportCache.ts');
    const { utimes } = await import('node:fs/promises');
    const cacheDir = await tempDir();
    const cache = new ImportCache(cacheDir);
    const entry = { file: { path: 'a.csv', sha256: 'x', bytes: 1 }, readFindings: [], tables: [] };
    await cache.put('old', entry);
    await cache.put('new', entry);
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    await utimes(join(cacheDir, 'old.bin'), longAgo, longAgo);
    expect(await pruneCache(cacheDir, 30)).toBe(1);
    expect(await cache.get('old')).toBeUndefined();
    expect(await cache.get('new')).toEqual(entry);
  });
});
