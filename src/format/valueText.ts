import type { Observation } from '../model/types.gen.ts';
import { t } from '../i18n/t.ts';
import { formatValue } from './formatValue.ts';

/**
 * A figure as plain text, its status in words when it has no number: "74 %",
 * "74 % (preliminärt)", ".. (sekretess eller för få svar)". For long listings where
 * the <Value> component's abbreviation markup on every row would cost more than it
 * tells (the provenance table); never a 0 or a blank.
 */
export function valueText(o: Pick<Observation, 'value' | 'status' | 'preliminary'>, unit: string, decimals: number): string {
  if (typeof o.value === 'number') {
    const text = formatValue(o.value, unit, decimals);
    return o.preliminary ? `${text} (${t('indicator.preliminary')})` : text;
  }
  const kind = o.status ?? 'missing';
  return `${t(`status.${kind}.symbol`)} (${t(`status.${kind}.label`)})`;
}
