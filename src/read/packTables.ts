// RawTables in a compact form for the trip from the reading worker to the main
// thread. Posting the tables as they are makes the structured clone walk every
// cell object twice (serialise in the worker, deserialise in the main thread):
// a 200 000-row sheet took longer to copy than to normalise. Packed, the cells
// are a few typed arrays, moved without copying, and one list of distinct texts;
// the main thread rebuilds the same cells from them.
import type { Cell, RawTable } from './RawTable.ts';

const NULL = 0;
const TEXT = 1;
const NUMBER = 2;
const TRUE = 3;
const FALSE = 4;
const ERROR = 5;

export interface PackedTables {
  /** Everything of each table but its rows. */
  meta: Omit<RawTable, 'rows'>[];
  /** Per table, where its rows start in `rowStarts`. */
  tableStarts: Int32Array;
  /** Per row (all tables), where its cells start; one more entry closes the last row. */
  rowStarts: Int32Array;
  /** Per cell: NULL, TEXT, NUMBER, TRUE, FALSE or ERROR. */
  kinds: Uint8Array;
  /** Per number cell: its value. */
  numbers: Float64Array;
  /** Per cell: the text of a text or error cell, a number cell's shown text (w); index into `texts`, or -1. */
  text: Int32Array;
  /** Per number cell: its number format (z); index into `texts`, or -1. */
  format: Int32Array;
  /** The distinct texts, each once: the main thread gets one string per distinct text, as from a CSV read's caches. */
  texts: string[];
}

export function packTables(tables: readonly RawTable[]): PackedTables {
  let rowCount = 0;
  let cellCount = 0;
  for (const t of tables) {
    rowCount += t.rows.length;
    for (const row of t.rows) cellCount += row.length;
  }
  const tableStarts = new Int32Array(tables.length + 1);
  const rowStarts = new Int32Array(rowCount + 1);
  const kinds = new Uint8Array(cellCount);
  const numbers = new Float64Array(cellCount);
  const text = new Int32Array(cellCount).fill(-1);
  const format = new Int32Array(cellCount).fill(-1);
  const texts: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = texts.length;
      texts.push(s);
      index.set(s, i);
    }
    return i;
  };

  // The text and shown text of the cell above, per column: a column repeats the row above
  // (one string from the workbook's shared strings), and comparing is cheaper than the map.
  const lastText: string[] = [];
  const lastTextAt: number[] = [];
  const lastShown: string[] = [];
  const lastShownAt: number[] = [];
  const lastFormat: string[] = [];
  const lastFormatAt: number[] = [];

  let r = 0;
  let k = 0;
  tables.forEach((t, ti) => {
    tableStarts[ti] = r;
    for (const row of t.rows) {
      rowStarts[r++] = k;
      for (let c = 0; c < row.length; c++, k++) {
        const cell = row[c];
        if (cell === null || cell === undefined) continue; // kinds[k] is already NULL
        if (typeof cell === 'string') {
          kinds[k] = TEXT;
          if (cell !== lastText[c]) {
            lastText[c] = cell;
            lastTextAt[c] = intern(cell);
          }
          text[k] = lastTextAt[c];
        } else if (cell.t === 'n') {
          kinds[k] = NUMBER;
          numbers[k] = cell.v;
          if (cell.w !== undefined) {
            if (cell.w !== lastShown[c]) {
              lastShown[c] = cell.w;
              lastShownAt[c] = intern(cell.w);
            }
            text[k] = lastShownAt[c];
          }
          if (cell.z !== undefined) {
            if (cell.z !== lastFormat[c]) {
              lastFormat[c] = cell.z;
              lastFormatAt[c] = intern(cell.z);
            }
            format[k] = lastFormatAt[c];
          }
        } else if (cell.t === 'b') kinds[k] = cell.v ? TRUE : FALSE;
        else {
          kinds[k] = ERROR;
          text[k] = intern(cell.w);
        }
      }
    }
  });
  tableStarts[tables.length] = r;
  rowStarts[rowCount] = k;
  const meta = tables.map(({ rows: _, ...rest }) => rest);
  return { meta, tableStarts, rowStarts, kinds, numbers, text, format, texts };
}

/** The typed arrays of a pack, to hand to postMessage as transferables. */
export function packBuffers(p: PackedTables): ArrayBuffer[] {
  return [p.tableStarts, p.rowStarts, p.kinds, p.numbers, p.text, p.format].map((a) => a.buffer as ArrayBuffer);
}

/** Distinct numbers whose cells are shared, per table; past this, every number cell gets its own object. */
const SHARED_NUMBERS = 65_536;

export function unpackTables(p: PackedTables): RawTable[] {
  const { rowStarts, kinds, numbers, text, format, texts } = p;
  return p.meta.map((meta, ti) => {
    // Cells are values, never changed once read: equal number cells (a year, a repeated value)
    // share one object rather than making the main thread allocate and keep one per cell.
    const shared = new Map<number, Cell[]>();
    const numberCell = (k: number): Cell => {
      const v = numbers[k];
      const w = text[k] >= 0 ? texts[text[k]] : undefined;
      const z = format[k] >= 0 ? texts[format[k]] : undefined;
      const same = Object.is(v, -0) ? undefined : shared.get(v); // the map would take -0 for 0
      if (same !== undefined) {
        for (const c of same) if (typeof c === 'object' && c !== null && c.t === 'n' && c.w === w && c.z === z) return c;
      }
      // Keys in the order sheetToTable gives them: t, v, then w and z when present.
      const cell: Cell = { t: 'n', v };
      if (w !== undefined) cell.w = w;
      if (z !== undefined) cell.z = z;
      if (Object.is(v, -0)) return cell;
      if (same !== undefined) same.push(cell);
      else if (shared.size < SHARED_NUMBERS) shared.set(v, [cell]);
      return cell;
    };
    const first = p.tableStarts[ti];
    const rows: Cell[][] = new Array<Cell[]>(p.tableStarts[ti + 1] - first);
    for (let r = first; r < p.tableStarts[ti + 1]; r++) {
      const start = rowStarts[r];
      const row: Cell[] = new Array<Cell>(rowStarts[r + 1] - start);
      for (let k = start, c = 0; k < rowStarts[r + 1]; k++, c++) {
        switch (kinds[k]) {
          case TEXT:
            row[c] = texts[text[k]];
            break;
          case NUMBER:
            row[c] = numberCell(k);
            break;
          case TRUE:
            row[c] = { t: 'b', v: true };
            break;
          case FALSE:
            row[c] = { t: 'b', v: false };
            break;
          case ERROR:
            row[c] = { t: 'e', w: texts[text[k]] };
            break;
          default:
            row[c] = null;
        }
      }
      rows[r - first] = row;
    }
    return { ...meta, rows } as RawTable;
  });
}
