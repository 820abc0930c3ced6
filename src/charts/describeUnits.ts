import { formatList } from '../format/formatList.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { sentenceValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import type { UnitBarsGeometry } from './unitBars.ts';

export interface DescribeUnitsOptions {
  lang?: Lang;
  /** The indicator's unit and decimals: values are then written as in a sentence ("kronor", not "kr"). */
  unit?: string;
  decimals?: number;
}

/** The unit chart in words: highest and lowest unit, and which units have no value and why. */
export function describeUnits(geometry: UnitBarsGeometry, options: DescribeUnitsOptions = {}): string {
  const { lang = 'sv', unit, decimals = 0 } = options;
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const value = (bar: UnitBarsGeometry['bars'][number]) => (unit === undefined ? bar.valueLabel : sentenceValue(bar.value, unit, decimals, lang));
  const period = geometry.period ? formatPeriod(geometry.period, lang) : '';
  const sentences: string[] = [];
  const { bars } = geometry;
  if (bars.length === 1) {
    sentences.push(tr('chart.units.one', { name: bars[0].name, value: value(bars[0]), period }));
  } else if (bars.length > 1) {
    const low = bars[bars.length - 1];
    sentences.push(tr('chart.units.highest', { name: bars[0].name, value: value(bars[0]), lowest: low.name, lowestValue: value(low), period }));
  }
  if (geometry.withoutValue.length > 0) {
    const list = geometry.withoutValue.map((u) => `${u.name} (${u.statusText})`);
    sentences.push(tr('chart.units.without', { list: formatList(list, lang) }));
  }
  if (sentences.length === 0) sentences.push(tr('chart.noData'));
  return sentences.join(' ');
}
