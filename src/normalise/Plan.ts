import type { ColumnMap } from './detectLayout.ts';
import type { Layout } from './headers.ts';

/** How one table is read: from detectLayout, or from a mapping sidecar. */
export interface Plan {
  layout: Layout;
  headerRow: number;
  /** 0-based first data row. */
  dataStart: number;
  /** 0-based last row allowed (mapping lastRow). */
  last?: number;
  columns: ColumnMap;
  periodColumns: { col: number; period: string }[];
  /** Field → value for every row (mapping constants). Values are our field names' values, never keys from a sheet. */
  constants: Map<string, string>;
  /** The mapping sidecar the constants come from. */
  constantsFile?: string;
  titleText: string[];
  /** 0-based rows to ignore. */
  skipRows: Set<number>;
  percentAsFraction: boolean;
  /** Header text per column. */
  labels: string[];
  alternatives: Map<string, number[]>;
  ignoredColumns: number[];
  unknownColumns: number[];
}

/** One past the last column with a header. */
export function headerWidth(plan: Plan): number {
  let w = plan.labels.length;
  while (w > 0 && plan.labels[w - 1] === '') w--;
  return w;
}

/** Column of a field, or -1. */
export function col(plan: Plan, field: string): number {
  return plan.columns.get(field) ?? -1;
}
