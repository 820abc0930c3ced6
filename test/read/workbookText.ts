// Test helper: a workbook table as the text Excel shows (what Excel's own CSV export writes).
import type { Cell, RawTable } from '../../src/read/RawTable.ts';

export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  if (c.t === 'n') return c.w ?? String(c.v);
  if (c.t === 'b') return c.v ? 'TRUE' : 'FALSE';
  return c.w;
}

/** Rows of text with trailing empty cells and rows removed, so CSV exports and tables compare. */
export function textGrid(rows: (Cell | string)[][]): string[][] {
  const out = rows.map((row) => {
    const texts = row.map((c) => cellText(c as Cell));
    while (texts.length && texts[texts.length - 1] === '') texts.pop();
    return texts;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

export function tableBySheet(tables: RawTable[], sheet: string): RawTable {
  const t = tables.find((x) => x.sheet === sheet);
  if (!t) throw new Error(`no table for sheet ${sheet}; have ${tables.map((x) => x.sheet).join(', ')}`);
  return t;
}
