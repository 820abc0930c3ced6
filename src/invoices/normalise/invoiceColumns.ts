// Where each of the specification's columns is in a table: found by name (any alias, any order,
// below any title rows), or where a mapping sidecar says, or a constant for every row.
import type { InvoiceMapping } from '../../model/types.gen.ts';
import { headerKey, UNSAFE_HEADERS } from '../../normalise/headers.ts';
import { cellText } from '../../normalise/cellText.ts';
import type { Finding } from '../../problems/Finding.ts';
import { columnIndex, toA1 } from '../../read/a1.ts';
import type { RawTable } from '../../read/RawTable.ts';
import { COLUMN_ALIASES, REQUIRED_COLUMNS, type SpecColumn } from '../spec.ts';

const ALIAS_TO_COLUMN = new Map<string, SpecColumn>();
for (const [column, aliases] of COLUMN_ALIASES) for (const alias of aliases) ALIAS_TO_COLUMN.set(headerKey(alias), column);

/** Header rows are looked for this far down (title rows above a table are common in exports). */
export const HEADER_SEARCH_ROWS = 30;
/** A row naming at least this many of the specification's columns is the header. */
const MIN_KNOWN_HEADERS = 4;

export interface ColumnPlan {
  headerRow: number;
  /** Column index per specification column; absent when not in the table. */
  index: Map<SpecColumn, number>;
  /** Values the mapping gives for every row. */
  constants: Map<SpecColumn, string>;
  labels: string[];
}

function rowLabels(table: RawTable, r: number): string[] {
  return (table.rows[r] ?? []).map((cell) => cellText(cell).trim());
}

/** The specification column a header names, by alias. */
export function columnOf(label: string): SpecColumn | undefined {
  return ALIAS_TO_COLUMN.get(headerKey(label));
}

/** The row (0-based) that reads as the header: the mapping's, else the first naming enough columns. */
export function findHeaderRow(table: RawTable, mapping?: InvoiceMapping): number | undefined {
  if (mapping?.headerRow !== undefined) return mapping.headerRow - 1 < table.rows.length ? mapping.headerRow - 1 : undefined;
  const mapped = new Set(Object.values(mapping?.columns ?? {}).filter((v): v is string => v !== undefined).map(headerKey));
  const last = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    let known = 0;
    for (const label of rowLabels(table, r)) if (label !== '' && (ALIAS_TO_COLUMN.has(headerKey(label)) || mapped.has(headerKey(label)))) known++;
    if (known >= Math.min(MIN_KNOWN_HEADERS, Math.max(1, mapped.size))) return r;
  }
  return undefined;
}

/**
 * The columns of a table, with findings for what is wrong with its header: a required column
 * missing, a column named twice, a mapping naming a header that is not there. Unknown headers
 * are reported as warnings (they are not read, so nothing of theirs is published).
 */
export function planColumns(table: RawTable, headerRow: number, mapping: InvoiceMapping | undefined, findings: Finding[]): ColumnPlan {
  const labels = rowLabels(table, headerRow);
  const at = (c: number) => toA1(headerRow, c);
  const place = (c: number): Pick<Finding, 'file' | 'sheet' | 'cell'> => ({ file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), cell: at(c) });
  const index = new Map<SpecColumn, number>();
  const constants = new Map<SpecColumn, string>();
  for (const [column, value] of Object.entries(mapping?.constants ?? {})) if (value !== undefined) constants.set(column as SpecColumn, value);

  const byLabel = new Map<string, number>();
  labels.forEach((label, c) => {
    if (label !== '' && !byLabel.has(headerKey(label))) byLabel.set(headerKey(label), c);
  });
  // The mapping first: it names columns the aliases would not find, or overrides them.
  const taken = new Set<number>();
  for (const [column, ref] of Object.entries(mapping?.columns ?? {})) {
    if (ref === undefined) continue;
    const letter = columnIndex(ref);
    const c = byLabel.get(headerKey(ref)) ?? (letter >= 0 ? letter : undefined);
    if (c === undefined) {
      findings.push({ code: 'mapping-invalid', file: `${table.file}.mapping.json`, params: { 'detail@sv': `kolumnen ”${ref}” (för ${column}) finns inte i rubrikraden`, 'detail@en': `the column "${ref}" (for ${column}) is not in the header row` } });
      continue;
    }
    index.set(column as SpecColumn, c);
    taken.add(c);
  }
  labels.forEach((label, c) => {
    if (label === '' || taken.has(c)) return;
    const key = headerKey(label);
    if (UNSAFE_HEADERS.has(key)) {
      findings.push({ code: 'unsafe-header', ...place(c), value: label });
      return;
    }
    const column = ALIAS_TO_COLUMN.get(key);
    if (column === undefined) {
      findings.push({ code: 'unknown-label', ...place(c), value: label });
      return;
    }
    const other = index.get(column);
    if (other !== undefined) {
      if (!mapping?.columns?.[column]) findings.push({ code: 'duplicate-label', ...place(c), value: label, params: { other: at(other) } });
      return;
    }
    index.set(column, c);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (index.has(column) || constants.has(column)) continue;
    const labelsText = COLUMN_ALIASES.get(column)!.slice(0, 2).map((a) => `”${a}”`).join(' eller ');
    findings.push({ code: 'missing-label', file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), cell: at(0), params: { field: column, labels: labelsText } });
  }
  return { headerRow, index, constants, labels };
}

