import type { AnalysisRow } from './Normalised.ts';
import { parsePeriod } from './parsePeriod.ts';
import type { Plan } from './Plan.ts';
import { RecordRows } from './RecordRows.ts';
import type { TableScope } from './TableScope.ts';

/** An analysis sheet: how we read the result of a period, and what we do about it. */
export function normaliseAnalysis(scope: TableScope, plan: Plan): void {
  const rows = new RecordRows(scope, plan);
  if (!rows.requireColumns('indicator', 'period')) return;
  rows.each('indicator', () => {
    const indicator = rows.required('indicator');
    let period: string | undefined;
    if (!rows.has('period')) rows.required('period');
    else {
      period = parsePeriod(rows.cell('period'), scope.table.date1904);
      if (period === undefined) rows.report('period-format', 'period');
    }
    const interpretation = rows.text('interpretation', 'long');
    const actions = rows.text('actions', 'long');
    if (!rows.ok || indicator === undefined || period === undefined) return;
    if (interpretation === undefined && actions === undefined) return;
    const textField = interpretation !== undefined ? 'interpretation' : 'actions';
    const row: AnalysisRow = { indicator, indicatorSource: scope.source(rows.r, rows.column('indicator')), period, source: scope.source(rows.r, rows.column(textField)) };
    if (interpretation !== undefined) row.interpretation = interpretation;
    if (actions !== undefined) row.actions = actions;
    scope.out.analysis.push(row);
  });
}
