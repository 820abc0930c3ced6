import type { Area } from '../model/types.gen.ts';
import type { Cell } from '../read/RawTable.ts';
import { cellText, isEmptyCell } from './cellText.ts';
import { headerKey } from './headers.ts';
import { koladaAreaCode, parseAreaCode } from './parseAreaCode.ts';
import type { Plan } from './Plan.ts';
import { RecordRows } from './RecordRows.ts';
import type { TableScope } from './TableScope.ts';

const TYPES = new Map<string, Area['type']>([
  ['land', 'country'], ['riket', 'country'], ['rike', 'country'], ['country', 'country'],
  ['region', 'region'], ['län', 'region'],
  ['kommun', 'municipality'], ['municipality', 'municipality'],
  ['grupp', 'group'], ['group', 'group'], ['jämförelsegrupp', 'group'],
  ['stadsdel', 'district'], ['distrikt', 'district'], ['district', 'district'], ['kommundel', 'district'],
]);

function typeFromCode(code: string): Area['type'] {
  if (code === '0000') return 'country';
  if (code.startsWith('00')) return 'region';
  if (code.startsWith('G')) return 'group';
  if (code.startsWith('D')) return 'district';
  return 'municipality';
}

/**
 * The parent column: an explicit "Ingår i", else a second code column (Kolada's
 * municipalities.csv has kommun then region), else Kolada's "rike".
 */
function parentColumn(plan: Plan): number {
  const explicit = plan.columns.get('parent');
  const label = explicit === undefined ? '' : headerKey(plan.labels[explicit]);
  const second = plan.alternatives.get('code')?.[0];
  if (explicit !== undefined && label !== 'rike') return explicit;
  if (second !== undefined) return second;
  return explicit ?? -1;
}

/** Area codes in area files, with Kolada's 0 (riket) and 01 (region) forms. */
function areaCode(cell: Cell): ReturnType<typeof parseAreaCode> {
  const kolada = typeof cell === 'string' ? koladaAreaCode(cell) : cell !== null && cell.t === 'n' && cell.v === 0 ? '0000' : undefined;
  if (kolada !== undefined) return { ok: true, code: kolada };
  return parseAreaCode(cell);
}

/** An area list: code, name, type and parent (also Kolada's municipalities.csv and regions.csv). */
export function normaliseAreas(scope: TableScope, plan: Plan): void {
  const rows = new RecordRows(scope, plan);
  if (!rows.requireColumns('code', 'name')) return;
  const parentCol = parentColumn(plan);
  rows.each('code', () => {
    const cell = rows.cell('code');
    const code = areaCode(cell);
    const name = rows.required('name');
    if (!code.ok) {
      if (code.code === 'missing') rows.required('code');
      else rows.report('area-code', 'code', { hint: code.code === 'area-code' ? code.hint : '' });
      return;
    }
    if (isEmptyCell(cell)) return;
    if (cellText(cell) !== cellText(cell).trim()) scope.report('trailing-space', rows.r, rows.column('code'), cellText(cell));
    let type = typeFromCode(code.code);
    const typeText = rows.text('type');
    if (typeText !== undefined) {
      const t = TYPES.get(typeText.trim().toLowerCase());
      if (t !== undefined) type = t;
      else rows.report('invalid-value', 'type', { field: 'type', allowed: 'land, region, kommun, grupp eller stadsdel.' });
    }
    let parent: string | undefined;
    if (parentCol >= 0 && !isEmptyCell(rows.row[parentCol])) {
      const p = areaCode(rows.row[parentCol]);
      if (p.ok) parent = p.code;
      else {
        scope.report('area-code', rows.r, parentCol, cellText(rows.row[parentCol]), { hint: p.code === 'area-code' ? p.hint : '' });
        rows.ok = false;
      }
    }
    if (!rows.ok || name === undefined) return;
    const area: Area = { code: code.code, name, type };
    if (parent !== undefined && parent !== code.code) area.parent = parent;
    area.metadata = scope.source(rows.r, rows.column('code'));
    scope.out.areas.push(area);
  });
}
