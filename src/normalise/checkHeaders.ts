import type { RawTable } from '../read/RawTable.ts';
import { isEmptyCell } from './cellText.ts';
import { UNSAFE_HEADERS, headerKey } from './headers.ts';
import { headerWidth, type Plan } from './Plan.ts';
import type { TableScope } from './TableScope.ts';

/** Does any row below the header hold data in column c? */
function columnHasData(table: RawTable, from: number, c: number): boolean {
  for (let r = from; r < table.rows.length; r++) if (!isEmptyCell(table.rows[r]?.[c])) return true;
  return false;
}

/**
 * Problems of the header row itself: blank, duplicate and unsafe headers, and
 * headers not recognised. Missing required columns are the layout's to report
 * (a constant or the title may stand in for a column).
 */
export function checkHeaders(scope: TableScope, plan: Pick<Plan, 'labels' | 'dataStart' | 'headerRow' | 'unknownColumns'>): void {
  const { table } = scope;
  const width = headerWidth(plan);
  const seen = new Map<string, number[]>();
  for (let c = 0; c < width; c++) {
    const label = plan.labels[c];
    if (label === '') {
      if (columnHasData(table, plan.dataStart, c)) scope.report('blank-label', plan.headerRow, c);
      continue;
    }
    const key = headerKey(label);
    if (UNSAFE_HEADERS.has(key) || UNSAFE_HEADERS.has(label.trim())) scope.report('unsafe-header', plan.headerRow, c, label);
    const list = seen.get(key);
    if (list === undefined) seen.set(key, [c]);
    else list.push(c);
  }
  for (const cols of seen.values()) {
    if (cols.length < 2) continue;
    for (const c of cols.slice(1)) {
      const other = cols.filter((o) => o !== c).map((o) => scope.a1(plan.headerRow, o)).join(', ');
      scope.report('duplicate-label', plan.headerRow, c, plan.labels[c], { other });
    }
  }
  for (const c of plan.unknownColumns) {
    const label = plan.labels[c];
    if (UNSAFE_HEADERS.has(headerKey(label))) continue;
    scope.report('unknown-label', plan.headerRow, c, label);
  }
}
