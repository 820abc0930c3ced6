import type { Observation } from '../../model/types.gen.ts';
import { inDownloadOrder } from '../../downloads/toJson.ts';
import type { OpenDataInput } from '../bulk/OpenDataInput.ts';

/** One indicator's observations in download order (areas, units, period, gender), as data.json has them. */
export function observationsOf(input: Pick<OpenDataInput, 'observations'>, id: string): Observation[] {
  return inDownloadOrder(input.observations.get(id) ?? [], id);
}

