// The bulk tables are built in chunks so a whole country's observations fit (no single
// string holds them); the bytes must equal what the one-string writers give.
import { describe, expect, it } from 'vitest';
import { toCsv, toCsvBytes } from '../../src/downloads/toCsv.ts';
import type { DownloadRow } from '../../src/downloads/columns.ts';
import { apiJson, apiJsonBytes } from '../../src/opendata/api/apiJson.ts';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('chunked bulk output', () => {
  it('gives the same JSON bytes as apiJson for arrays of any size, and for other values', () => {
    for (const n of [0, 1, 2, 10_001, 25_003]) {
      const items = Array.from({ length: n }, (_, i) => ({ z: i, a: { y: `t${i}`, b: [1, { c: null }] } }));
      expect(decode(apiJsonBytes(items)), `n=${n}`).toBe(apiJson(items));
    }
    expect(decode(apiJsonBytes({ b: 1, a: [] }))).toBe(apiJson({ b: 1, a: [] }));
  });

  it('gives the same CSV bytes as toCsv across chunk boundaries', () => {
    const one: DownloadRow = {
      indicatorId: 'L1', indicatorTitle: '=SUM(1), "citat"', areaCode: '0182', unitId: '', name: 'Nacka', period: '2024', gender: 'T',
      value: -5, statusSymbol: '', status: '', n: null, preliminary: '', note: 'rad\nbrytning', sourceFile: 'a.csv', sourceSheet: '', sourceCell: 'E2',
    };
    const rows = Array.from({ length: 120_001 }, (_, i): DownloadRow => ({ ...one, value: i % 7 === 0 ? null : i % 5 === 0 ? -i / 10 : i, statusSymbol: i % 7 === 0 ? '..' : '' }));
    expect(decode(toCsvBytes(rows))).toBe(toCsv(rows));
  });
});
