// The hand-off from the read stage to the normalise stage: a grid of cells that
// still knows its file, sheet and every cell's position, so any later problem
// can point at an A1 cell.

/** A numeric workbook cell: v is the cached value; w the text Excel shows; z the number format. */
export interface NumberCell {
  t: 'n';
  v: number;
  w?: string;
  z?: string;
}
/** An error cell such as #DIV/0! or #N/A (a formula's cached error). */
export interface ErrorCell {
  t: 'e';
  w: string;
}
export interface BooleanCell {
  t: 'b';
  v: boolean;
}

/**
 * One cell. CSV cells are always strings (never guessed into numbers here);
 * workbook text cells are strings too. null is an empty cell.
 */
export type Cell = null | string | NumberCell | ErrorCell | BooleanCell;

export interface CellRange {
  /** Zero-based start row/column and end row/column, inclusive. */
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface RawTable {
  /** Path relative to the data folder, with forward slashes (as shown to controllers). */
  file: string;
  /** Sheet name for workbooks; undefined for CSV/TSV. */
  sheet?: string;
  /** rows[r][c], zero-based from A1. Rows may be ragged; trailing empty cells may be absent. */
  rows: Cell[][];
  merges: CellRange[];
  hiddenRows: number[];
  hiddenColumns: number[];
  /** The workbook uses the 1904 date system (old Mac Excel): serial 0 is 1904-01-01. */
  date1904: boolean;
}
