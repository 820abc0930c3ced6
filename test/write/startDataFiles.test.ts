// The data files' workbooks, which no page reads, are written beside
// the render, into a folder of their own: what the pages are given lists none of them, and
// finish() joins them in — or fails, leaving nothing of them behind. Begun early (the write
// stage's idle core), a run writes what one over the finished data folder writes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { beginDataFiles, startDataFiles, writeDataFiles } from '../../src/write/writeDataFiles.ts';
import { filesUnder } from '../../src/write/filesUnder.ts';
import type { Indicator, Observation } from '../../src/model/types.gen.ts';
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

describe('beginDataFiles', () => {
  it('begins on indicators as they are written and writes what a run over the finished folder writes', async () => {
    // More indicators than a batch (20), so that the one early thread has work before start().
    const full = join(root, 'many');
    cpSync(FIXTURE_DIR, full, { recursive: true });
    const indicators = JSON.parse(readFileSync(join(full, 'indicators.json'), 'utf8')) as Indicator[];
    const copies = indicators.flatMap((indicator) => Array.from({ length: 6 }, (_, k) => ({ ...indicator, id: `${indicator.id}-${k}` })));
    for (const copy of copies) {
      const from = copy.id.slice(0, copy.id.lastIndexOf('-'));
      const list = JSON.parse(readFileSync(join(full, 'observations', `${from}.json`), 'utf8')) as Observation[];
      writeFileSync(join(full, 'observations', `${copy.id}.json`), JSON.stringify(list.map((o) => ({ ...o, indicator: copy.id }))));
    }
    writeFileSync(join(full, 'indicators.json'), JSON.stringify([...indicators, ...copies]));
    // The bulk zip's dates come from the manifest, written last: the early thread must read it as it is at start().
    const manifest = JSON.parse(readFileSync(join(full, 'manifest.json'), 'utf8')) as { dataUpdated: string };
    writeFileSync(join(full, 'manifest.json'), JSON.stringify({ ...manifest, dataUpdated: '2001-02-03' }));
    const ids = [...indicators, ...copies].map((i) => i.id);

    const staged = join(root, 'staged');
    mkdirSync(join(staged, 'observations'), { recursive: true });
    for (const name of ['indicators.json', 'areas.json', 'units.json', 'site.json']) cpSync(join(full, name), join(staged, name));
    const copy = (id: string) => cpSync(join(full, 'observations', `${id}.json`), join(staged, 'observations', `${id}.json`));
    const begun = beginDataFiles({ dataDir: staged, outDir: join(root, 'out-early'), pagesDir: join(staged, 'pages') }, 2, 1);
    for (const id of ids.slice(0, 21)) {
      copy(id);
      begun.ready([id]);
    }
    await vi.waitFor(() => expect(existsSync(join(staged, 'pages', `${ids[0]}.json`))).toBe(true), { timeout: 20_000 });
    for (const id of ids.slice(21)) copy(id);
    cpSync(join(full, 'manifest.json'), join(staged, 'manifest.json'));
    const early = await (await begun.start()).finish();

    const whole = await writeDataFiles({ dataDir: full, outDir: join(root, 'out-whole'), pagesDir: join(root, 'pages-whole') }, 2);
    expect(early.files).toEqual(whole.files);
    expect(early.made.workbook).toBe(ids.length);
    for (const { path } of whole.files) expect(readFileSync(join(root, 'out-early', path)).equals(readFileSync(join(root, 'out-whole', path))), path).toBe(true);
    for (const name of filesUnder(join(root, 'pages-whole'))) expect(readFileSync(join(staged, 'pages', name)).equals(readFileSync(join(root, 'pages-whole', name))), name).toBe(true);
  });

  it('stop() before start() ends the early thread', async () => {
    const begun = beginDataFiles({ dataDir: FIXTURE_DIR, outDir: join(root, 'out-never') }, 2, 1);
    begun.ready(ids);
    await begun.stop();
    expect(existsSync(join(root, 'out-never.outputs'))).toBe(false);
  });
});
