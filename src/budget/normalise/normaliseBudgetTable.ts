// One budget table → amounts in kronor per operating area, period and kind (budget, outcome,
// annual budget, forecast), each with the cell it came from; residents per year where the
// table has them. Units are never guessed: a table without kr/tkr/mnkr in its headers, its
// title or its mapping is an error. A table whose every amount is negative writes costs with
// a minus sign: they are turned, and a warning says so.
import type { AmountSource, Provenance } from '../../model/types.gen.ts';
import { cellText, isEmptyCell } from '../../normalise/cellText.ts';
import { cleanText } from '../../normalise/cleanText.ts';
import { isTotalText } from '../../normalise/dataArea.ts';
import { forEachDataRow } from '../../normalise/forEachDataRow.ts';
import { emptyNormalised } from '../../normalise/Normalised.ts';
import { parsePeriod, parsePeriodText } from '../../normalise/parsePeriod.ts';
import { readValue } from '../../normalise/readValue.ts';
import { TableScope } from '../../normalise/TableScope.ts';
import { formatNumber } from '../../format/formatNumber.ts';
import type { Finding } from '../../problems/Finding.ts';
import type { Cell, RawTable } from '../../read/RawTable.ts';
import { AMOUNT_FIELDS, budgetLabels, findPeriods, findUnits, isBudgetPeriod, matchMeasure, UNIT_SCALE, type AmountField, type AmountUnit, type BudgetField } from './budgetHeaders.ts';
import type { BudgetColumn, BudgetPlan } from './budgetPlan.ts';

/** One amount of one operating area and period, in kronor, costs positive. */
export interface BudgetEntry {
  area: string;
  committee?: string;
  period: string;
  field: AmountField;
  value: number;
  source: AmountSource;
}

/** The municipality's residents in a year, as a budget table gives them. */
export interface PopulationEntry {
  year: string;
  residents: number;
  source: Provenance;
}

export interface BudgetPart {
  entries: BudgetEntry[];
  population: PopulationEntry[];
  findings: Finding[];
}

const AMOUNT = new Set<BudgetField>(AMOUNT_FIELDS);
const MAX_KRONOR = 1e15;
const SUM_PREFIX = /^(?:summa|totalt|total|delsumma|sum|totalsumma)(?:\s|:|$)/i;

/** "Summa Utbildningsnämnden", "Totalt": a sum row, which the pages compute themselves. */
function isSumName(cell: Cell | undefined): boolean {
  return typeof cell === 'string' && (isTotalText(cell) || SUM_PREFIX.test(cell.trim()));
}

/** Decimals the cell shows, for the tolerance of the deviation check. */
function shownDecimals(cell: Cell): number {
  const text = cell !== null && typeof cell === 'object' && cell.t === 'n' ? (cell.w ?? String(cell.v)) : cellText(cell);
  const m = /[.,](\d+)\s*$/.exec(text.replace(/[\s\u00a0]/g, ''));
  return m ? Math.min(m[1].length, 6) : 0;
}

const round2 = (x: number) => {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
};

/** A read amount, before the unit and sign are known. */
interface RawAmount {
  field: AmountField | 'deviation';
  period: string;
  value: number;
  r: number;
  c: number;
  decimals: number;
}

interface RowRead {
  r: number;
  area: string;
  committee?: string;
  amounts: RawAmount[];
}

const UNIT_NAMES: Record<AmountUnit, string> = { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr' };

/** The unit of the table's amounts: the mapping's, else the one its headers and title name; problems when none or two. */
function tableUnit(scope: TableScope, plan: BudgetPlan): AmountUnit | undefined {
  const amountCols = plan.columns.filter((c) => AMOUNT.has(c.field) || c.field === 'amount' || c.field === 'deviation');
  const named = new Set<AmountUnit>([...amountCols.flatMap((c) => c.units), ...plan.titleText.flatMap((t) => findUnits(t).units)]);
  const at = amountCols[0]?.c ?? -1;
  if (plan.unit !== undefined) named.add(plan.unit);
  if (named.size > 1) {
    const [unit, other] = [...named];
    scope.report('budget-unit-conflict', plan.headerRow, at, undefined, { unit: UNIT_NAMES[unit], other: UNIT_NAMES[other] });
    return undefined;
  }
  if (named.size === 0) {
    scope.report('budget-unit-missing', plan.headerRow, at);
    return undefined;
  }
  return [...named][0];
}

/** A period that holds for the whole table: a mapping constant, else the sheet's name, else a single one in the title. */
function tablePeriod(scope: TableScope, plan: BudgetPlan): string | undefined {
  const constant = plan.constants.get('period');
  if (constant !== undefined) {
    const p = parsePeriodText(constant);
    if (p !== undefined && isBudgetPeriod(p)) return p;
    scope.out.findings.push({ code: 'mapping-invalid', file: scope.table.file + '.mapping.json', params: { 'detail@sv': `perioden ”${constant}” är inget år eller månad`, 'detail@en': `the period "${constant}" is not a year or a month`, detail: constant } });
    return undefined;
  }
  const sheet = scope.table.sheet !== undefined ? parsePeriodText(scope.table.sheet) : undefined;
  const titled = findPeriods(plan.titleText.join(' ')).periods;
  const title = titled.length === 1 ? titled[0] : undefined;
  if (sheet !== undefined && isBudgetPeriod(sheet)) {
    if (title !== undefined && title !== sheet) {
      scope.report('budget-period', plan.headerRow, -1, title, {
        'hint@sv': ` Rubriken ovanför tabellen anger ${title} men bladet heter ${scope.table.sheet}.`,
        'hint@en': ` The title above the table says ${title} but the sheet is called ${scope.table.sheet}.`,
      });
      return undefined;
    }
    return sheet;
  }
  return title;
}

const MONTH_NUMBER = /^(0?[1-9]|1[0-2])$/;

/** The period of a data row from its Period, År and Månad cells; undefined (reported) when they do not make one. */
function rowPeriod(scope: TableScope, r: number, cols: Map<BudgetField, BudgetColumn>, row: Cell[], fallback: string | undefined, date1904: boolean): string | undefined | null {
  const at = (f: BudgetField) => cols.get(f);
  const cell = (f: BudgetField) => row[at(f)!.c] ?? null;
  const bad = (c: number, sv = '', en = '') => {
    scope.report('budget-period', r, c, cellText(row[c] ?? null), { hint: sv, 'hint@sv': sv, 'hint@en': en });
    return null;
  };
  let period: string | undefined;
  if (at('period') !== undefined && !isEmptyCell(cell('period'))) {
    period = parsePeriod(cell('period'), date1904);
    if (period === undefined || !isBudgetPeriod(period)) return bad(at('period')!.c, ...(period !== undefined ? [' Kvartal, halvår och läsår används inte för budget och utfall.', ' Quarters, half-years and school years are not used for budget and outcome.'] : []));
  }
  if (at('year') !== undefined && !isEmptyCell(cell('year'))) {
    const year = parsePeriod(cell('year'), date1904);
    if (year === undefined || !/^\d{4}$/.test(year)) return bad(at('year')!.c);
    period = year;
  }
  if (at('month') !== undefined && !isEmptyCell(cell('month'))) {
    const raw = cell('month');
    const text = cellText(raw).trim();
    const number = raw !== null && typeof raw === 'object' && raw.t === 'n' && !raw.z?.match(/[dmy]/i) ? String(raw.v) : text;
    let month: string | undefined;
    if (MONTH_NUMBER.test(number)) month = period !== undefined && /^\d{4}$/.test(period) ? `${period}-${number.padStart(2, '0')}` : undefined;
    else {
      const full = parsePeriod(raw, date1904) ?? (period !== undefined ? parsePeriodText(`${text} ${period.slice(0, 4)}`) : undefined);
      if (full !== undefined && /^\d{4}-\d{2}$/.test(full)) month = full;
    }
    if (month === undefined) return bad(at('month')!.c);
    period = month;
  }
  return period ?? fallback;
}

/** An amount cell: a number, or undefined when empty or a status symbol; null when it is wrong (reported). */
function readAmount(scope: TableScope, r: number, c: number, cell: Cell): number | undefined | null {
  if (isEmptyCell(cell)) return undefined;
  const read = readValue(cell, false);
  if (read.ok) return read.value ?? undefined;
  const text = cellText(cell);
  if (read.code === 'ambiguous-number') scope.report('ambiguous-number', r, c, text, { suggestion: read.suggestion });
  else if (read.code === 'formula-error-cell') scope.report('formula-error-cell', r, c, text);
  else scope.report('type-error', r, c, text, { hint: read.hint });
  return null;
}

function nameText(scope: TableScope, r: number, c: number | undefined, row: Cell[]): string | undefined {
  if (c === undefined) return undefined;
  const cell = row[c];
  if (isEmptyCell(cell)) return undefined;
  if (cell !== null && typeof cell === 'object' && cell.t === 'e') {
    scope.report('formula-error-cell', r, c, cellText(cell));
    return undefined;
  }
  const raw = cellText(cell ?? null);
  const clean = cleanText(raw);
  if (clean.controlRemoved) scope.report('control-character', r, c, raw);
  if (clean.trimmed) scope.report('trailing-space', r, c, raw);
  return clean.text === '' ? undefined : clean.text;
}

/**
 * Reads one budget table by its plan. Amount columns with a period in their header are for
 * that period; the others for the row's period (its Period/År/Månad cells, else the table's).
 */
export function normaliseBudgetTable(table: RawTable, plan: BudgetPlan): BudgetPart {
  const out = emptyNormalised();
  const scope = new TableScope(table, out);
  scope.labels = plan.labels;
  const part: BudgetPart = { entries: [], population: [], findings: out.findings };
  const single = new Map<BudgetField, BudgetColumn>();
  for (const col of plan.columns) if (col.period === undefined && !single.has(col.field)) single.set(col.field, col);
  const areaCol = single.get('area')?.c;
  const committeeCol = single.get('committee')?.c;
  const measureCol = single.get('measure');
  const amountCol = single.get('amount');
  const long = measureCol !== undefined && amountCol !== undefined;
  const amountCols = plan.columns.filter((c) => AMOUNT.has(c.field) || c.field === 'deviation');
  const populationCols = plan.columns.filter((c) => c.field === 'population');

  for (const c of plan.unknown) scope.report('unknown-label', plan.headerRow, c, plan.labels[c]);
  if (areaCol === undefined && committeeCol === undefined && !plan.constants.has('area')) {
    scope.report('missing-label', plan.headerRow, -1, undefined, { field: 'verksamhet', 'field@sv': 'verksamhet', 'field@en': 'operating area', labels: budgetLabels('area') });
    return part;
  }
  const unit = tableUnit(scope, plan);
  const needsRowPeriod = long || plan.columns.some((c) => (AMOUNT.has(c.field) || c.field === 'deviation' || c.field === 'population') && c.period === undefined);
  const hasPeriodColumn = single.has('period') || single.has('year') || single.has('month');
  const fallback = hasPeriodColumn || needsRowPeriod ? tablePeriod(scope, plan) : undefined;
  if (needsRowPeriod && !hasPeriodColumn && fallback === undefined) {
    scope.report('missing-label', plan.headerRow, -1, undefined, { field: 'period', 'field@sv': 'år eller period', 'field@en': 'year or period', labels: budgetLabels('year') + ', ' + budgetLabels('period') });
    return part;
  }

  const keyCol = areaCol ?? committeeCol ?? amountCols[0]?.c ?? amountCol?.c ?? 0;
  const used = plan.columns.map((c) => c.c);
  const width = Math.max(0, ...plan.labels.map((l, c) => (l === '' ? 0 : c + 1)));
  const reads: RowRead[] = [];
  const isTotal = (row: Cell[]) => isSumName(areaCol !== undefined ? row[areaCol] : undefined) || isSumName(committeeCol !== undefined ? row[committeeCol] : undefined);

  forEachDataRow(scope, { ...plan, width, usedColumns: used }, keyCol, (r, row) => {
    const areaText = nameText(scope, r, areaCol, row);
    const committee = nameText(scope, r, committeeCol, row) ?? plan.constants.get('committee');
    const area = areaText ?? plan.constants.get('area') ?? (areaCol === undefined ? committee : undefined);
    const period = needsRowPeriod || hasPeriodColumn ? rowPeriod(scope, r, single, row, fallback, table.date1904) : undefined;
    if (period === null) return;
    const amounts: RawAmount[] = [];
    let wrong = false;
    const add = (field: AmountField | 'deviation', col: number, p: string | undefined) => {
      const value = readAmount(scope, r, col, row[col] ?? null);
      if (value === null) wrong = true;
      else if (value !== undefined && p !== undefined) amounts.push({ field, period: p, value, r, c: col, decimals: shownDecimals(row[col] ?? null) });
    };
    if (long) {
      const mCell = row[measureCol.c] ?? null;
      const field = isEmptyCell(mCell) ? undefined : matchMeasure(cellText(mCell), plan.measures);
      if (field === undefined) {
        if (isEmptyCell(mCell)) scope.report('missing-cell', r, measureCol.c, undefined, { field: 'typ', 'field@sv': 'typ av belopp', 'field@en': 'kind of amount', example: 'Utfall' });
        else scope.report('budget-measure', r, measureCol.c, cellText(mCell));
        wrong = true;
      } else add(field, amountCol.c, period);
    } else {
      for (const col of amountCols) add(col.field as AmountField | 'deviation', col.c, col.period ?? period);
    }
    for (const col of populationCols) {
      const value = readAmount(scope, r, col.c, row[col.c] ?? null);
      const p = col.period ?? period;
      if (value === null) wrong = true;
      else if (value !== undefined && p !== undefined) {
        if (!Number.isInteger(value) || value < 1) {
          scope.report('budget-population', r, col.c, cellText(row[col.c] ?? null));
          wrong = true;
        } else part.population.push({ year: p.slice(0, 4), residents: value, source: scope.source(r, col.c) });
      }
    }
    if (area === undefined) {
      if (amounts.length > 0) {
        scope.report('missing-cell', r, areaCol ?? committeeCol ?? -1, undefined, { field: 'verksamhet', 'field@sv': 'verksamhet', 'field@en': 'operating area', example: 'Grundskola' });
      }
      return;
    }
    if (wrong) return;
    if (!amounts.some((a) => a.field !== 'deviation')) {
      scope.report('budget-no-amount', r, amountCols[0]?.c ?? amountCol?.c ?? -1);
      return;
    }
    reads.push({ r, area, ...(committee !== undefined ? { committee } : {}), amounts });
  }, isTotal);
  if (unit === undefined) return part;

  // The sign: stated by the mapping, else costs are positive unless every amount is negative.
  const values = reads.flatMap((row) => row.amounts.filter((a) => a.field !== 'deviation').map((a) => a.value));
  const negated = plan.costSign === 'negative' || (plan.costSign === undefined && values.length > 0 && values.every((v) => v <= 0) && values.some((v) => v < 0));
  if (negated && plan.costSign === undefined) scope.report('budget-negative-costs', plan.headerRow, amountCols[0]?.c ?? amountCol?.c ?? -1);
  const scale = UNIT_SCALE[unit] * (negated ? -1 : 1);

  let orientation: 1 | -1 | undefined;
  for (const row of reads) {
    for (const a of row.amounts) {
      if (a.field === 'deviation') continue;
      const value = round2(a.value * scale);
      // More than a thousand billion kronor is no municipality's amount (and past 1e308 not even a number).
      if (!(Math.abs(value) <= MAX_KRONOR)) {
        scope.report('type-error', a.r, a.c, cellText(table.rows[a.r]?.[a.c] ?? null), { 'hint@sv': ' Beloppet är orimligt stort; kontrollera enheten.', 'hint@en': ' The amount is implausibly large; check the unit.' });
        continue;
      }
      const source: AmountSource = { ...scope.source(a.r, a.c), unit, ...(negated ? { negated: true as const } : {}) };
      part.entries.push({ area: row.area, ...(row.committee !== undefined ? { committee: row.committee } : {}), period: a.period, field: a.field, value, source });
    }
    // A deviation column is checked, never published: the pages compute their own.
    for (const d of row.amounts.filter((a) => a.field === 'deviation')) {
      const b = row.amounts.find((a) => a.field === 'budget' && a.period === d.period);
      const o = row.amounts.find((a) => a.field === 'outcome' && a.period === d.period);
      if (!b || !o) continue;
      // Budget − outcome as costs; a source writing costs with a minus sign computes the same
      // deviation from its own figures (utfall − budget). Some exports take it the other way
      // round: the first row with a difference settles which, for the whole table.
      const difference = (b.value - o.value) * (negated ? -1 : 1);
      const decimals = Math.min(b.decimals, o.decimals, d.decimals);
      const tolerance = 1.01 * 10 ** -decimals;
      if (orientation === undefined && Math.abs(difference) > tolerance) orientation = Math.abs(d.value - difference) <= Math.abs(d.value + difference) ? 1 : -1;
      const expected = (orientation ?? 1) * difference;
      if (Math.abs(d.value - expected) > tolerance) {
        scope.report('budget-deviation', d.r, d.c, cellText(table.rows[d.r]?.[d.c] ?? null), {
          budget: cellText(table.rows[b.r]?.[b.c] ?? null),
          outcome: cellText(table.rows[o.r]?.[o.c] ?? null),
          difference: formatNumber(expected, decimals),
        });
      }
    }
  }
  return part;
}
