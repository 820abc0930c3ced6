import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Cell, RawTable } from '../../src/read/RawTable.ts';

/** A RawTable built by hand, as the read stage would hand it over. */
export function table(rows: Cell[][], extra: Partial<RawTable> = {}): RawTable {
  return { file: 'test.xlsx', sheet: 'Blad1', rows, merges: [], hiddenRows: [], hiddenColumns: [], date1904: false, ...extra };
}

/** A CSV file parsed as the CSV reader does: rows of strings, no header guessing. */
export function csvTable(path: string, file: string): RawTable {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const rows = parsed.data;
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  return { file, rows, merges: [], hiddenRows: [], hiddenColumns: [], date1904: false };
}

import * as XLSX from '@e965/xlsx';

/** A workbook sheet as a RawTable (values, shown text and formats, merges): enough for layout tests. */
export function sheetTable(path: string, file: string, sheetIndex = 0): RawTable {
  const wb = XLSX.read(readFileSync(path), { cellNF: true, UTC: true });
  const name = wb.SheetNames[sheetIndex];
  const ws = wb.Sheets[name];
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const rows: Cell[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row: Cell[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      if (cell === undefined || cell.v === undefined) row.push(null);
      else if (cell.t === 'n') row.push({ t: 'n', v: cell.v as number, ...(cell.w ? { w: cell.w } : {}), ...(cell.z ? { z: String(cell.z) } : {}) });
      else if (cell.t === 'e') row.push({ t: 'e', w: cell.w ?? '#ERR' });
      else if (cell.t === 'b') row.push({ t: 'b', v: Boolean(cell.v) });
      else row.push(String(cell.v));
    }
    rows.push(row);
  }
  return { file, sheet: name, rows, merges: ws['!merges'] ?? [], hiddenRows: [], hiddenColumns: [], date1904: Boolean(wb.Workbook?.WBProps?.date1904) };
}
