import type { Mapping } from '../model/types.gen.ts';
import { columnIndex, columnLetter } from '../read/a1.ts';
import type { RawTable } from '../read/RawTable.ts';
import { resolveColumns } from './detectLayout.ts';
import { joinHeaderRows } from './joinHeaderRows.ts';
import { headerKey } from './headers.ts';
import type { Plan } from './Plan.ts';
import type { TableScope } from './TableScope.ts';

const SCAN_ROWS = 30;
/** A mapping sidecar sits beside its file: resultat.xlsx → resultat.xlsx.mapping.json. */
export const MAPPING_SUFFIX = '.mapping.json';

/** Without a headerRow in the mapping: the row among the first 30 that names most of the layout's fields. */
function guessHeaderRow(table: RawTable, mapping: Mapping): number {
  let best = 0;
  let bestCount = 0;
  for (let r = 0; r < Math.min(SCAN_ROWS, table.rows.length); r++) {
    const resolved = resolveColumns(mapping.layout, joinHeaderRows(table, r, r), table.date1904);
    const count = resolved.columns.size + (resolved.periodColumns.length > 0 ? 1 : 0);
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

function mappingProblem(scope: TableScope, sv: string, en: string): void {
  scope.out.findings.push({ code: 'mapping-invalid', file: scope.table.file + MAPPING_SUFFIX, params: { detail: sv, 'detail@sv': sv, 'detail@en': en } });
}

/**
 * The reading plan a mapping sidecar describes: its header row, columns by
 * letter or header text, constants and skipped rows; what it leaves out is
 * recognised as usual.
 */
export function planFromMapping(scope: TableScope, mapping: Mapping): Plan | undefined {
  const { table } = scope;
  const headerRow = mapping.headerRow !== undefined ? mapping.headerRow - 1 : guessHeaderRow(table, mapping);
  const headers = joinHeaderRows(table, headerRow, headerRow);
  const resolved = resolveColumns(mapping.layout, headers, table.date1904);
  const labels = headers.map((h) => h.text);
  const columns = new Map(resolved.columns);
  let broken = false;
  let width = 0;
  for (const row of table.rows) if (row.length > width) width = row.length;
  for (const [field, ref] of Object.entries(mapping.columns ?? {})) {
    if (ref === undefined) continue;
    let c = /^[A-Z]{1,3}$/.test(ref) ? columnIndex(ref) : -1;
    // A letter past the last column holding anything would read every row as empty, and
    // silently publish each value as missing: the mapping is wrong, say so.
    if (c >= width) {
      const last = width > 0 ? columnLetter(width - 1) : 'A';
      mappingProblem(scope, `kolumnen ${ref} för ${field} är tom: tabellen slutar i kolumn ${last}`, `the column ${ref} for ${field} is empty: the table ends at column ${last}`);
      broken = true;
      continue;
    }
    if (c < 0) c = labels.findIndex((l) => headerKey(l) === headerKey(ref));
    if (c < 0) {
      mappingProblem(scope, `kolumnen ”${ref}” för ${field} finns inte på rad ${headerRow + 1}`, `the column "${ref}" for ${field} is not on row ${headerRow + 1}`);
      broken = true;
      continue;
    }
    // A column claimed by the mapping is no longer another field's, a period, or unknown.
    for (const [f, existing] of columns) if (existing === c && f !== field) columns.delete(f);
    columns.set(field, c);
    resolved.unknownColumns = resolved.unknownColumns.filter((u) => u !== c);
    resolved.periodColumns = resolved.periodColumns.filter((p) => p.col !== c);
  }
  if (broken) return undefined;
  const constants = new Map<string, string>();
  for (const [field, value] of Object.entries(mapping.constants ?? {})) if (value !== undefined) constants.set(field, value);
  const titleText: string[] = [];
  for (let r = 0; r < headerRow; r++) for (const cell of table.rows[r] ?? []) if (typeof cell === 'string' && cell.trim() !== '') titleText.push(cell.trim());
  const plan: Plan = {
    layout: mapping.layout,
    headerRow,
    dataStart: headerRow + 1,
    columns,
    periodColumns: resolved.periodColumns,
    constants,
    constantsFile: scope.table.file + MAPPING_SUFFIX,
    titleText,
    skipRows: new Set((mapping.skipRows ?? []).map((r) => r - 1)),
    percentAsFraction: mapping.percentAsFraction !== false,
    labels,
    alternatives: resolved.alternatives,
    ignoredColumns: resolved.ignoredColumns,
    unknownColumns: resolved.unknownColumns,
  };
  if (mapping.lastRow !== undefined) plan.last = mapping.lastRow - 1;
  return plan;
}
