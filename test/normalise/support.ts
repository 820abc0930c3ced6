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
