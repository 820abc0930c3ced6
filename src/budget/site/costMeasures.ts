import type { Indicator } from '../../model/types.gen.ts';

/** Units of a cost: kr, kr/inv, kr per elev, kronor, SEK. */
const COST_UNIT = /^(kr|kronor|sek)(?![\p{L}])/iu;

/**
 * An operating area's cost measures among its indicators: the ones counted in kronor (Kolada's
 * "Nettokostnad … kr/inv", "Kostnad … kr/elev"), which the finance page compares with other
 * municipalities.
 */
export function costMeasures(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((i) => COST_UNIT.test(i.unit.trim()));
}
