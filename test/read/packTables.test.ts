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

describe('unpackTables', () => {
  it('shares one object among equal number cells, and keeps cells that differ in text, format or sign apart', () => {
    const rows = [
      [{ t: 'n', v: 2024, w: '2024' }, { t: 'n', v: 0 }],
      [{ t: 'n', v: 2024, w: '2024' }, { t: 'n', v: -0 }],
      [{ t: 'n', v: 2024, w: '2 024' }, { t: 'n', v: 0, z: '0%' }],
    ] as RawTable['rows'];
    const [back] = unpackTables(packTables([{ file: 'a.xlsx', sheet: 'S', rows, merges: [], hiddenRows: [], hiddenColumns: [], date1904: false }]));
    expect(back.rows).toEqual(rows);
    expect(back.rows[1][0]).toBe(back.rows[0][0]);
    expect(back.rows[2][0]).not.toBe(back.rows[0][0]);
    expect(Object.is((back.rows[1][1] as { v: number }).v, -0)).toBe(true);
    expect(back.rows[2][1]).toEqual({ t: 'n', v: 0, z: '0%' });
  });
});
