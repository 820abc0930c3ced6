import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/write/filesUnder.ts';

const dir = mkdtempSync(join(tmpdir(), 'oppna-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists every file below a folder by its path from there, with forward slashes, sorted, and no folders', () => {
    mkdirSync(join(dir, 'b/c'), { recursive: true });
    mkdirSync(join(dir, 'empty'));
    for (const f of ['b/c/d.txt', 'a.txt', 'b/z.txt', 'B.txt']) writeFileSync(join(dir, f), f);
    expect(filesUnder(dir)).toEqual(['B.txt', 'a.txt', 'b/c/d.txt', 'b/z.txt']);
  });

  it('gives nothing for a folder that does not exist, and fails on a path that is a file', () => {
    expect(filesUnder(join(dir, 'missing'))).toEqual([]);
    expect(() => filesUnder(join(dir, 'a.txt'))).toThrow();
  });
});
