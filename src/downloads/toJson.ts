import type { Indicator, Observation } from '../model/types.gen.ts';
import { stableStringify } from '../write/stableJson.ts';
import { compareRows, type RowKey } from './toRows.ts';

function keyOf(o: Observation): RowKey {
  return { areaCode: o.area ?? '', unitId: o.unit ?? '', period: o.period, gender: o.gender };
}

/** JSON download: the indicator's metadata and its observations, keys sorted, rows sorted. */
export function toJson(indicator: Indicator, observations: readonly Observation[]): string {
  const ours = observations.filter((o) => o.indicator === indicator.id).slice().sort((a, b) => compareRows(keyOf(a), keyOf(b)));
  return stableStringify({ indicator, observations: ours }, 2) + '\n';
}
