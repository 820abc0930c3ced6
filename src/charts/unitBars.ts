import { scaleLinear } from 'd3-scale';
import type { Indicator, Observation, Unit } from '../model/types.gen.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import { formatValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import { textWidth } from './textWidth.ts';
import { FONT_SIZE } from './timeSeries.ts';

export interface UnitBar {
  unitId: string;
  name: string;
  value: number;
  valueLabel: string;
  /** Baseline of the unit's name, above its bar. */
  nameY: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  labelX: number;
  labelY: number;
}

export interface UnitWithoutValue {
  unitId: string;
  name: string;
  status?: Observation['status'];
  /** "..", "-", "." — shown with its explanation, never as 0 or a blank. */
  symbol: string;
  statusText: string;
}

export interface UnitBarsGeometry {
  width: number;
  height: number;
  period?: string;
  zeroX: number;
  bars: UnitBar[];
  withoutValue: UnitWithoutValue[];
}

const NAME_LINE = FONT_SIZE + 4;
const BAR_HEIGHT = 16;
const ROW_GAP = 12;
const ROW = NAME_LINE + BAR_HEIGHT + ROW_GAP;

/** The latest period with any unit observation (gender T), or undefined. */
export function latestUnitPeriod(observations: readonly Observation[]): string | undefined {
  const periods = observations.filter((o) => o.unit !== undefined && o.gender === 'T').map((o) => o.period);
  return periods.sort(comparePeriods).pop();
}

const collator = new Intl.Collator('sv');

/**
 * Horizontal bars for the units (schools, care homes …) in the latest period, highest value
 * first, each with its name above the bar (long names need the full width on a phone) and its
 * value after the bar. Units whose value is a status symbol get no bar: they are listed apart.
 */
export function unitBars(
  indicator: Pick<Indicator, 'unit' | 'decimals'>,
  observations: readonly Observation[],
  units: readonly Unit[],
  width = 640,
  lang: Lang = 'sv',
): UnitBarsGeometry {
  const period = latestUnitPeriod(observations);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const current = observations.filter((o) => o.unit !== undefined && o.gender === 'T' && o.period === period);
  const nameOf = (id: string) => names.get(id) ?? id;

  const valued = current
    .filter((o): o is Observation & { unit: string; value: number } => typeof o.value === 'number' && Number.isFinite(o.value))
    .sort((a, b) => b.value - a.value || collator.compare(nameOf(a.unit), nameOf(b.unit)));
  const withoutValue: UnitWithoutValue[] = current
    .filter((o): o is Observation & { unit: string } => !(typeof o.value === 'number' && Number.isFinite(o.value)))
    .sort((a, b) => collator.compare(nameOf(a.unit), nameOf(b.unit)))
    .map((o) => ({
      unitId: o.unit,
      name: nameOf(o.unit),
      ...(o.status ? { status: o.status } : {}),
      symbol: o.status ? t(`status.${o.status}.symbol`, undefined, lang) : '',
      statusText: o.status ? t(`status.${o.status}.label`, undefined, lang) : t('chart.describe.noStatus', undefined, lang),
    }));

  const labels = valued.map((o) => formatValue(o.value, indicator.unit, indicator.decimals, lang));
  const labelRoom = Math.max(0, ...labels.map((l) => textWidth(l, FONT_SIZE))) + 8;
  const min = Math.min(0, ...valued.map((o) => o.value));
  const max = Math.max(0, ...valued.map((o) => o.value));
  const x = scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .range([1, width - labelRoom]);
  const zeroX = x(0);

  const bars = valued.map((o, i): UnitBar => {
    const top = i * ROW;
    const end = x(o.value);
    const barX = Math.min(zeroX, end);
    const barWidth = Math.max(Math.abs(end - zeroX), 1);
    return {
      unitId: o.unit,
      name: nameOf(o.unit),
      value: o.value,
      valueLabel: labels[i],
      nameY: r(top + FONT_SIZE),
      barX: r(barX),
      barY: r(top + NAME_LINE),
      barWidth: r(barWidth),
      barHeight: BAR_HEIGHT,
      // Negative bars get their label at the zero line's right, so it never runs off the left edge.
      labelX: r(Math.max(end, zeroX) + 6),
      labelY: r(top + NAME_LINE + BAR_HEIGHT - 4),
    };
  });
  return { width, height: Math.max(ROW, bars.length * ROW), ...(period ? { period } : {}), zeroX: r(zeroX), bars, withoutValue };
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
