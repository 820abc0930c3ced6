import type { Observation } from '../model/types.gen.ts';
import { comparePeriods } from '../model/comparePeriods.ts';

/** An observation that carries a number (not a status symbol). */
export type ValueObservation = Observation & { value: number };

/** Observations for one area and gender that have a number, oldest first. */
export function valueSeries(observations: readonly Observation[], area: string, gender: Observation['gender'] = 'T'): ValueObservation[] {
  return observations
    .filter((o): o is ValueObservation => o.area === area && o.gender === gender && typeof o.value === 'number' && Number.isFinite(o.value))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** The latest period with a numeric value for `area` (the home municipality), gender T. */
export function latest(observations: readonly Observation[], area: string): ValueObservation | undefined {
  const series = valueSeries(observations, area);
  return series[series.length - 1];
}

/** The period before the latest one that also has a numeric value. */
export function previous(observations: readonly Observation[], area: string): ValueObservation | undefined {
  const series = valueSeries(observations, area);
  return series.length >= 2 ? series[series.length - 2] : undefined;
}
