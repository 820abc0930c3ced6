// How one budget table is read: its header row, what each column holds (field, the period a
// column is for, the unit its header names), and what the rows share (a period in the title or
// the sheet's name, a mapping's constants). Found in the sheet, or given by a mapping sidecar.
import type { BudgetMapping } from '../../model/types.gen.ts';
import { cellText, isEmptyRow } from '../../normalise/cellText.ts';
import { joinHeaderRows } from '../../normalise/joinHeaderRows.ts';
import { columnIndex, columnLetter } from '../../read/a1.ts';
import type { RawTable } from '../../read/RawTable.ts';
import { AMOUNT_FIELDS, findPeriods, parseBudgetHeader, wordsKey, type AmountField, type AmountUnit, type BudgetField } from './budgetHeaders.ts';

/** One column read: its field, the period it holds (when the header names one), the units its header names. */
export interface BudgetColumn {
  c: number;
  field: BudgetField;
  period?: string;
  units: AmountUnit[];
}

export interface BudgetPlan {
  /** 0-based header row (the first, for a two-line header). */
  headerRow: number;
  dataStart: number;
  last?: number;
  skipRows: Set<number>;
  /** Header text per column. */
  labels: string[];
  columns: BudgetColumn[];
  /** Columns with a header that is neither read nor known (unknown-label). */
  unknown: number[];
  /** A mapping's constants: area, committee, period. */
  constants: Map<string, string>;
  /** Text above the header: export titles, naming the unit or the period. */
  titleText: string[];
  unit?: AmountUnit;
  costSign?: 'positive' | 'negative';
  /** A mapping's own words for the kinds of amount, by wordsKey. */
  measures: Map<string, AmountField>;
}

export interface PlanProblem {
  sv: string;
  en: string;
}

const SCAN_ROWS = 30;
const AMOUNTS = new Set<BudgetField>(AMOUNT_FIELDS);

interface Resolved {
  columns: BudgetColumn[];
  unknown: number[];
  /** Columns that named the same field and period as a better one (duplicate-label). */
  duplicates: { c: number; other: number }[];
  labels: string[];
}

/** Synonyms are ranked by their order in the dictionary only through field: the first column of a field wins. */
function resolve(table: RawTable, top: number, bottom: number): Resolved {
  const headers = joinHeaderRows(table, top, bottom);
  if (bottom > top) fillGroupPeriods(table, top, headers);
  const columns: BudgetColumn[] = [];
  const unknown: number[] = [];
  const duplicates: { c: number; other: number }[] = [];
  headers.forEach((h, c) => {
    if (h.text === '') return;
    const parsed = parseBudgetHeader(h.text);
    if (parsed.field === undefined) {
      if (!parsed.ignored) unknown.push(c);
      return;
    }
    const same = columns.find((col) => col.field === parsed.field && col.period === parsed.period);
    if (same !== undefined) {
      // A second name column ("Förvaltning" beside "Nämnd") is a label; a second amount is a clash.
      if (AMOUNTS.has(parsed.field) || parsed.field === 'amount' || parsed.field === 'deviation' || parsed.field === 'population') duplicates.push({ c, other: same.c });
      return;
    }
    columns.push({ c, field: parsed.field, ...(parsed.period !== undefined ? { period: parsed.period } : {}), units: parsed.units });
  });
  return { columns, unknown, duplicates, labels: headers.map((h) => h.text) };
}

/**
 * A year written once over its Budget/Utfall/Avvikelse columns with "Centrera över markering"
 * rather than merged cells leaves the other top cells blank: they belong to the year on their left.
 */
function fillGroupPeriods(table: RawTable, top: number, headers: ReturnType<typeof joinHeaderRows>): void {
  let group: string | undefined;
  headers.forEach((h, c) => {
    const above = cellText(table.rows[top]?.[c] ?? null).trim();
    if (above !== '') {
      group = findPeriods(above).periods.length === 1 && wordsKey(findPeriods(above).rest) === '' ? above : undefined;
      return;
    }
    if (group !== undefined && h.text !== '' && !table.merges.some((m) => m.s.r <= top && m.e.r >= top && m.s.c <= c && m.e.c >= c)) {
      h.text = `${group} ${h.text}`;
    }
  });
}

const has = (r: Resolved, ...fields: BudgetField[]) => r.columns.some((c) => fields.includes(c.field));

/** A header fit to read: a name column and amounts, either as columns or as a Typ and a Belopp column. */
function score(r: Resolved): number {
  if (!has(r, 'area', 'committee')) return 0;
  const amounts = r.columns.some((c) => AMOUNTS.has(c.field));
  const long = has(r, 'measure') && has(r, 'amount');
  return amounts || long ? r.columns.length : 0;
}

function titleAbove(table: RawTable, headerRow: number): string[] {
  const texts: string[] = [];
  for (let r = 0; r < headerRow; r++) for (const cell of table.rows[r] ?? []) if (cellText(cell).trim() !== '') texts.push(cellText(cell).trim());
  return texts;
}

function plan(table: RawTable, headerRow: number, headerRows: number, resolved: Resolved): BudgetPlan & { duplicates: Resolved['duplicates'] } {
  return {
    headerRow,
    dataStart: headerRow + headerRows,
    skipRows: new Set(),
    labels: resolved.labels,
    columns: resolved.columns,
    unknown: resolved.unknown,
    duplicates: resolved.duplicates,
    constants: new Map(),
    titleText: titleAbove(table, headerRow),
    measures: new Map(),
  };
}

/**
 * Finds the header among the first 30 rows: the row (or two rows, for a period over its
 * Budget/Utfall columns) that names a name column and amounts and the most columns.
 */
export function detectBudgetPlan(table: RawTable): (BudgetPlan & { duplicates: Resolved['duplicates'] }) | undefined {
  let best: { row: number; rows: number; resolved: Resolved; score: number } | undefined;
  const limit = Math.min(SCAN_ROWS, table.rows.length);
  for (let r = 0; r < limit; r++) {
    if (isEmptyRow(table.rows[r])) continue;
    const single = resolve(table, r, r);
    const s1 = score(single);
    if (s1 > 0 && (best === undefined || s1 > best.score)) best = { row: r, rows: 1, resolved: single, score: s1 };
    if (r + 1 < table.rows.length && !isEmptyRow(table.rows[r + 1])) {
      const pair = resolve(table, r, r + 1);
      const s2 = score(pair);
      if (s2 > s1 && (best === undefined || s2 > best.score)) best = { row: r, rows: 2, resolved: pair, score: s2 };
    }
  }
  return best && plan(table, best.row, best.rows, best.resolved);
}

/**
 * The plan a mapping sidecar describes: its header row (else the one found), its columns by
 * letter or header text; what it leaves out is recognised as usual. Problems with the mapping
 * itself are returned, and no plan.
 */
export function budgetPlanFromMapping(table: RawTable, mapping: BudgetMapping): { plan?: BudgetPlan & { duplicates: Resolved['duplicates'] }; problems: PlanProblem[] } {
  const detected = mapping.headerRow === undefined ? detectBudgetPlan(table) : undefined;
  const headerRow = mapping.headerRow !== undefined ? mapping.headerRow - 1 : (detected?.headerRow ?? 0);
  const base = detected ?? plan(table, headerRow, 1, resolve(table, headerRow, headerRow));
  const problems: PlanProblem[] = [];
  let width = 0;
  for (const row of table.rows) width = Math.max(width, row.length);
  const columns = [...base.columns];
  for (const [field, ref] of Object.entries(mapping.columns ?? {})) {
    if (ref === undefined) continue;
    let c = /^[A-Z]{1,3}$/.test(ref) ? columnIndex(ref) : -1;
    if (c >= width) {
      const last = width > 0 ? columnLetter(width - 1) : 'A';
      problems.push({ sv: `kolumnen ${ref} för ${field} är tom: tabellen slutar i kolumn ${last}`, en: `the column ${ref} for ${field} is empty: the table ends at column ${last}` });
      continue;
    }
    if (c < 0) c = base.labels.findIndex((l) => wordsKey(l) === wordsKey(ref));
    if (c < 0) {
      problems.push({ sv: `kolumnen ”${ref}” för ${field} finns inte på rad ${base.headerRow + 1}`, en: `the column "${ref}" for ${field} is not on row ${base.headerRow + 1}` });
      continue;
    }
    // The mapped column is this field's, and no other column is this field's (unless it names a period of its own).
    const header = parseBudgetHeader(base.labels[c] ?? '');
    for (let i = columns.length - 1; i >= 0; i--) if (columns[i].c === c || (columns[i].field === field && columns[i].period === undefined)) columns.splice(i, 1);
    columns.push({ c, field: field as BudgetField, ...(header.period !== undefined && AMOUNTS.has(field as BudgetField) ? { period: header.period } : {}), units: header.units });
    base.unknown = base.unknown.filter((u) => u !== c);
  }
  if (problems.length > 0) return { problems };
  const result = { ...base, columns: columns.sort((a, b) => a.c - b.c) };
  for (const [field, value] of Object.entries(mapping.constants ?? {})) if (value !== undefined) result.constants.set(field, value);
  result.skipRows = new Set((mapping.skipRows ?? []).map((r) => r - 1));
  if (mapping.lastRow !== undefined) result.last = mapping.lastRow - 1;
  if (mapping.unit !== undefined) result.unit = mapping.unit;
  if (mapping.costSign !== undefined) result.costSign = mapping.costSign;
  for (const [word, field] of Object.entries(mapping.measures ?? {})) if (field !== undefined) result.measures.set(wordsKey(word), field);
  return { plan: result, problems };
}
