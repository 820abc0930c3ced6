// One SheetJS dense worksheet → RawTable. Only cells that exist are visited:
// a sheet declaring A1:XFD1048576 with three cells costs three cells, and the
// grid we build is bounded by maxCells before it is allocated.
import type * as XLSX from '@e965/xlsx';
import type { Finding } from '../problems/Finding.ts';
import type { Cell, CellRange, RawTable } from './RawTable.ts';
import { toA1 } from './a1.ts';
import { formatCount, type ReadLimits } from './limits.ts';

/** Excel's error codes, for error cells that come without their text. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};
const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 system is 1899-12-30 (this absorbs Excel's 1900 leap-year bug for dates after February 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const DAYS_1900_TO_1904 = 1462;
/** Rows longer than this are probably sparse (a lone cell far right): visit their keys instead of every index. */
const SPARSE_ROW = 1024;

interface SheetCell {
  t?: string;
  v?: unknown;
  w?: string;
  z?: unknown;
}

/** Naive date/time → Excel serial. With UTC:true SheetJS stores the wall-clock time in the UTC fields. */
function dateToSerial(v: unknown, date1904: boolean): number | null {
  let ms: number;
  if (v instanceof Date) ms = v.getTime();
  else if (typeof v === 'string') {
    // Parse the fields ourselves: Date.parse would read "2020-01-01T10:00" in local time.
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.exec(v);
    if (!m) return null;
    ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ? Math.round(Number('0.' + m[7]) * 1000) : 0);
  } else if (typeof v === 'number') return v;
  else return null;
  if (!Number.isFinite(ms)) return null;
  const serial = (ms - EPOCH_1900) / MS_PER_DAY;
  return date1904 ? serial - DAYS_1900_TO_1904 : serial;
}

function convertCell(cell: SheetCell | undefined | null, date1904: boolean): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
    case 'str':
      return typeof cell.v === 'string' ? cell.v : cell.v == null ? (cell.w ?? null) : String(cell.v);
    case 'n': {
      if (typeof cell.v !== 'number') return null;
      const out: Cell = { t: 'n', v: cell.v };
      if (typeof cell.w === 'string') out.w = cell.w;
      if (typeof cell.z === 'string') out.z = cell.z;
      return out;
    }
    case 'b':
      return { t: 'b', v: Boolean(cell.v) };
    case 'e':
      return { t: 'e', w: typeof cell.w === 'string' ? cell.w : (ERROR_TEXT[Number(cell.v)] ?? '#N/A') };
    case 'd': {
      const serial = dateToSerial(cell.v, date1904);
      if (serial === null) return typeof cell.w === 'string' ? cell.w : null;
      const hasTime = serial % 1 !== 0;
      const z = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : hasTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
      const out: Cell = { t: 'n', v: serial, z };
      if (typeof cell.w === 'string') out.w = cell.w;
      return out;
    }
    default:
      return null; // 'z' stubs and anything unknown are empty
  }
}

function isEmpty(c: Cell): boolean {
  return c === null || c === '';
}

/** Indices present in a possibly sparse array, ascending. */
function presentIndices(arr: readonly unknown[]): number[] {
  if (arr.length <= SPARSE_ROW) {
    const out: number[] = [];
    for (let i = 0; i < arr.length; i++) if (arr[i] !== undefined) out.push(i);
    return out;
  }
  return Object.keys(arr).map(Number).filter((i) => Number.isInteger(i) && arr[i] !== undefined).sort((a, b) => a - b);
}

export interface SheetResult {
  table: RawTable | null;
  findings: Finding[];
}

export function sheetToTable(ws: XLSX.WorkSheet, sheet: string, relPath: string, date1904: boolean, limits: ReadLimits): SheetResult {
  const data = (ws['!data'] ?? []) as (SheetCell | undefined)[][];
  const rowIndices = presentIndices(data);

  // Convert the cells that exist, row by row, keeping only rows that say something.
  const kept: { r: number; cells: Cell[] }[] = [];
  let slots = 0;
  let width = 0;
  for (const r of rowIndices) {
    const src = data[r];
    if (!Array.isArray(src)) continue;
    let cells: Cell[];
    let last: number;
    if (src.length <= SPARSE_ROW) {
      // The usual row: converted straight into its grid (short enough to lay out before the check below).
      cells = new Array<Cell>(src.length);
      last = -1;
      for (let c = 0; c < src.length; c++) {
        const value = convertCell(src[c], date1904);
        cells[c] = value;
        if (!isEmpty(value)) last = c;
      }
      if (last < 0) continue;
      cells.length = last + 1;
    } else {
      const cols = presentIndices(src);
      const values = cols.map((c) => convertCell(src[c], date1904));
      let lastAt = values.length - 1;
      while (lastAt >= 0 && isEmpty(values[lastAt])) lastAt--;
      if (lastAt < 0) continue;
      last = cols[lastAt];
      if (slots + last + 1 > limits.maxCells) cells = [];
      else {
        // Only now that the row's width is known to be within bounds is it laid out as a grid.
        cells = new Array<Cell>(last + 1).fill(null);
        for (let i = 0; i <= lastAt; i++) cells[cols[i]] = values[i];
      }
    }
    slots += last + 1;
    width = Math.max(width, last + 1);
    if (slots > limits.maxCells) {
      const end = data.length - 1;
      return { table: null, findings: [tooLarge(relPath, sheet, `A1:${toA1(end, Math.max(width, 1) - 1)}`, `${formatCount(slots)}+`, formatCount(limits.maxCells))] };
    }
    kept.push({ r, cells });
  }

  const height = kept.length ? kept[kept.length - 1].r + 1 : 0; // trailing empty rows trimmed
  if (height > limits.maxRows) {
    const full = typeof ws['!fullref'] === 'string' ? (ws['!fullref'] as string) : `A1:${toA1(height - 1, Math.max(width, 1) - 1)}`;
    return { table: null, findings: [tooLarge(relPath, sheet, full, formatCount(slots), formatCount(limits.maxRows), true)] };
  }

  const rows: Cell[][] = new Array<Cell[]>(height);
  let k = 0;
  for (let r = 0; r < height; r++) rows[r] = kept[k] && kept[k].r === r ? kept[k++].cells : [];

  const merges: CellRange[] = ((ws['!merges'] ?? []) as XLSX.Range[]).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } }));
  const hiddenRows: number[] = [];
  const rowInfo = (ws['!rows'] ?? []) as (XLSX.RowInfo | undefined)[];
  for (const r of presentIndices(rowInfo)) if (r < height && rowInfo[r]?.hidden) hiddenRows.push(r);
  const hiddenColumns: number[] = [];
  const colInfo = (ws['!cols'] ?? []) as (XLSX.ColInfo | undefined)[];
  for (const c of presentIndices(colInfo)) if (c < width && colInfo[c]?.hidden) hiddenColumns.push(c);

  return { table: { file: relPath, sheet, rows, merges, hiddenRows, hiddenColumns, date1904 }, findings: [] };
}

function tooLarge(file: string, sheet: string, range: string, cells: string, limit: string, rowsLimit = false): Finding {
  const params: Record<string, string> = { range, cells };
  if (rowsLimit) {
    params['limit@sv'] = `${limit} rader`;
    params['limit@en'] = `${limit.replace(/ /g, ',')} rows`;
  } else params.limit = limit;
  return { code: 'sheet-too-large', file, sheet, params };
}
