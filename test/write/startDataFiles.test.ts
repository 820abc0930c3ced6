// The data files' workbooks, which no page reads, are written beside
// the render, into a folder of their own: what the pages are given lists none of them, and
// finish() joins them in — or fails, leaving nothing of them behind.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { startDataFiles, writeDataFiles } from '../../src/write/writeDataFiles.ts';
import { filesUnder } from '../../src/write/filesUnder.ts';
import type { Observation } from '../../src/model/types.gen.ts';
import { FIXTURE_DIR } from '../opendata/bulkSample.ts';

const root = mkdtempSync(join(tmpdir(), 'data-files-beside-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ids = readSiteData(FIXTURE_DIR).indicators.map((i) => i.id);
const besidePages = (path: string) => path.endsWith('/data.xlsx');

describe('startDataFiles', () => {
  it.each([1, 2])('gives the pages every file but those beside them, and finish() all of them in outDir (%i threads)', async (threads) => {
    const outDir = join(root, `out-${threads}`);
    const run = await startDataFiles({ dataDir: FIXTURE_DIR, outDir }, threads);
    const forPages = run.forPages.map((f) => f.path);
    expect(forPages).toContain('oppna-data/alla-resultat.zip');
    expect(forPages).toContain('oppna-data/observationer.csv');
    expect(forPages).toContain(`matt/${ids[0]}/data.csv`);
    expect(forPages.filter(besidePages)).toEqual([]);
    const all = await run.finish();
    expect(all.files.map((f) => f.path).filter(besidePages).sort()).toEqual(ids.map((id) => `matt/${id}/data.xlsx`).sort());
    expect(all.files.map((f) => f.path).filter((p) => !besidePages(p))).toEqual(forPages);
    expect(filesUnder(outDir)).toEqual(all.files.map((f) => f.path));
    expect(existsSync(`${outDir}.beside`)).toBe(false);
    expect(all.made.workbook).toBe(ids.length);
    await run.stop(); // after finish: nothing left to end
  });

  it('writes the same bytes as a run waited for whole', async () => {
    const a = join(root, 'whole');
    const b = join(root, 'again');
    await writeDataFiles({ dataDir: FIXTURE_DIR, outDir: a }, 2);
    await writeDataFiles({ dataDir: FIXTURE_DIR, outDir: b }, 1);
    for (const path of filesUnder(a)) expect(readFileSync(join(b, path)).equals(readFileSync(join(a, path))), path).toBe(true);
  });

  it('rejects in finish() when a file beside the pages cannot be made, and leaves none of them', async () => {
    // A note longer than a workbook cell may hold (32 767 characters; the schema's limit is 2 000,
    // which the gate enforces): every other download is written, the workbook fails.
    const dataDir = join(root, 'long-note');
    cpSync(FIXTURE_DIR, dataDir, { recursive: true });
    const file = join(dataDir, 'observations', `${ids[0]}.json`);
    const list = JSON.parse(readFileSync(file, 'utf8')) as Observation[];
    writeFileSync(file, JSON.stringify([{ ...list[0], note: 'x'.repeat(40_000) }, ...list.slice(1)]));
    const outDir = join(root, 'out-failed');
    const run = await startDataFiles({ dataDir, outDir }, 2);
    expect(run.forPages.map((f) => f.path)).toContain(`matt/${ids[0]}/data.csv`);
    await expect(run.finish()).rejects.toThrow(/32767/);
    expect(existsSync(`${outDir}.beside`)).toBe(false);
    expect(filesUnder(outDir).filter(besidePages)).toEqual([]);
  });

  it('stop() ends the threads while they write beside the pages, and removes what they wrote', async () => {
    const outDir = join(root, 'out-stopped');
    const run = await startDataFiles({ dataDir: FIXTURE_DIR, outDir }, 2);
    await run.stop();
    expect(existsSync(`${outDir}.beside`)).toBe(false);
    expect(filesUnder(outDir).filter(besidePages)).toEqual([]);
  });
});
