import type { TargetRow } from './Normalised.ts';
import type { Plan } from './Plan.ts';
import { RecordRows } from './RecordRows.ts';
import type { TableScope } from './TableScope.ts';

/** A targets sheet (Mått-id, Mål, Målår, Beslut): one target per row. */
export function normaliseTargets(scope: TableScope, plan: Plan): void {
  const rows = new RecordRows(scope, plan);
  if (!rows.requireColumns('indicator', 'target', 'targetYear')) return;
  rows.each('indicator', () => {
    const indicator = rows.required('indicator');
    const value = rows.number('target');
    const year = rows.year('targetYear');
    if (rows.has('target') && !rows.has('targetYear') && value !== undefined) rows.report('target-without-year', 'targetYear', undefined, 'target');
    else if (!rows.has('target') && rows.ok) {
      scope.report('missing-cell', rows.r, rows.column('target'), undefined, { field: 'target' });
      rows.ok = false;
    }
    if (!rows.ok || indicator === undefined || value === undefined || year === undefined) return;
    const target: TargetRow = { indicator, indicatorSource: scope.source(rows.r, rows.column('indicator')), value, year, source: scope.source(rows.r, rows.column('target')) };
    const decision = rows.text('decision');
    if (decision !== undefined) target.decision = decision;
    scope.out.targets.push(target);
  });
}
