import type { Cell } from '../read/RawTable.ts';

/** What a cell shows, as text: '' for an empty cell; a number's displayed text when known. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  switch (cell.t) {
    case 'n':
      return cell.w ?? String(cell.v);
    case 'e':
      return cell.w;
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
  }
}

/** Empty: no cell, null, or text of only spaces (CSV has no null: "" is empty). */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') {
    if (cell.length === 0) return true;
    // Printable ASCII first: not space, so not empty, without trim() (this runs for every cell of a million rows).
    const first = cell.charCodeAt(0);
    if (first > 32 && first < 127) return false;
    return cell.trim().length === 0;
  }
  return false;
}

export function isEmptyRow(row: Cell[] | undefined): boolean {
  if (row === undefined) return true;
  for (let c = 0; c < row.length; c++) if (!isEmptyCell(row[c])) return false;
  return true;
}
