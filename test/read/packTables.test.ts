import { describe, expect, it } from 'vitest';
import { packBuffers, packTables, unpackTables } from '../../src/read/packTables.ts';
import type { RawTable } from '../../src/read/RawTable.ts';

const tables: RawTable[] = [
  {
    file: 'a.xlsx',
    sheet: 'Data',
    rows: [
      ['Mått-id', 'Kommunkod', 'Värde', null],
      ['N1', { t: 'n', v: 182, w: '0182', z: '0000' }, { t: 'n', v: 0.745, w: '74,5 %', z: '0.0%' }, { t: 'e', w: '#DIV/0!' }],
      [],
      [null, { t: 'b', v: true }, { t: 'b', v: false }, { t: 'n', v: -0 }, ''],
    ],
    merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }],
    hiddenRows: [2],
    hiddenColumns: [3],
    date1904: true,
  },
  { file: 'a.xlsx', sheet: 'Tom', rows: [], merges: [], hiddenRows: [], hiddenColumns: [], date1904: true },
  { file: 'a.xlsx', sheet: 'Blad3', rows: [['N1', 'N1', { t: 'n', v: 1e-7, w: '1E-07' }]], merges: [], hiddenRows: [], hiddenColumns: [], date1904: false },
];

describe('packTables', () => {
  it('gives back the very tables it packed', () => {
    const back = unpackTables(structuredClone(packTables(tables)));
    expect(back).toEqual(tables);
    expect(Object.is((back[0].rows[3][3] as { v: number }).v, -0)).toBe(true);
    expect(back[0].rows[1][1]).not.toHaveProperty('z', undefined);
    expect(Object.keys(back[2].rows[0][2] as object)).toEqual(['t', 'v', 'w']);
  });

  it('keeps each distinct text once and moves the cells as transferable buffers', () => {
    const packed = packTables(tables);
    expect(packed.texts.filter((t) => t === 'N1')).toHaveLength(1);
    expect(packBuffers(packed).every((b) => b instanceof ArrayBuffer)).toBe(true);
  });
});
