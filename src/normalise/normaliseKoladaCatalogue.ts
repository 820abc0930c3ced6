import type { KoladaKpi } from './Normalised.ts';
import type { Plan } from './Plan.ts';
import { RecordRows } from './RecordRows.ts';
import type { TableScope } from './TableScope.ts';

const TRUE = new Set(['1', 'true', 'True', 'TRUE']);

/** Kolada's KPI catalogue (concept, name, description, operating_area, is_divided_by_gender, …). */
export function normaliseKoladaCatalogue(scope: TableScope, plan: Plan): void {
  const rows = new RecordRows(scope, plan);
  if (!rows.requireColumns('id', 'title')) return;
  rows.each('id', () => {
    const id = rows.required('id');
    const title = rows.required('title', 'quiet');
    if (!rows.ok || id === undefined || title === undefined) return;
    const kpi: KoladaKpi = {
      id,
      title,
      genderSplit: TRUE.has(rows.text('genderSplit') ?? ''),
      hasUnitData: TRUE.has(rows.text('hasUnitData') ?? ''),
      source: scope.source(rows.r, rows.column('id')),
    };
    const description = rows.text('description', 'long');
    if (description !== undefined) kpi.description = description;
    const operatingArea = rows.text('operatingArea');
    if (operatingArea !== undefined) kpi.operatingArea = operatingArea;
    const publicationDate = rows.text('publicationDate');
    if (publicationDate !== undefined) kpi.publicationDate = publicationDate;
    scope.out.koladaKpis.push(kpi);
  });
}
