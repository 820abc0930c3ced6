import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageViewsDir, readPageData, readSiteData } from '../../src/site/loadSiteData.ts';
import { comparePeriods } from '../../src/model/comparePeriods.ts';
import { writeDataFiles } from '../../src/write/writeDataFiles.ts';
import { coverageOf } from '../../src/site/coverage.ts';
import type { Observation } from '../../src/model/types.gen.ts';
import { FIXTURE_DIR } from '../opendata/bulkSample.ts';

// The fixture plus figures for a municipality no page shows (as a Kolada extract has for all 290)
// and for a unit in a period before the latest.
const dir = mkdtempSync(join(tmpdir(), 'page-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(FIXTURE_DIR, dir, { recursive: true });
const id = readSiteData(dir).indicators[0].id;
const file = join(dir, 'observations', `${id}.json`);
const list = JSON.parse(readFileSync(file, 'utf8')) as Observation[];
const other: Observation = { indicator: id, area: '2584', period: '1999', gender: 'T', value: 7, source: { file: 'kolada.json' } };
const oldUnit: Observation = { indicator: id, unit: 'V15E999900101', period: '1998', gender: 'T', value: 3, source: { file: 'enheter.csv' } };
writeFileSync(file, JSON.stringify([...list, other, oldUnit]));

const all = readSiteData(dir);
const pages = readPageData(dir);
const { municipality, comparison } = all.site;
const shown = new Set([municipality, comparison.country, comparison.region, ...(comparison.similar?.members ?? [])].filter(Boolean));

/** The latest period with a unit figure for gender T: the one the unit table and chart show. */
const unitPeriod = (list: readonly Observation[]) =>
  list.filter((o) => o.unit !== undefined && o.gender === 'T').map((o) => o.period).sort(comparePeriods).at(-1);

describe('readPageData', () => {
  it('keeps exactly the observations a page can show: the municipality, its comparisons, the units in their latest period', () => {
    let dropped = 0;
    for (const indicator of all.indicators) {
      const full = all.observations.get(indicator.id) ?? [];
      const latest = unitPeriod(full);
      const kept = full.filter((o) => (o.unit !== undefined ? o.gender === 'T' && o.period === latest : shown.has(o.area ?? '')));
      dropped += full.length - kept.length;
      expect(pages.observations.get(indicator.id), indicator.id).toEqual(kept);
    }
    expect(dropped).toBeGreaterThanOrEqual(2);
    expect(pages.observations.get(id)).not.toContainEqual(other);
    expect(pages.observations.get(id)).not.toContainEqual(oldUnit);
  });

  it('records every indicator’s coverage from all of its observations', () => {
    expect(pages.coverage?.get(id)?.periods).toContain('1999');
    for (const indicator of all.indicators) {
      expect(pages.coverage?.get(indicator.id), indicator.id).toEqual(coverageOf(all.observations.get(indicator.id) ?? []));
    }
  });
});

describe('page views written by the data file threads', () => {
  const out = mkdtempSync(join(tmpdir(), 'page-files-'));
  const pagesDir = pageViewsDir(dir);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('are what readPageData derives itself, and are read instead of the observations', async () => {
    const result = await writeDataFiles({ dataDir: dir, outDir: out, pagesDir }, 1);
    expect(result.problems).toEqual([]);
    const fromViews = readPageData(dir);
    expect(fromViews.observations).toEqual(pages.observations);
    expect(fromViews.coverage).toEqual(pages.coverage);
    expect(fromViews.rankings).toEqual(pages.rankings);
    // The fixture covers a handful of municipalities: nothing to rank among, nothing said.
    expect(fromViews.rankings?.has(id)).toBe(true);
    expect(fromViews.rankings?.get(id)).toBeUndefined();
    // With the views in place the observations files are no longer read.
    writeFileSync(file, 'not json');
    expect(readPageData(dir).observations).toEqual(pages.observations);
    writeFileSync(file, JSON.stringify([...list, other, oldUnit]));
  });

  it('report an observations file that does not match its schema, for the gate', async () => {
    writeFileSync(file, JSON.stringify([{ ...other, gender: 'X' }]));
    try {
      const { problems } = await writeDataFiles({ dataDir: dir, outDir: out }, 1);
      expect(problems).toEqual([{ file: `observations/${id}.json`, rule: 'invalid-json', detail: 'record 0 does not match its schema' }]);
    } finally {
      writeFileSync(file, JSON.stringify([...list, other, oldUnit]));
    }
  });
});
