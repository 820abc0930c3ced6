// The bulk tables are produced in chunks so a whole country's observations fit (no single
// string holds them); the text must equal what the one-string writers give.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/downloads/toCsv.ts';
import { toRows } from '../../src/downloads/toRows.ts';
import { apiJson, jsonArrayChunks } from '../../src/opendata/api/apiJson.ts';
import { BULK_RESOURCES } from '../../src/opendata/bulk/bulkResources.ts';
import { sortedIndicators } from '../../src/opendata/bulk/bulkTables.ts';
import { sampleInput } from './bulkSample.ts';

describe('chunked bulk output', () => {
  it('gives the same JSON text as apiJson for arrays of any size, across chunk boundaries', () => {
    for (const n of [0, 1, 2, 10_001, 25_003]) {
      const items = Array.from({ length: n }, (_, i) => ({ z: i, a: { y: `t${i}`, b: [1, { c: null }] } }));
      const chunks = [...jsonArrayChunks(items)];
      if (n > 10_000) expect(chunks.length, `n=${n}`).toBeGreaterThan(1);
      expect(chunks.join(''), `n=${n}`).toBe(apiJson(items));
    }
  });

  it('writes observationer.csv as the per-indicator downloads one after another, under one header', () => {
    const input = sampleInput();
    const bulk = [...BULK_RESOURCES.find((r) => r.name === 'observationer')!.csvText(input)].join('');
    const downloads = sortedIndicators(input).map((i) => toCsv(toRows(i, input.observations.get(i.id) ?? [], input.areas, input.units)));
    const header = downloads[0].slice(0, downloads[0].indexOf('\r\n') + 2);
    expect(bulk).toBe(header + downloads.map((d) => d.slice(header.length)).join(''));
  });
});
