// The dataset's cache entry is the data folder as the write stage left it, without the page
// views the data files threads may already be writing into it (src/cli/build.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputCache } from '../../src/cache/OutputCache.ts';
import { restoreDataset, storeDataset } from '../../src/write/datasetCache.ts';
import { filesUnder } from '../../src/write/filesUnder.ts';
import type { Report } from '../../src/model/types.gen.ts';

const root = mkdtempSync(join(tmpdir(), 'dataset-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('storeDataset', () => {
  it('stores the data folder but its page views, and restores exactly that', async () => {
    const data = join(root, 'data');
    mkdirSync(join(data, 'observations'), { recursive: true });
    mkdirSync(join(data, 'pages'), { recursive: true });
    writeFileSync(join(data, 'indicators.json'), '[]\n');
    writeFileSync(join(data, 'observations', 'N1.json'), '[]\n');
    writeFileSync(join(data, 'pages', 'N1.json'), '{"view":1}\n');
    const cache = new OutputCache(join(root, 'cache'));
    const report = { schemaVersion: '1' } as unknown as Report;
    const known = await storeDataset(cache, 'k'.repeat(64), data, report);
    expect([...known.keys()].sort()).toEqual(['indicators.json', 'observations/N1.json']);
    const again = join(root, 'again');
    expect(await restoreDataset(cache, 'k'.repeat(64), again)).toEqual(report);
    expect(filesUnder(again).sort()).toEqual(['indicators.json', 'observations/N1.json']);
    expect(readFileSync(join(again, 'observations', 'N1.json'), 'utf8')).toBe('[]\n');
  });
});
