import type { Unit } from '../model/types.gen.ts';
import type { AreaDirectory } from './AreaDirectory.ts';
import { parseAreaCode } from './parseAreaCode.ts';
import type { Plan } from './Plan.ts';
import { RecordRows } from './RecordRows.ts';
import type { TableScope } from './TableScope.ts';

const OPERATORS = new Map<string, Unit['operator']>([
  ['kommunal', 'municipal'], ['kommunen', 'municipal'], ['kommun', 'municipal'], ['municipal', 'municipal'], ['offentlig', 'municipal'],
  ['fristående', 'independent'], ['enskild', 'independent'], ['privat', 'independent'], ['independent', 'independent'], ['enskild regi', 'independent'],
]);

/** A unit list: schools, preschools, care homes, with operator and municipality. */
export function normaliseUnits(scope: TableScope, plan: Plan, areas: AreaDirectory): void {
  const rows = new RecordRows(scope, plan);
  if (!rows.requireColumns('id', 'name')) return;
  rows.each('id', () => {
    const id = rows.required('id');
    const name = rows.required('name');
    const unit: Partial<Unit> = {};
    const type = rows.text('type', 'short');
    if (type !== undefined) unit.type = type;
    const operator = rows.text('operator');
    if (operator !== undefined) {
      const o = OPERATORS.get(operator.toLowerCase());
      if (o !== undefined) unit.operator = o;
      else rows.report('invalid-value', 'operator', { field: 'operator', allowed: 'kommunal eller fristående.' });
    }
    const address = rows.text('address', 'short');
    if (address !== undefined) unit.address = address;
    if (rows.has('area')) {
      const a = parseAreaCode(rows.cell('area'), areas);
      if (a.ok) unit.area = a.code;
      else if (a.code === 'unknown-area') rows.report('unknown-area', 'area');
      else rows.report('area-code', 'area', { hint: a.code === 'area-code' ? a.hint : '' });
    }
    if (!rows.ok || id === undefined || name === undefined) return;
    scope.out.units.push({ id, name, ...unit, metadata: scope.source(rows.r, rows.column('id')) });
  });
}
