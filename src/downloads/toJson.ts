import type { Indicator, Observation } from '../model/types.gen.ts';
import { compareRows, type RowKey } from './toRows.ts';

/** A copy of a JSON value with object keys sorted at every level (deterministic output). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

function keyOf(o: Observation): RowKey {
  return { areaCode: o.area ?? '', unitId: o.unit ?? '', period: o.period, gender: o.gender };
}

/** JSON download: the indicator's metadata and its observations, keys sorted, rows sorted. */
export function toJson(indicator: Indicator, observations: readonly Observation[]): string {
  const ours = observations.filter((o) => o.indicator === indicator.id).slice().sort((a, b) => compareRows(keyOf(a), keyOf(b)));
  return JSON.stringify(sortKeys({ indicator, observations: ours }), null, 2) + '\n';
}
