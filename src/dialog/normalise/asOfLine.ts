import { cellText, isEmptyCell } from '../../normalise/cellText.ts';
import { excelDate } from '../../normalise/excelDate.ts';
import type { Cell, RawTable } from '../../read/RawTable.ts';

const LABEL = /^(?:senast\s+)?uppdaterad[e]?\s*:?\s*(.*)$/i;

/** The date of a "Senast uppdaterad: 2025-10-15" line (the date in the same cell or the next one). */
function lineDate(row: readonly Cell[], date1904: boolean): string | undefined {
  const cells = row.filter((c) => !isEmptyCell(c));
  const m = cells.length > 0 ? LABEL.exec(cellText(cells[0]).trim()) : null;
  if (!m) return undefined;
  return m[1] !== '' ? excelDate(m[1].trim()) : cells[1] !== undefined ? excelDate(cells[1], date1904) : undefined;
}

/**
 * The date the dialogue log says it was last updated, from a line above its header or below
 * its rows ("Senast uppdaterad: 2025-10-15", or the words in one cell and a date cell beside
 * them): the day the log describes, which decides what is past and what is upcoming. A data
 * row cannot pass for one: it starts with an id, which has no space or colon.
 */
export function asOfLine(table: RawTable, headerRow: number): string | undefined {
  for (const [r, row] of table.rows.entries()) {
    if (row === undefined || r === headerRow) continue;
    const date = lineDate(row, table.date1904);
    if (date !== undefined) return date;
  }
  return undefined;
}
