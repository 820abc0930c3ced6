import { severityOf } from '../problems/catalogue.ts';
import type { Cell } from '../read/RawTable.ts';
import { cellText, isEmptyCell, isEmptyRow } from './cellText.ts';
import { cleanText } from './cleanText.ts';
import { checkDataArea, dataEnd, isTotalText } from './dataArea.ts';
import { labelsOf } from './headers.ts';
import { parseNumber } from './parseNumber.ts';
import { col, headerWidth, type Plan } from './Plan.ts';
import { readValue } from './readValue.ts';
import type { TableScope } from './TableScope.ts';

/**
 * Row-by-row reading for the small record layouts (catalogue, targets,
 * analysis, areas, units, Kolada's catalogue): the data area's checks, and
 * typed access to one row's fields with findings located to their cells.
 */
export class RecordRows {
  readonly scope: TableScope;
  readonly plan: Plan;
  /** The row being read (0-based). */
  r = -1;
  row: Cell[] = [];
  /** False once a field of the current row had an error: the row yields no record. */
  ok = true;

  constructor(scope: TableScope, plan: Plan) {
    this.scope = scope;
    this.plan = plan;
  }

  /** Reports missing-label for each required field without a column; true when all are there. */
  requireColumns(...fields: string[]): boolean {
    let all = true;
    for (const field of fields) {
      if (this.plan.columns.has(field)) continue;
      this.scope.report('missing-label', this.plan.headerRow, -1, undefined, { field, labels: labelsOf(this.plan.layout, field) });
      all = false;
    }
    return all;
  }

  /** Calls read for every data row, after the checks every layout shares. */
  each(keyField: string, read: () => void): void {
    const { scope, plan } = this;
    const { table } = scope;
    const keyCol = col(plan, keyField);
    const end = dataEnd(table, { start: plan.dataStart, last: plan.last, isRecord: (row) => !isEmptyCell(row[keyCol]) });
    checkDataArea(scope, plan.headerRow, plan.dataStart, end, [...plan.columns.values()]);
    const hidden = new Set(table.hiddenRows);
    const width = headerWidth(plan);
    let count = 0;
    for (let r = plan.dataStart; r <= end; r++) {
      if (plan.skipRows.has(r)) continue;
      const row = table.rows[r];
      if (row === undefined || isEmptyRow(row)) {
        scope.report('blank-row', r, -1);
        continue;
      }
      if (hidden.has(r)) {
        scope.report('hidden-row', r, -1, undefined, { row: r + 1 });
        continue;
      }
      const key = row[keyCol];
      if (typeof key === 'string' && isTotalText(key)) continue;
      count++;
      for (let c = width; c < row.length; c++) {
        if (!isEmptyCell(row[c])) {
          scope.report('extra-cell', r, c, cellText(row[c]), { columns: width });
          break;
        }
      }
      this.r = r;
      this.row = row;
      this.ok = true;
      read();
    }
    if (count === 0) scope.report('no-data', plan.headerRow, -1);
  }

  cell(field: string): Cell {
    const c = col(this.plan, field);
    return c < 0 ? null : (this.row[c] ?? null);
  }

  column(field: string): number {
    return col(this.plan, field);
  }

  has(field: string): boolean {
    return !isEmptyCell(this.cell(field));
  }

  /** Reports a problem at `field`'s cell, quoting the text of `valueField` (by default the same cell). */
  report(code: Parameters<TableScope['report']>[0], field: string, params?: Record<string, string | number>, valueField = field): void {
    const c = col(this.plan, field);
    const cell = this.cell(valueField);
    this.scope.report(code, this.r, c, cell === null ? undefined : cellText(cell), params);
    if (severityOf(code) === 'error') this.ok = false;
  }

  /**
   * Cleaned text of a field, or undefined when empty. short: an id, code or
   * title, where surrounding spaces are warned about; otherwise a long text.
   */
  text(field: string, kind: 'short' | 'long' | 'quiet' = 'quiet'): string | undefined {
    const cell = this.cell(field);
    if (isEmptyCell(cell)) return undefined;
    if (cell !== null && typeof cell === 'object' && cell.t === 'e') {
      this.report('formula-error-cell', field);
      return undefined;
    }
    const raw = cellText(cell);
    const clean = cleanText(raw, kind === 'long');
    const c = col(this.plan, field);
    if (clean.controlRemoved) this.scope.report('control-character', this.r, c, raw);
    if (kind === 'short' && clean.trimmed) this.scope.report('trailing-space', this.r, c, raw);
    return clean.text === '' ? undefined : clean.text;
  }

  /** A required text: missing-cell when empty. */
  required(field: string, kind: 'short' | 'long' | 'quiet' = 'short'): string | undefined {
    const text = this.text(field, kind);
    if (text === undefined && this.ok) {
      this.scope.report('missing-cell', this.r, col(this.plan, field), undefined, { field });
      this.ok = false;
    }
    return text;
  }

  /** A number (Swedish or international text, or a numeric cell); undefined when empty or wrong. */
  number(field: string): number | undefined {
    const cell = this.cell(field);
    if (isEmptyCell(cell)) return undefined;
    const read = readValue(cell, this.plan.percentAsFraction);
    if (read.ok && read.value !== null) return read.value;
    if (!read.ok && read.code === 'ambiguous-number') this.report('ambiguous-number', field, { suggestion: read.suggestion });
    else if (!read.ok && read.code === 'formula-error-cell') this.report('formula-error-cell', field);
    else this.report('type-error', field, { field, hint: !read.ok && read.code === 'type-error' ? read.hint : '' });
    return undefined;
  }

  /** A whole year (Målår 2026), from a number or text. */
  year(field: string): number | undefined {
    const cell = this.cell(field);
    if (isEmptyCell(cell)) return undefined;
    const value = cell !== null && typeof cell === 'object' && cell.t === 'n' ? cell.v : (() => {
      const p = parseNumber(cellText(cell));
      return p.ok ? p.value : NaN;
    })();
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return value;
    this.report('invalid-value', field, { field, allowed: 'Ett årtal, t.ex. 2026.' });
    return undefined;
  }
}
