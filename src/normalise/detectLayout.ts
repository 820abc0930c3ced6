import type { Cell, RawTable } from '../read/RawTable.ts';
import { cellText, isEmptyCell, isEmptyRow } from './cellText.ts';
import { joinHeaderRows, type HeaderCell } from './joinHeaderRows.ts';
import { LAYOUT_HEADERS, isIgnoredHeader, matchHeader, type Layout } from './headers.ts';
import { parseNumber } from './parseNumber.ts';
import { parsePeriod } from './parsePeriod.ts';

export type { Layout } from './headers.ts';

/** Field → 0-based column. A Map: fields are ours, but the habit keeps header text out of object keys. */
export type ColumnMap = Map<string, number>;

export interface Detected {
  layout: Layout;
  /** 0-based row of the (first) header row. */
  headerRow: number;
  columns: ColumnMap;
  /** Wide layout: the columns whose header is a period. */
  periodColumns?: { col: number; period: string }[];
  /** Text found above the header (export titles). */
  titleText?: string[];
  /** Number of header rows (2 for a two-line header); data starts at headerRow + headerRows. */
  headerRows: number;
  /** Header text per column (joined for multi-line headers). */
  labels: string[];
  /** Columns that name a field already taken by a better synonym (a name column beside a code column). */
  alternatives: Map<string, number[]>;
  /** Columns whose header is a known label that no field reads. */
  ignoredColumns: number[];
  /** Columns whose header is not recognised. */
  unknownColumns: number[];
}

const SCAN_ROWS = 30;
/** Fields a header must name to be taken for an incomplete long table. */
const NEAR_MISS_FIELDS = 3;
const ORDER: Layout[] = ['long', 'wide', 'catalogue', 'targets', 'analysis', 'kolada-catalogue', 'units', 'areas'];

export interface Resolved {
  columns: ColumnMap;
  alternatives: Map<string, number[]>;
  periodColumns: { col: number; period: string }[];
  ignoredColumns: number[];
  unknownColumns: number[];
}

/** The field a header cell names: the whole text first, then each line of a multi-line header. */
function matchCell(layout: Layout, header: HeaderCell): { field: string; rank: number } | undefined {
  const whole = matchHeader(layout, header.text);
  if (whole !== undefined || header.parts.length < 2) return whole;
  for (const part of header.parts) {
    const m = matchHeader(layout, part);
    if (m !== undefined) return m;
  }
  return undefined;
}

function headerPeriod(header: HeaderCell, date1904: boolean): string | undefined {
  // The lowest line carries the year under a group title ("Andel (%)" over 2019 2020 …).
  for (let i = header.cells.length - 1; i >= 0; i--) {
    const period = parsePeriod(header.cells[i], date1904);
    if (period !== undefined) return period;
  }
  return undefined;
}

/** Columns of a header row for one layout. */
export function resolveColumns(layout: Layout, headers: HeaderCell[], date1904 = false): Resolved {
  const best = new Map<string, { col: number; rank: number }>();
  const alternatives = new Map<string, number[]>();
  const periodColumns: { col: number; period: string }[] = [];
  const ignoredColumns: number[] = [];
  const unknownColumns: number[] = [];
  const found: { field: string; col: number; rank: number }[] = [];
  headers.forEach((header, col) => {
    if (header.text === '') return;
    const m = matchCell(layout, header);
    if (m !== undefined) {
      found.push({ field: m.field, col, rank: m.rank });
      return;
    }
    if (isIgnoredHeader(layout, header.text)) {
      ignoredColumns.push(col);
      return;
    }
    if (layout === 'wide') {
      const period = headerPeriod(header, date1904);
      if (period !== undefined) {
        periodColumns.push({ col, period });
        return;
      }
    }
    unknownColumns.push(col);
  });
  for (const f of found) {
    const current = best.get(f.field);
    if (current === undefined || f.rank < current.rank) best.set(f.field, { col: f.col, rank: f.rank });
  }
  for (const f of found) {
    if (best.get(f.field)!.col === f.col) continue;
    const list = alternatives.get(f.field) ?? [];
    list.push(f.col);
    alternatives.set(f.field, list);
  }
  const columns: ColumnMap = new Map();
  for (const [field, { col }] of best) columns.set(field, col);
  return { columns, alternatives, periodColumns, ignoredColumns, unknownColumns };
}

/** How well a header fits a layout: 0 when a required field is missing. */
function score(layout: Layout, resolved: Resolved): number {
  const spec = LAYOUT_HEADERS.get(layout)!;
  for (const group of spec.required) if (!group.some((f) => resolved.columns.has(f))) return 0;
  if (layout === 'wide') {
    if (resolved.periodColumns.length === 0) return 0;
    if (resolved.columns.has('period') || resolved.columns.has('value')) return 0;
    return resolved.columns.size + 1;
  }
  return resolved.columns.size;
}

interface Candidate {
  layout: Layout;
  score: number;
  resolved: Resolved;
  headers: HeaderCell[];
}

function bestFor(table: RawTable, top: number, bottom: number): Candidate | undefined {
  const headers = joinHeaderRows(table, top, bottom);
  let best: Candidate | undefined;
  for (const layout of ORDER) {
    const resolved = resolveColumns(layout, headers, table.date1904);
    const s = score(layout, resolved);
    if (s > 0 && (best === undefined || s > best.score)) best = { layout, score: s, resolved, headers };
  }
  return best;
}

/** A row that can be the second line of a header: text only, nothing that reads as a number. */
function isTextRow(row: Cell[] | undefined): boolean {
  if (row === undefined || isEmptyRow(row)) return false;
  for (const cell of row) {
    if (isEmptyCell(cell)) continue;
    if (typeof cell !== 'string') return false;
    if (parseNumber(cell).ok) return false;
  }
  return true;
}

/**
 * Is the row under a header its second line? Only when it is text, and either
 * the header has merged group titles, or the row reads as annotations:
 * "(kod)", "[%]", or header words themselves. A catalogue's first data row is
 * text too, and must stay data.
 */
function isSecondHeaderLine(table: RawTable, layout: Layout, headerRow: number): boolean {
  const below = table.rows[headerRow + 1];
  if (!isTextRow(below)) return false;
  if (table.merges.some((m) => m.s.r <= headerRow && m.e.r >= headerRow && (m.e.c > m.s.c || m.e.r > m.s.r))) return true;
  for (const cell of below) {
    if (typeof cell !== 'string' || cell.trim() === '') continue;
    const text = cell.trim();
    if (/^[([].*[)\]]$/.test(text)) continue;
    if (matchHeader(layout, text) !== undefined || isIgnoredHeader(layout, text)) continue;
    return false;
  }
  return true;
}

/** The first text cells above the header: an export's title, sometimes naming the KPI. */
function titleTextAbove(table: RawTable, headerRow: number): string[] {
  const texts: string[] = [];
  for (let r = 0; r < headerRow; r++) {
    for (const cell of table.rows[r] ?? []) {
      const text = cellText(cell).trim();
      if (text !== '') texts.push(text);
    }
  }
  return texts;
}

function toDetected(table: RawTable, candidate: Candidate, headerRow: number, headerRows: number): Detected {
  const { resolved } = candidate;
  const detected: Detected = {
    layout: candidate.layout,
    headerRow,
    columns: resolved.columns,
    headerRows,
    labels: candidate.headers.map((h) => h.text),
    alternatives: resolved.alternatives,
    ignoredColumns: resolved.ignoredColumns,
    unknownColumns: resolved.unknownColumns,
  };
  if (candidate.layout === 'wide') detected.periodColumns = resolved.periodColumns;
  const title = titleTextAbove(table, headerRow);
  if (title.length > 0) detected.titleText = title;
  return detected;
}

/**
 * Finds the header row in the first 30 rows and the layout it belongs to.
 * Title rows above the header are normal in exports; a second header line is
 * joined when the row below is all text and the header reads at least as well.
 */
export function detectLayout(table: RawTable): Detected | null {
  const limit = Math.min(SCAN_ROWS, table.rows.length);
  let best: Candidate | undefined;
  let bestRow = -1;
  for (let r = 0; r < limit; r++) {
    if (isEmptyRow(table.rows[r])) continue;
    const candidate = bestFor(table, r, r);
    if (candidate !== undefined && (best === undefined || candidate.score > best.score)) {
      best = candidate;
      bestRow = r;
    }
  }
  if (best !== undefined) {
    if (isSecondHeaderLine(table, best.layout, bestRow)) {
      const pair = bestFor(table, bestRow, bestRow + 1);
      if (pair !== undefined && pair.layout === best.layout && pair.score >= best.score) return toDetected(table, pair, bestRow, 2);
    }
    return toDetected(table, best, bestRow, 1);
  }
  for (let r = 0; r + 1 < limit; r++) {
    if (isEmptyRow(table.rows[r]) || isEmptyRow(table.rows[r + 1])) continue;
    const pair = bestFor(table, r, r + 1);
    if (pair !== undefined && (best === undefined || pair.score > best.score)) {
      best = pair;
      bestRow = r;
    }
  }
  if (best !== undefined) return toDetected(table, best, bestRow, 2);
  return nearMiss(table, limit);
}

/**
 * A header that names three or more observation fields but lacks a required
 * one (no value column, say) is still a long table: reading it as such gives
 * the controller missing-label for the very column, rather than "unknown layout".
 */
function nearMiss(table: RawTable, limit: number): Detected | null {
  for (let r = 0; r < limit; r++) {
    if (isEmptyRow(table.rows[r])) continue;
    const headers = joinHeaderRows(table, r, r);
    const resolved = resolveColumns('long', headers, table.date1904);
    if (resolved.columns.size >= NEAR_MISS_FIELDS) return toDetected(table, { layout: 'long', score: 0, resolved, headers }, r, 1);
  }
  return null;
}
