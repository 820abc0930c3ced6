import type { Cell, CellRange, RawTable } from '../read/RawTable.ts';
import { cellText } from './cellText.ts';

/** One column's header: the joined text, its parts (one per header row), and the raw cells (for numeric years). */
export interface HeaderCell {
  text: string;
  parts: string[];
  cells: Cell[];
}

function mergeAt(merges: CellRange[], r: number, c: number): CellRange | undefined {
  for (const m of merges) if (r >= m.s.r && r <= m.e.r && c >= m.s.c && c <= m.e.c) return m;
  return undefined;
}

/**
 * Header cells over rows top..bottom (inclusive): a merged group title counts
 * for every column it spans, and a cell merged down over several header rows
 * counts once. Texts are joined with a space, as Frictionless joins multi-line headers.
 */
export function joinHeaderRows(table: RawTable, top: number, bottom: number): HeaderCell[] {
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, table.rows[r]?.length ?? 0);
  for (const m of table.merges) if (m.s.r <= bottom && m.e.r >= top) width = Math.max(width, m.e.c + 1);
  const headers: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    const cells: Cell[] = [];
    let lastMerge: CellRange | undefined;
    for (let r = top; r <= bottom; r++) {
      let cell: Cell = table.rows[r]?.[c] ?? null;
      const merge = top === bottom ? undefined : mergeAt(table.merges, r, c);
      if (merge !== undefined) {
        if (merge === lastMerge) continue;
        lastMerge = merge;
        cell = table.rows[merge.s.r]?.[merge.s.c] ?? null;
      } else {
        lastMerge = undefined;
      }
      const text = cellText(cell).replace(/\s+/g, ' ').trim();
      if (text !== '') {
        parts.push(text);
        cells.push(cell);
      }
    }
    headers.push({ text: parts.join(' '), parts, cells });
  }
  return headers;
}
