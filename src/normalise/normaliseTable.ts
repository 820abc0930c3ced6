import type { Mapping } from '../model/types.gen.ts';
import type { RawTable } from '../read/RawTable.ts';
import type { AreaDirectory } from './AreaDirectory.ts';
import { checkHeaders } from './checkHeaders.ts';
import { detectLayout } from './detectLayout.ts';
import { emptyNormalised, type Normalised } from './Normalised.ts';
import { normaliseAnalysis } from './normaliseAnalysis.ts';
import { normaliseAreas } from './normaliseAreas.ts';
import { normaliseCatalogue } from './normaliseCatalogue.ts';
import { normaliseKoladaCatalogue } from './normaliseKoladaCatalogue.ts';
import { normaliseTargets } from './normaliseTargets.ts';
import { normaliseUnits } from './normaliseUnits.ts';
import { readObservationRows } from './readObservationRows.ts';
import type { Plan } from './Plan.ts';
import { planFromMapping } from './planFromMapping.ts';
import { TableScope } from './TableScope.ts';

export interface NormaliseContext {
  /** Areas known so far (area files are normalised first), to resolve names to codes. */
  areas: AreaDirectory;
  /** A mapping sidecar, already validated against its schema by the orchestrator. */
  mapping?: Mapping;
}

/**
 * One table to canonical records. The layout comes from the mapping or is
 * detected; a table with no recognisable layout yields nothing (the
 * orchestrator reports sheet-skipped / unknown-layout). Never throws for input.
 */
export function normaliseTable(table: RawTable, ctx: NormaliseContext): Normalised {
  const out = emptyNormalised();
  const scope = new TableScope(table, out);
  let plan: Plan | undefined;
  if (ctx.mapping !== undefined) {
    plan = planFromMapping(scope, ctx.mapping);
  } else {
    const detected = detectLayout(table);
    if (detected !== null) {
      plan = {
        layout: detected.layout,
        headerRow: detected.headerRow,
        dataStart: detected.headerRow + detected.headerRows,
        columns: detected.columns,
        periodColumns: detected.periodColumns ?? [],
        constants: new Map(),
        titleText: detected.titleText ?? [],
        skipRows: new Set(),
        percentAsFraction: true,
        labels: detected.labels,
        alternatives: detected.alternatives,
        ignoredColumns: detected.ignoredColumns,
        unknownColumns: detected.unknownColumns,
      };
    }
  }
  if (plan === undefined) return out;
  scope.labels = plan.labels;
  checkHeaders(scope, plan);
  switch (plan.layout) {
    case 'long':
    case 'wide':
      readObservationRows(scope, plan, ctx.areas);
      break;
    case 'catalogue':
      normaliseCatalogue(scope, plan);
      break;
    case 'targets':
      normaliseTargets(scope, plan);
      break;
    case 'analysis':
      normaliseAnalysis(scope, plan);
      break;
    case 'kolada-catalogue':
      normaliseKoladaCatalogue(scope, plan);
      break;
    case 'areas':
      normaliseAreas(scope, plan);
      break;
    case 'units':
      normaliseUnits(scope, plan, ctx.areas);
      break;
  }
  return out;
}
