import type { Observation } from '../model/types.gen.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import type { ObservationSource } from './loadSiteData.ts';

/** What an indicator's whole data covers, kept when the pages hold only the observations they show. */
export interface Coverage {
  /** Every period with a value or a status, in time order. */
  periods: readonly string[];
  observations: number;
  /** Observations with a number. */
  values: number;
}

export function coverageOf(observations: readonly Observation[]): Coverage {
  let values = 0;
  const periods = new Set<string>();
  for (const o of observations) {
    periods.add(o.period);
    if (typeof o.value === 'number') values++;
  }
  return { periods: [...periods].sort(comparePeriods), observations: observations.length, values };
}

/** An indicator's coverage: recorded when the data was loaded, else counted from its observations. */
export function coverageFor(data: { observations: ObservationSource; coverage?: ReadonlyMap<string, Coverage> }, id: string): Coverage {
  return data.coverage?.get(id) ?? coverageOf(data.observations.get(id) ?? []);
}
