// Reproducible builds: the same commit and data give the same bytes. The global setup's build of
// data/ is compared with one more real build (`npm run build -- --data data --out <tmp>`) into a
// different folder, file by file, data/ and dist/ alike. Differing files are listed by name.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/runBuild.ts';
import { siteUnderTest } from '../support/siteUnderTest.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every file under dir (relative path → sha256), sorted by path. */
function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** What differs between two digests: files only in one, and files with other bytes. */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [path, hash] of a) {
    if (!b.has(path)) out.push(`only in the first build: ${path}`);
    else if (b.get(path) !== hash) out.push(`differs: ${path}`);
  }
  for (const path of b.keys()) if (!a.has(path)) out.push(`only in the second build: ${path}`);
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'oppna-repro-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('reproducible build', () => {
  it('the comparison sees a difference (self-test)', () => {
    expect(differences(new Map([['a', '1'], ['b', '2']]), new Map([['a', '1'], ['b', '3'], ['c', '4']]))).toEqual(['differs: b', 'only in the second build: c']);
  });

  it('two builds of the same data into different folders are byte-identical', async () => {
    // A build reused from an earlier run (OPPNA_TEST_REUSE_BUILD, never in CI) may be of older
    // code: then build both here.
    const reused = !process.env.CI && Boolean(process.env.OPPNA_TEST_REUSE_BUILD);
    let first = siteUnderTest('example').out;
    if (reused) {
      first = join(tmp, 'first');
      const result = await runBuild(ROOT, 'data', first);
      expect(result.ok, result.output.slice(-4000)).toBe(true);
    }
    const second = join(tmp, 'second');
    const result = await runBuild(ROOT, 'data', second);
    expect(result.ok, result.output.slice(-4000)).toBe(true);
    for (const part of ['dist', 'data']) {
      const a = digest(join(first, part));
      const b = digest(join(second, part));
      expect(a.size, part).toBeGreaterThan(10);
      expect(differences(a, b), `${part}: files that differ between ${first} and ${second}`).toEqual([]);
    }
  }, 600_000);
});
