import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPageData, readSiteData } from '../../src/site/loadSiteData.ts';
import { coverageOf } from '../../src/site/coverage.ts';
import type { Observation } from '../../src/model/types.gen.ts';
import { FIXTURE_DIR } from '../opendata/bulkSample.ts';

// The fixture plus figures for a municipality no page shows (as a Kolada extract has for all 290).
const dir = mkdtempSync(join(tmpdir(), 'page-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(FIXTURE_DIR, dir, { recursive: true });
const id = readSiteData(dir).indicators[0].id;
const file = join(dir, 'observations', `${id}.json`);
const list = JSON.parse(readFileSync(file, 'utf8')) as Observation[];
const other: Observation = { indicator: id, area: '2584', period: '1999', gender: 'T', value: 7, source: { file: 'kolada.json' } };
writeFileSync(file, JSON.stringify([...list, other]));

const all = readSiteData(dir);
const pages = readPageData(dir);
const { municipality, comparison } = all.site;
const shown = new Set([municipality, comparison.country, comparison.region, ...(comparison.similar?.members ?? [])].filter(Boolean));

describe('readPageData', () => {
  it('keeps exactly the observations a page can show: the municipality, its comparisons and the units', () => {
    let dropped = 0;
    for (const indicator of all.indicators) {
      const full = all.observations.get(indicator.id) ?? [];
      const kept = full.filter((o) => o.unit !== undefined || shown.has(o.area ?? ''));
      dropped += full.length - kept.length;
      expect(pages.observations.get(indicator.id), indicator.id).toEqual(kept);
    }
    expect(dropped).toBe(1);
  });

  it('records every indicator’s coverage from all of its observations', () => {
    expect(pages.coverage?.get(id)?.periods).toContain('1999');
    for (const indicator of all.indicators) {
      expect(pages.coverage?.get(indicator.id), indicator.id).toEqual(coverageOf(all.observations.get(indicator.id) ?? []));
    }
  });
});
