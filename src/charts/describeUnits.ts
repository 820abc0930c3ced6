import { formatList } from '../format/formatList.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { t } from '../i18n/t.ts';
import type { UnitBarsGeometry } from './unitBars.ts';

/** The unit chart in words: highest and lowest unit, and which units have no value and why. */
export function describeUnits(geometry: UnitBarsGeometry): string {
  const period = geometry.period ? formatPeriod(geometry.period) : '';
  const sentences: string[] = [];
  const { bars } = geometry;
  if (bars.length === 1) {
    sentences.push(t('chart.units.one', { name: bars[0].name, value: bars[0].valueLabel, period }));
  } else if (bars.length > 1) {
    const low = bars[bars.length - 1];
    sentences.push(t('chart.units.highest', { name: bars[0].name, value: bars[0].valueLabel, lowest: low.name, lowestValue: low.valueLabel, period }));
  }
  if (geometry.withoutValue.length > 0) {
    const list = geometry.withoutValue.map((u) => `${u.name} (${u.statusText})`);
    sentences.push(t('chart.units.without', { list: formatList(list) }));
  }
  if (sentences.length === 0) sentences.push(t('chart.noData'));
  return sentences.join(' ');
}
