import type { Cell, RawTable } from '../read/RawTable.ts';
import { toA1 } from '../read/a1.ts';
import { cellText, isEmptyCell, isEmptyRow } from './cellText.ts';
import type { TableScope } from './TableScope.ts';

const NOTE = /^(?:\*|(?:källa|källor|kalla|not|noter|anm|anmärkning|anmärkningar|kommentar|kommentarer|uppdaterad|uppdaterat|source|sources|fotnot|fotnoter)(?=$|[\s:.,;(–-]))/;
const TOTAL_WORDS = new Set(['totalt', 'summa', 'total', 'sum', 'totalsumma', 'samtliga']);

function firstText(row: Cell[]): string {
  for (const cell of row) if (!isEmptyCell(cell)) return cellText(cell).trim().toLowerCase();
  return '';
}

/** A row under the table that is a note: "Källa: Kolada", "* preliminärt", "Uppdaterad 2025-03-01". */
export function isNoteRow(row: Cell[]): boolean {
  const text = firstText(row);
  return NOTE.test(text);
}

/** "Totalt", "Summa" in an id column: a sum row, not an area. */
export function isTotalText(text: string): boolean {
  return TOTAL_WORDS.has(text.trim().toLowerCase().replace(/:$/, ''));
}

export interface DataAreaOptions {
  /** 0-based first data row. */
  start: number;
  /** 0-based last row allowed (mapping lastRow); default the table's last row. */
  last?: number;
  /** True when a row holds a record (e.g. has a period value); notes below the data have none. */
  isRecord: (row: Cell[]) => boolean;
}

/**
 * The last data row: below the data, exports put notes. After the last record
 * row come only empty rows, note rows, and, once an empty row has been seen,
 * rows without record values.
 */
export function dataEnd(table: RawTable, options: DataAreaOptions): number {
  const last = Math.min(options.last ?? table.rows.length - 1, table.rows.length - 1);
  let i = last;
  while (i >= options.start) {
    const row = table.rows[i];
    if (row === undefined || isEmptyRow(row) || isNoteRow(row) || !options.isRecord(row)) i--;
    else break;
  }
  // Rows without record values directly under the data (no empty row between) are data rows with gaps.
  for (let r = i + 1; r <= last; r++) {
    const row = table.rows[r];
    if (row === undefined || isEmptyRow(row)) break;
    if (!isNoteRow(row)) i = r;
  }
  return i;
}

/** Merges, hidden columns: problems of the data area as a whole (hidden and blank rows are per row). */
export function checkDataArea(scope: TableScope, headerRow: number, start: number, end: number, usedColumns: number[]): void {
  const { table } = scope;
  for (const m of table.merges) {
    if (m.e.r < start || m.s.r > end) continue;
    const range = toA1(m.s.r, m.s.c) + ':' + toA1(m.e.r, m.e.c);
    scope.report('merged-cell', m.s.r, m.s.c, cellText(table.rows[m.s.r]?.[m.s.c] ?? null), { range });
  }
  if (table.hiddenColumns.length > 0 && end >= start) {
    const used = new Set(usedColumns);
    for (const c of table.hiddenColumns) {
      // Located at the column's header: that is what the controller unhides.
      if (used.has(c)) scope.report('hidden-column', headerRow, c, cellText(table.rows[headerRow]?.[c] ?? null), { column: scope.letter(c) });
    }
  }
}
