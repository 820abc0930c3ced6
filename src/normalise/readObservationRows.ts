import type { Observation, Provenance } from '../model/types.gen.ts';
import type { Cell } from '../read/RawTable.ts';
import type { AreaDirectory } from './AreaDirectory.ts';
import { cellText, isEmptyCell, isEmptyRow } from './cellText.ts';
import { cleanText } from './cleanText.ts';
import { checkDataArea, dataEnd, isTotalText } from './dataArea.ts';
import { ObservationFields } from './ObservationFields.ts';
import { parseNumber } from './parseNumber.ts';
import { parseStatus, type Status } from './parseStatus.ts';
import { labelsOf } from './headers.ts';
import { col, headerWidth, type Plan } from './Plan.ts';
import { readValue } from './readValue.ts';
import type { TableScope } from './TableScope.ts';

/** Lower-cased first letters of Totalt, Summa, Total, Samtliga, and a space (for ' Totalt'). */
const TOTAL_FIRST = new Set([116, 115, 32]);
const KPI_IN_TITLE = /\b([NU]\d{5})\b/;
const YES = new Set(['ja', 'j', 'x', 'true', 'sant', 'yes', 'y', '1', 'prel', 'preliminär', 'preliminärt']);
const NO = new Set(['', 'nej', 'n', 'false', 'falskt', 'no', '0']);

/** A KPI id named in the title above a wide table ("N15428 Behöriga till yrkesprogram"). */
export function indicatorFromTitle(titleText: string[]): string | undefined {
  for (const text of titleText) {
    const m = KPI_IN_TITLE.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** The cell above the header that names a KPI id (the table's title). */
function titleCell(scope: TableScope, headerRow: number, id: string): Provenance {
  for (let r = 0; r < headerRow; r++) {
    const row = scope.table.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (cellText(row[c]).includes(id)) return scope.source(r, c);
  }
  return scope.source(headerRow, 0);
}

/** The value columns of one row: where each observation's value is, and its period. */
export interface ValueSlot {
  col: number;
  /** The period of a wide column; undefined in the long layout (read from the period column). */
  period?: string;
}

/**
 * Reads the observation rows of a long or wide table. Columns are resolved
 * once; per row only cheap checks run, and repeated texts come from caches.
 */
export function readObservationRows(scope: TableScope, plan: Plan, areas: AreaDirectory): void {
  const { table, out } = scope;
  const rows = table.rows;
  const wide = plan.layout === 'wide';
  const indicatorCol = col(plan, 'indicator');
  const areaCol = col(plan, 'area');
  const unitCol = col(plan, 'unit');
  const periodCol = wide ? -1 : col(plan, 'period');
  const genderCol = col(plan, 'gender');
  const valueCol = wide ? -1 : col(plan, 'value');
  const statusCol = col(plan, 'status');
  const nCol = col(plan, 'n');
  const noteCol = col(plan, 'note');
  const prelCol = col(plan, 'preliminary');
  const slots: ValueSlot[] = wide ? plan.periodColumns.filter((p) => !table.hiddenColumns.includes(p.col)) : [{ col: valueCol }];

  const constIndicator = plan.constants.get('indicator') ?? (indicatorCol < 0 ? indicatorFromTitle(plan.titleText) : undefined);
  const constArea = plan.constants.get('area');
  const constUnit = plan.constants.get('unit');
  const constPeriod = plan.constants.get('period');
  const constGender = plan.constants.get('gender');
  const fields = new ObservationFields(scope, areas);

  // Constants are checked once, against the header row, like any cell.
  let fixedArea: string | undefined;
  let fixedPeriod: string | undefined;
  let fixedGender: Observation['gender'] | undefined;
  if (constArea !== undefined && areaCol < 0) fixedArea = fields.area(constArea, plan.headerRow, 0);
  if (constPeriod !== undefined && periodCol < 0) fixedPeriod = fields.period(constPeriod, plan.headerRow, 0);
  if (constGender !== undefined && genderCol < 0) fixedGender = fields.gender(constGender, plan.headerRow, 0);

  const missingLabel = (field: string) =>
    scope.report('missing-label', plan.headerRow, -1, undefined, { field, labels: labelsOf(plan.layout, field) });
  let unusable = false;
  if (indicatorCol < 0 && constIndicator === undefined) {
    missingLabel('indicator');
    unusable = true;
  }
  if (areaCol < 0 && unitCol < 0 && fixedArea === undefined && constUnit === undefined) {
    missingLabel('area');
    unusable = true;
  }
  if (!wide && periodCol < 0 && fixedPeriod === undefined) {
    missingLabel('period');
    unusable = true;
  }
  if (wide && slots.length === 0) {
    missingLabel('period');
    unusable = true;
  }
  if (!wide && valueCol < 0) {
    missingLabel('value');
    unusable = true;
  }
  if ((constArea !== undefined && areaCol < 0 && fixedArea === undefined) || (constPeriod !== undefined && periodCol < 0 && fixedPeriod === undefined) || (constGender !== undefined && genderCol < 0 && fixedGender === undefined)) unusable = true;
  if (unusable) return;
  // Ids that hold for every row stand in the mapping sidecar or the title, not in a row: that is where to point.
  const constantAt = (field: string) => ({ file: plan.constantsFile ?? table.file, pointer: `/constants/${field}` });
  if (constIndicator !== undefined && indicatorCol < 0) {
    out.keyCells.indicator.set(constIndicator, plan.constants.has('indicator') ? constantAt('indicator') : titleCell(scope, plan.headerRow, constIndicator));
  }
  if (fixedArea !== undefined) out.keyCells.area.set(fixedArea, constantAt('area'));
  if (constUnit !== undefined && unitCol < 0) out.keyCells.unit.set(constUnit, constantAt('unit'));

  const width = headerWidth(plan);
  const idCols = [indicatorCol, areaCol, unitCol].filter((c) => c >= 0);
  const isRecord = wide
    ? (row: Cell[]) => slots.some((s) => !isEmptyCell(row[s.col]))
    : periodCol >= 0
      ? (row: Cell[]) => !isEmptyCell(row[periodCol])
      : (row: Cell[]) => idCols.some((c) => !isEmptyCell(row[c])) || !isEmptyCell(row[valueCol]);
  const end = dataEnd(table, { start: plan.dataStart, last: plan.last, isRecord });
  const used = [...plan.columns.values(), ...plan.periodColumns.map((p) => p.col)];
  checkDataArea(scope, plan.headerRow, plan.dataStart, end, used);
  const hiddenRows = new Set(table.hiddenRows);
  const percentAsFraction = plan.percentAsFraction;
  const file = table.file;
  const sheet = table.sheet;
  let dataRows = 0;

  for (let r = plan.dataStart; r <= end; r++) {
    if (plan.skipRows.has(r)) continue;
    const row = rows[r];
    if (row === undefined || isEmptyRow(row)) {
      scope.report('blank-row', r, -1);
      continue;
    }
    if (hiddenRows.size > 0 && hiddenRows.has(r)) {
      scope.report('hidden-row', r, -1, undefined, { row: r + 1 });
      continue;
    }
    let total = false;
    for (const c of idCols) {
      const cell = row[c];
      // Cheap first-letter test before the real one: this runs for every id cell of a million rows.
      if (typeof cell === 'string' && cell.length < 14 && TOTAL_FIRST.has(cell.charCodeAt(0) | 32) && isTotalText(cell)) total = true;
    }
    if (total) continue;
    dataRows++;
    if (row.length > width) {
      for (let c = width; c < row.length; c++) {
        if (!isEmptyCell(row[c])) {
          scope.report('extra-cell', r, c, cellText(row[c]), { columns: width });
          break;
        }
      }
    }

    let ok = true;
    let indicator = constIndicator;
    if (indicatorCol >= 0) {
      indicator = fields.id('indicator', row[indicatorCol] ?? null, r, indicatorCol);
      if (indicator === undefined) ok = false;
    }
    let area = fixedArea;
    let unit = constUnit;
    if (unitCol >= 0 && !isEmptyCell(row[unitCol])) {
      unit = fields.id('unit', row[unitCol], r, unitCol);
      if (unit === undefined) ok = false;
      area = undefined;
    } else if (areaCol >= 0) {
      area = fields.area(row[areaCol] ?? null, r, areaCol);
      if (area === undefined) ok = false;
      unit = undefined;
    } else if (unitCol >= 0 && constUnit === undefined && fixedArea === undefined) {
      fields.id('unit', null, r, unitCol);
      ok = false;
    }
    let period = fixedPeriod;
    if (periodCol >= 0) {
      period = fields.period(row[periodCol] ?? null, r, periodCol);
      if (period === undefined) ok = false;
    }
    let gender = fixedGender ?? 'T';
    if (genderCol >= 0) {
      const g = fields.gender(row[genderCol] ?? null, r, genderCol);
      if (g === undefined) ok = false;
      else gender = g;
    }
    let statusOverride: Status | undefined;
    if (statusCol >= 0) {
      const cell = row[statusCol] ?? null;
      if (!isEmptyCell(cell)) {
        const text = cellText(cell);
        statusOverride = parseStatus(text);
        if (statusOverride === undefined) {
          scope.report('status-code', r, statusCol, text);
          ok = false;
        }
      }
    }
    let n: number | undefined;
    if (nCol >= 0) {
      const cell = row[nCol] ?? null;
      if (!isEmptyCell(cell)) {
        const parsed = typeof cell === 'object' && cell !== null && cell.t === 'n' ? { ok: true as const, value: cell.v } : parseNumber(cellText(cell));
        if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 0) n = parsed.value;
        else {
          // A number that is not a count (12,5) is the wrong value, not the wrong type.
          if (parsed.ok) scope.report('invalid-value', r, nCol, cellText(cell), { field: 'n', allowed: 'Ett heltal, 0 eller större, t.ex. 412.' });
          else scope.report('type-error', r, nCol, cellText(cell), { field: 'n', hint: '' });
          ok = false;
        }
      }
    }
    let note: string | undefined;
    if (noteCol >= 0) {
      const cell = row[noteCol] ?? null;
      if (!isEmptyCell(cell)) {
        const clean = cleanText(cellText(cell), true);
        if (clean.controlRemoved) scope.report('control-character', r, noteCol, cellText(cell));
        if (clean.text !== '') note = clean.text;
      }
    }
    let prelRow = false;
    if (prelCol >= 0) {
      const cell = row[prelCol] ?? null;
      const text = typeof cell === 'object' && cell !== null && cell.t === 'b' ? String(cell.v) : cellText(cell).trim().toLowerCase();
      if (YES.has(text)) prelRow = true;
      else if (!NO.has(text)) {
        scope.report('invalid-value', r, prelCol, cellText(cell), { field: 'preliminary', allowed: 'ja, nej, x eller tom cell' });
        ok = false;
      }
    }
    if (!ok) continue;

    for (const slot of slots) {
      const c = slot.col;
      const cell = row[c] ?? null;
      const read = readValue(cell, percentAsFraction);
      if (!read.ok) {
        if (read.code === 'formula-error-cell') scope.report('formula-error-cell', r, c, cellText(cell));
        else if (read.code === 'ambiguous-number') scope.report('ambiguous-number', r, c, cellText(cell), { suggestion: read.suggestion });
        else scope.report('type-error', r, c, cellText(cell), { field: 'value', hint: read.hint });
        continue;
      }
      const ref = scope.a1(r, c);
      const source = sheet === undefined ? { file, cell: ref } : { file, sheet, cell: ref };
      const obs: Observation = area !== undefined
        ? { indicator: indicator!, area, period: slot.period ?? period!, gender, value: read.value, source }
        : { indicator: indicator!, unit: unit!, period: slot.period ?? period!, gender, value: read.value, source };
      if (read.value === null) obs.status = statusOverride ?? read.status;
      if (n !== undefined) obs.n = n;
      if (read.preliminary || prelRow) {
        obs.preliminary = true;
        scope.report('preliminary-value', r, c, cellText(cell));
      }
      if (note !== undefined) obs.note = note;
      out.observations.push(obs);
    }
  }
  if (dataRows === 0) scope.report('no-data', plan.headerRow, -1);
}

