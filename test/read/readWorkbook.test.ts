// Workbooks from frictionless' and SheetJS' test suites, read in place.
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it, vi } from 'vitest';
import type { NumberCell, RawTable } from '../../src/read/RawTable.ts';
import { readCsvBytes } from '../../src/read/readCsv.ts';
import { readFile } from '../../src/read/readFile.ts';
import { readWorkbookBytes } from '../../src/read/readWorkbook.ts';
import { describeShared, shared } from '../support/sharedData.ts';
import { tableBySheet, textGrid } from './workbookText.ts';

async function tables(dir: 'frictionless' | 'sheetjs', name: string, sheet?: string) {
  const r = await readFile(shared('edge-cases', dir, name), `${dir}/${name}`, { sheet });
  if (r.kind !== 'tables') throw new Error(`${name}: ${r.kind} ${JSON.stringify(r.findings)}`);
  return r;
}
/** Excel 2016's own CSV export of a sheet: the ground truth for cached values. */
function excelCsv(name: string): string[][] {
  return textGrid(readCsvBytes(readFileSync(shared('edge-cases', 'sheetjs', name)), name, { delimiter: ',' }).table!.rows);
}
const num = (t: RawTable, r: number, c: number) => t.rows[r][c] as NumberCell;

describe('SheetJS version', () => {
  it('is 0.20.3 (0.18.5 from npm "xlsx" has CVE-2023-30533 and CVE-2024-22363)', () => {
    expect(XLSX.version).toBe('0.20.3');
  });
});

describeShared('frictionless workbooks', () => {
  it.each(['merged-cells.xlsx', 'merged-cells.xls'])('%s reports its merge', async (name) => {
    const { tables: [t] } = await tables('frictionless', name);
    expect(t.merges.length).toBeGreaterThan(0);
    expect(t.merges[0].s).toEqual({ r: 0, c: 0 });
  });

  it('multiline-headers.xlsx: header cells and their merges', async () => {
    const { tables: [t] } = await tables('frictionless', 'multiline-headers.xlsx');
    expect(t.rows[0]).toEqual(['Region', 'Caloric contribution', 'Cumulative impact of changes on cost of food basket']);
    expect(t.rows[3]).toEqual([null, null, 'from previous quarter', 'from baseline (%)']);
    expect(t.merges).toContainEqual({ s: { r: 0, c: 0 }, e: { r: 4, c: 0 } });
    expect(t.merges).toContainEqual({ s: { r: 0, c: 2 }, e: { r: 2, c: 3 } });
    expect(t.rows[5]).toEqual(['A', 'B', 'C', 'D']);
  });

  it('sheets.xlsx: every sheet, in order', async () => {
    const r = await tables('frictionless', 'sheets.xlsx');
    expect(r.tables.map((t) => t.sheet)).toEqual(['Sheet1', 'Sheet2', 'Sheet3']);
    expect(r.tables.every((t) => t.file === 'frictionless/sheets.xlsx')).toBe(true);
    expect(r.findings).toEqual([]);
  });

  it.each(['table-with-ints-floats-dates.xls', 'table-with-ints-floats-dates.ods'])('%s: dates are serial numbers with a date format', async (name) => {
    const { tables: [t] } = await tables('frictionless', name);
    const dates = t.rows.slice(1).map((row) => row[2] as NumberCell);
    expect(dates.map((d) => d.v)).toEqual([40041, 40076, 41144]); // 2009-08-16, 2009-09-20, 2012-08-23
    for (const d of dates) {
      expect(d.t).toBe('n');
      expect(XLSX.SSF.is_date(d.z!)).toBe(true);
    }
    expect(XLSX.SSF.parse_date_code(dates[0].v)).toMatchObject({ y: 2009, m: 8, d: 16 });
    expect(num(t, 1, 0).v).toBe(2013);
    expect(num(t, 1, 1).v).toBe(3.3);
  });

  it('number-format-multicode.xlsx keeps value, shown text and the multi-section format', async () => {
    const { tables: [t] } = await tables('frictionless', 'number-format-multicode.xlsx');
    expect(num(t, 2, 0)).toEqual({ t: 'n', v: -9.03233986479077, w: '(9.032)', z: '0.0_);[RED]\\(0.000\\)' });
  });

  it('preserve-formatting-percentage.xlsx: percent cells carry a % format', async () => {
    const { tables: [t] } = await tables('frictionless', 'preserve-formatting-percentage.xlsx');
    const pct = t.rows.slice(1).map((row) => row[1] as NumberCell);
    expect(pct.map((c) => c.v)).toEqual([0.52, 0.3, 0.06]);
    for (const c of pct) expect(c.z).toContain('%');
    expect(num(t, 1, 0).z ?? 'General').not.toContain('%');
  });
});

describeShared('SheetJS workbooks against Excel 2016 exports', () => {
  it.each(['formulae_test_simple.xlsx', 'formulae_test_simple.xls'])('%s: cached formula values equal Excel\'s', async (name) => {
    const { tables: [t] } = await tables('sheetjs', name);
    expect(textGrid(t.rows)).toEqual(excelCsv('2016_formulae_test_simple.xlsx.0.csv'));
    expect(t.rows[5][0]).toEqual({ t: 'e', w: '#VALUE!' });
    expect(num(t, 5, 1).v).toBe(55);
  });

  it('sheet_visibility.xlsx: hidden sheets are skipped with warnings', async () => {
    const r = await tables('sheetjs', 'sheet_visibility.xlsx');
    expect(r.tables.map((t) => t.sheet)).toEqual(['Visible']);
    expect(textGrid(r.tables[0].rows)).toEqual(excelCsv('2016_sheet_visibility.xlsx.0.csv'));
    expect(r.findings).toEqual([
      { code: 'hidden-sheet', file: 'sheetjs/sheet_visibility.xlsx', sheet: 'Hidden' },
      { code: 'hidden-sheet', file: 'sheetjs/sheet_visibility.xlsx', sheet: 'VeryHidden' },
    ]);
  });

  it.each([
    ['Hidden', '2016_sheet_visibility.xlsx.1.csv'],
    ['VeryHidden', '2016_sheet_visibility.xlsx.2.csv'],
  ])('sheet_visibility.xlsx: the hidden sheet %s is read when named, and only it', async (sheet, csv) => {
    const r = await tables('sheetjs', 'sheet_visibility.xlsx', sheet);
    expect(r.tables.map((t) => t.sheet)).toEqual([sheet]);
    expect(textGrid(r.tables[0].rows)).toEqual(excelCsv(csv));
    expect(r.findings).toEqual([]);
  });

  it('naming a sheet that does not exist → sheet-not-found listing the sheets', async () => {
    const r = await readFile(shared('edge-cases', 'sheetjs', 'sheet_visibility.xlsx'), 'v.xlsx', { sheet: 'Nope' });
    expect(r.kind).toBe('failed');
    expect(r.findings).toEqual([{ code: 'sheet-not-found', file: 'v.xlsx', sheet: 'Nope', params: { sheets: '”Visible”, ”Hidden”, ”VeryHidden”' } }]);
  });

  const MERGES = [
    { s: { r: 0, c: 0 }, e: { r: 1, c: 1 } },
    { s: { r: 0, c: 2 }, e: { r: 1, c: 2 } },
    { s: { r: 2, c: 0 }, e: { r: 2, c: 1 } },
    { s: { r: 0, c: 3 }, e: { r: 1, c: 3 } },
    { s: { r: 3, c: 0 }, e: { r: 3, c: 1 } },
  ];
  const sortRanges = (m: RawTable['merges']) => [...m].sort((a, b) => a.s.r - b.s.r || a.s.c - b.s.c);

  it.each(['merge_cells.xlsx', 'merge_cells.xls', 'merge_cells.xlsb', 'merge_cells.ods'])('%s reports its five merges', async (name) => {
    const { tables: [t] } = await tables('sheetjs', name);
    expect(sortRanges(t.merges)).toEqual(sortRanges(MERGES));
    expect(t.rows[0][0]).toBe('A1:B2');
  });

  it('biff5_merge_cells.xls: same cells; BIFF5 has no MERGECELLS record, so no merges to report', async () => {
    // Excel 5/95 files cannot store merged ranges (the record arrived with BIFF8); SheetJS finds none.
    const { tables: [t] } = await tables('sheetjs', 'biff5_merge_cells.xls');
    const { tables: [modern] } = await tables('sheetjs', 'merge_cells.xls');
    expect(textGrid(t.rows).slice(0, 3)).toEqual(textGrid(modern.rows).slice(0, 3));
    expect(t.merges).toEqual([]);
  });

  it('mixed_sheets.xlsx: three sheets equal Excel\'s exports', async () => {
    const r = await tables('sheetjs', 'mixed_sheets.xlsx');
    expect(r.tables.map((t) => t.sheet)).toEqual(['survey', 'choices', 'settings']);
    expect(textGrid(r.tables[0].rows)).toEqual(excelCsv('2016_mixed_sheets.xlsx.0.csv'));
    expect(textGrid(r.tables[1].rows)).toEqual(excelCsv('2016_mixed_sheets.xlsx.1.csv'));
    // Excel's CSV export writes the cell's line break as a bare CR; the cell itself holds a LF.
    const settings = excelCsv('2016_mixed_sheets.xlsx.2.csv').map((row) => row.map((c) => c.replace(/\r/g, '\n')));
    expect(textGrid(r.tables[2].rows).map((row) => row.map((c) => c.replace(/\r\n?/g, '\n')))).toEqual(settings);
  });

  it('text_and_numbers.xlsx: Hebrew text and formatted numbers; empty sheets give empty tables', async () => {
    const r = await tables('sheetjs', 'text_and_numbers.xlsx');
    const t = tableBySheet(r.tables, 'Sheet1');
    expect(t.rows[1]).toEqual(['Hebrew', 'שלום', 'עולם']);
    expect(t.rows[2]).toEqual([]);
    expect(num(t, 3, 2)).toMatchObject({ v: 1337, w: ' $1,337.00 ' });
    const expected = excelCsv('2016_text_and_numbers.xlsx.0.csv');
    expect(textGrid(t.rows).map((row) => row.length)).toEqual(expected.map((row) => row.length));
    expect(textGrid(t.rows)[3]).toEqual(expected[3]);
    expect(tableBySheet(r.tables, 'Sheet2').rows).toEqual([]);
  });

  it('LO7322.fods (flat OpenDocument XML) reads like its CSV', async () => {
    const { tables: [t] } = await tables('sheetjs', 'LO7322.fods');
    const csv = readCsvBytes(readFileSync(shared('edge-cases', 'sheetjs', 'LO7322.csv')), 'LO7322.csv').table!;
    // SheetJS renders a format's padding ("_)") as a space where LibreOffice's export has none.
    const trimmed = (g: string[][]) => g.map((row) => row.map((c) => c.trim()));
    expect(trimmed(textGrid(t.rows))).toEqual(trimmed(textGrid(csv.rows)));
    expect(num(t, 0, 8)).toMatchObject({ v: 12345.6789, w: '10/18/33' });
  });

  it('SheetJS\'s parser notes do not reach the console (only the CLI prints)', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await tables('sheetjs', 'LO7322.fods'); // SheetJS: "Excel does not support ODS format token quarter"
      expect(spy).not.toHaveBeenCalled();
      expect(console.error).toBe(spy); // and the console is given back
    } finally {
      spy.mockRestore();
    }
  });

  it('DataTypesFormats.xlsx: date, date-time, currency, percent, fixed, thousands', async () => {
    const { tables: [t] } = await tables('sheetjs', 'DataTypesFormats.xlsx');
    expect(t.rows.map((row) => row[0])).toEqual(['Date', 'Date Time', 'Currency', 'Percentage', 'Fixed Decimal', 'Thousands Separator']);
    expect(num(t, 0, 1)).toMatchObject({ v: 44035, w: '7/23/2020' });
    expect(XLSX.SSF.parse_date_code(num(t, 0, 1).v)).toMatchObject({ y: 2020, m: 7, d: 23 });
    expect(num(t, 1, 1)).toMatchObject({ v: 44035.375 });
    expect(num(t, 3, 1)).toMatchObject({ v: 0.9876, z: '0.00%' });
    expect(num(t, 5, 1)).toMatchObject({ v: 7890, w: '7,890' });
  });
});

describeShared('dates do not depend on the time zone', () => {
  const zones = ['Europe/Stockholm', 'America/Los_Angeles', 'Asia/Tokyo'];

  it.each(zones)('xlsx-stream-d-date-cell.xlsx gives 2014-02-14 in %s', async (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone; // Node re-reads TZ on assignment
    try {
      expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(zone === 'Europe/Stockholm' ? -60 : zone === 'Asia/Tokyo' ? -540 : 480);
      const bytes = readFileSync(shared('edge-cases', 'sheetjs', 'xlsx-stream-d-date-cell.xlsx'));
      const { tables: [t] } = await readWorkbookBytes(bytes, 'd.xlsx');
      const row = t.rows.find((r) => r[0] === 'Date')!;
      const date = row[1] as NumberCell;
      expect(date.t).toBe('n');
      expect(XLSX.SSF.is_date(date.z!)).toBe(true);
      expect(XLSX.SSF.parse_date_code(date.v)).toMatchObject({ y: 2014, m: 2, d: 14 });
      expect(textGrid(t.rows)[4]).toEqual(excelCsv('2016_xlsx-stream-d-date-cell.xlsx.0.csv')[4]);
    } finally {
      process.env.TZ = saved;
    }
  });
});
