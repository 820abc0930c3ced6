import type { Cell } from '../read/RawTable.ts';
import { cellText, isEmptyCell, isEmptyRow } from './cellText.ts';
import { checkDataArea, dataEnd, isTotalText } from './dataArea.ts';
import type { TableScope } from './TableScope.ts';

/** Where a record table's data lies: what a reading plan says about its rows. */
export interface DataRows {
  headerRow: number;
  /** 0-based first data row. */
  dataStart: number;
  /** 0-based last row allowed (a mapping's lastRow). */
  last?: number;
  skipRows: ReadonlySet<number>;
  /** One past the last column with a header: cells beyond it are extra-cell. */
  width: number;
  /** The columns read, for the checks of the data area (hidden columns). */
  usedColumns: number[];
}

/**
 * Calls `read` for every data row of a record table, after the checks every record layout
 * shares: the data area ends at the last row with a key (notes below are left out), merged
 * cells and hidden columns in it, blank and hidden rows, sum rows ("Totalt", or what
 * `isTotal` says), cells past the header's width, and a table without data rows.
 */
export function forEachDataRow(
  scope: TableScope,
  rows: DataRows,
  keyCol: number,
  read: (r: number, row: Cell[]) => void,
  isTotal: (row: Cell[]) => boolean = (row) => {
    const key = row[keyCol];
    return typeof key === 'string' && isTotalText(key);
  },
): void {
  const { table } = scope;
  const end = dataEnd(table, { start: rows.dataStart, last: rows.last, isRecord: (row) => !isEmptyCell(row[keyCol]) });
  checkDataArea(scope, rows.headerRow, rows.dataStart, end, rows.usedColumns);
  const hidden = new Set(table.hiddenRows);
  let count = 0;
  for (let r = rows.dataStart; r <= end; r++) {
    if (rows.skipRows.has(r)) continue;
    const row = table.rows[r];
    if (row === undefined || isEmptyRow(row)) {
      scope.report('blank-row', r, -1);
      continue;
    }
    if (hidden.has(r)) {
      scope.report('hidden-row', r, -1, undefined, { row: r + 1 });
      continue;
    }
    if (isTotal(row)) continue;
    count++;
    for (let c = rows.width; c < row.length; c++) {
      if (!isEmptyCell(row[c])) {
        scope.report('extra-cell', r, c, cellText(row[c]), { columns: rows.width });
        break;
      }
    }
    read(r, row);
  }
  if (count === 0) scope.report('no-data', rows.headerRow, -1);
}
