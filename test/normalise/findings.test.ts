import { describe, expect, it } from 'vitest';
import { AreaDirectory } from '../../src/normalise/AreaDirectory.ts';
import { normaliseTable } from '../../src/normalise/normaliseTable.ts';
import type { Mapping } from '../../src/model/types.gen.ts';
import type { Cell, RawTable } from '../../src/read/RawTable.ts';
import { catalogue } from '../../src/problems/catalogue.ts';
import { table } from './support.ts';

const H: Cell[] = ['Mått-id', 'Kommunkod', 'År', 'Kön', 'Värde'];
const OK: Cell[] = ['N15428', '0182', '2024', 'T', '74'];
const n = (v: number, z?: string): Cell => (z === undefined ? { t: 'n', v } : { t: 'n', v, z });

interface Case {
  code: keyof typeof catalogue;
  t: RawTable;
  cell: string;
  value?: string;
  columnLabel?: string;
  params?: Record<string, string | number>;
  mapping?: Mapping;
}

const cases: Case[] = [
  { code: 'blank-label', t: table([['Mått-id', 'Kommunkod', null, 'År', 'Värde'], ['N1', '0182', 'x', '2024', '1']]), cell: 'C1' },
  { code: 'duplicate-label', t: table([['Mått-id', 'Kommunkod', 'År', 'Värde', 'Värde'], ['N1', '0182', '2024', '1', '2']]), cell: 'E1', value: 'Värde', params: { other: 'D1' } },
  { code: 'unsafe-header', t: table([[...H, '__proto__'], [...OK, 'x']]), cell: 'F1', value: '__proto__' },
  { code: 'missing-label', t: table([['Mått-id', 'Kommunkod', 'Kön', 'Värde'], ['N1', '0182', 'T', '1']], {}), cell: 'A1', params: { field: 'period' }, mapping: { layout: 'long' } },
  { code: 'unknown-label', t: table([[...H, 'Färg'], [...OK, 'blå']]), cell: 'F1', value: 'Färg', columnLabel: 'Färg' },
  { code: 'type-error', t: table([H, ['N1', '0182', '2024', 'T', '12,5 st']]), cell: 'E2', value: '12,5 st', columnLabel: 'Värde', params: { field: 'value', hint: ' Ta bort texten ”st”.' } },
  { code: 'ambiguous-number', t: table([H, ['N1', '0182', '2024', 'T', '1.234,5']]), cell: 'E2', value: '1.234,5', params: { suggestion: '1 234,5' } },
  { code: 'missing-cell', t: table([H, ['N1', '', '2024', 'T', '1']]), cell: 'B2', columnLabel: 'Kommunkod', params: { field: 'area' } },
  { code: 'extra-cell', t: table([H, [...OK, null, 'oj']]), cell: 'G2', value: 'oj', params: { columns: 5 } },
  { code: 'blank-row', t: table([H, OK, [], OK]), cell: 'A3' },
  { code: 'formula-error-cell', t: table([H, ['N1', '0182', '2024', 'T', { t: 'e', w: '#DIV/0!' }]]), cell: 'E2', value: '#DIV/0!' },
  { code: 'merged-cell', t: table([H, OK, OK, OK], { merges: [{ s: { r: 1, c: 1 }, e: { r: 3, c: 1 } }] }), cell: 'B2', params: { range: 'B2:B4' } },
  { code: 'hidden-row', t: table([H, OK, OK, OK], { hiddenRows: [2] }), cell: 'A3', params: { row: 3 } },
  { code: 'hidden-column', t: table([H, OK], { hiddenColumns: [4] }), cell: 'E1', value: 'Värde', params: { column: 'E' } },
  { code: 'period-format', t: table([H, ['N1', '0182', '2024/26', 'T', '1']]), cell: 'C2', value: '2024/26', columnLabel: 'År' },
  { code: 'area-code', t: table([H, ['N1', n(182), '2024', 'T', '1']]), cell: 'B2', value: '182', params: { hint: ' Den inledande nollan har tappats: skriv 0182.' } },
  { code: 'unknown-area', t: table([H, ['N1', 'Gotham', '2024', 'T', '1']]), cell: 'B2', value: 'Gotham' },
  { code: 'gender-code', t: table([H, ['N1', '0182', '2024', 'X', '1']]), cell: 'D2', value: 'X' },
  { code: 'status-code', t: table([[...H, 'Status'], [...OK.slice(0, 4), '', '???']]), cell: 'F2', value: '???' },
  // At the empty year cell, the one to fill, quoting the target.
  { code: 'target-without-year', t: table([['Mått-id', 'Titel', 'Mål', 'Målår'], ['N1', 'T', '80', null]]), cell: 'D2', value: '80' },
  { code: 'date-format', t: table([['Mått-id', 'Titel', 'Senast uppdaterad'], ['N1', 'T', '3/4/2025']]), cell: 'C2', value: '3/4/2025' },
  { code: 'invalid-value', t: table([['Mått-id', 'Titel', 'Riktning'], ['N1', 'T', 'snett']]), cell: 'C2', value: 'snett', params: { field: 'direction' } },
  { code: 'trailing-space', t: table([H, ['N1 ', '0182', '2024', 'T', '1']]), cell: 'A2', value: 'N1 ' },
  { code: 'control-character', t: table([H, ['N1\u0007', '0182', '2024', 'T', '1']]), cell: 'A2' },
  { code: 'preliminary-value', t: table([H, ['N1', '0182', '2024', 'T', '74*']]), cell: 'E2', value: '74*' },
  { code: 'no-data', t: table([H]), cell: 'A1' },
];

describe('every finding names file, sheet and cell', () => {
  it.each(cases)('$code', ({ code, t, cell, value, columnLabel, params, mapping }) => {
    const out = normaliseTable(t, mapping ? { areas: new AreaDirectory(), mapping } : { areas: new AreaDirectory() });
    const found = out.findings.filter((f) => f.code === code);
    expect(found, JSON.stringify(out.findings)).toHaveLength(1);
    const f = found[0];
    expect(f.file).toBe('test.xlsx');
    expect(f.sheet).toBe('Blad1');
    expect(f.cell).toBe(cell);
    if (value !== undefined) expect(f.value).toBe(value);
    if (columnLabel !== undefined) expect(f.columnLabel).toBe(columnLabel);
    if (params !== undefined) expect(f.params).toMatchObject(params);
    // Every code is in the catalogue with Swedish and English texts.
    expect(catalogue[code].sv.message.length).toBeGreaterThan(0);
  });

  it('CSV findings have no sheet and an Excel-style cell', () => {
    const out = normaliseTable({ file: 'a.csv', rows: [H.map(String), ['N1', '0182', '2024', 'T', 'abc']], merges: [], hiddenRows: [], hiddenColumns: [], date1904: false }, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([{ code: 'type-error', file: 'a.csv', cell: 'E2', columnLabel: 'Värde', value: 'abc', params: { field: 'value', hint: '' } }]);
  });

  it('a row with an error yields no observation, the others are read', () => {
    const out = normaliseTable(table([H, OK, ['N1', '0182', 'igår', 'T', '1'], OK]), { areas: new AreaDirectory() });
    expect(out.observations.map((o) => o.source.cell)).toEqual(['E2', 'E4']);
  });

  it('hidden rows are not read', () => {
    const out = normaliseTable(table([H, OK, ['N9', '0182', '2024', 'T', '9'], OK], { hiddenRows: [2] }), { areas: new AreaDirectory() });
    expect(out.observations.map((o) => o.indicator)).toEqual(['N15428', 'N15428']);
  });

  it('never throws on odd input', () => {
    const odd: Cell[][] = [
      ['__proto__', 'constructor', 'prototype'],
      [{ t: 'n', v: Number.NaN }, { t: 'b', v: true }, { t: 'e', w: '#N/A' }],
      [],
    ];
    expect(() => normaliseTable(table(odd), { areas: new AreaDirectory() })).not.toThrow();
    expect(() => normaliseTable(table([]), { areas: new AreaDirectory() })).not.toThrow();
    expect(() => normaliseTable(table([['Mått-id', 'Kommunkod', 'År', 'Värde'], ...odd]), { areas: new AreaDirectory(), mapping: { layout: 'wide' } })).not.toThrow();
  });
});
