import type { Observation, Unit } from '../model/types.gen.ts';
import { latestUnitPeriod } from '../charts/unitBars.ts';

export type UnitSort = 'name' | 'value';

export interface UnitRow {
  unit: Unit;
  observation: Observation;
}

export interface UnitTable {
  period: string;
  rows: UnitRow[];
}

const collator = new Intl.Collator('sv-SE');

/**
 * Unit-level results (gender T) for the latest period that has unit observations, sorted by
 * name (Swedish order) or by value, highest first, with status symbols last. Observations for
 * units missing from units.json are still listed, under their id.
 */
export function unitTable(observations: readonly Observation[], units: readonly Unit[], sort: UnitSort = 'name'): UnitTable | undefined {
  const unitObs = observations.filter((o) => o.unit !== undefined && o.gender === 'T');
  if (unitObs.length === 0) return undefined;
  const period = latestUnitPeriod(observations)!;
  const byId = new Map(units.map((u) => [u.id, u]));
  const rows = unitObs
    .filter((o) => o.period === period)
    .map((o) => ({ unit: byId.get(o.unit!) ?? { id: o.unit!, name: o.unit! }, observation: o }));
  const byName = (a: UnitRow, b: UnitRow) => collator.compare(a.unit.name, b.unit.name) || (a.unit.id < b.unit.id ? -1 : 1);
  rows.sort((a, b) => (sort === 'value' && byValue(a, b)) || byName(a, b));
  return { period, rows };
}

/** Highest value first, status symbols (no value) last; 0 for equal values. */
function byValue(a: UnitRow, b: UnitRow): number {
  const va = a.observation.value;
  const vb = b.observation.value;
  if (va !== null && vb !== null && va !== vb) return vb - va;
  if ((va === null) !== (vb === null)) return va === null ? 1 : -1;
  return 0;
}

/**
 * The table in every order (UNIT_SORTS), for the sorted unit pages: the value order
 * is the name order re-sorted by value (a stable sort keeps names in order among
 * equal values), so Swedish collation runs once, not once per order.
 */
export function unitTables(observations: readonly Observation[], units: readonly Unit[]): Record<UnitSort, UnitTable> | undefined {
  const name = unitTable(observations, units, 'name');
  if (!name) return undefined;
  return { name, value: { period: name.period, rows: [...name.rows].sort(byValue) } };
}

/** URL segments of the sorted unit pages: /matt/<id>/enheter/namn/ and /enheter/varde/. */
export const UNIT_SORTS: readonly { slug: string; sort: UnitSort }[] = [
  { slug: 'namn', sort: 'name' },
  { slug: 'varde', sort: 'value' },
];
