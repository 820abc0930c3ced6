import type { Observation } from '../../model/types.gen.ts';
import { compareRows, type RowKey } from '../../downloads/toRows.ts';
import type { OpenDataInput } from '../bulk/OpenDataInput.ts';

function keyOf(o: Observation): RowKey {
  return { areaCode: o.area ?? '', unitId: o.unit ?? '', period: o.period, gender: o.gender };
}

/** One indicator's observations in download order (areas, units, period, gender), as data.json has them. */
export function observationsOf(input: Pick<OpenDataInput, 'observations'>, id: string): Observation[] {
  return (input.observations.get(id) ?? []).filter((o) => o.indicator === id).sort((a, b) => compareRows(keyOf(a), keyOf(b)));
}

