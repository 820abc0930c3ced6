import type { Observation } from '../model/types.gen.ts';
import { t, type Lang } from '../i18n/t.ts';
import { formatValue } from './formatValue.ts';

/**
 * A figure as plain text, its status in words when it has no number: "74 %",
 * "74 % (preliminärt)", ".. (sekretess eller för få svar)". For long listings where
 * the <Value> component's abbreviation markup on every row would cost more than it
 * tells (the provenance table); never a 0 or a blank.
 */
/** Why a figure has no number — its status, or bortfall when none was given — or undefined when it has one. */
export function absentKind(value: number | null | undefined, status: Observation['status']): NonNullable<Observation['status']> | undefined {
  return typeof value === 'number' ? undefined : (status ?? 'missing');
}

export function valueText(o: Pick<Observation, 'value' | 'status' | 'preliminary'>, unit: string, decimals: number, lang: Lang = 'sv'): string {
  const kind = absentKind(o.value, o.status);
  if (kind) return `${t(`status.${kind}.symbol`, undefined, lang)} (${t(`status.${kind}.label`, undefined, lang)})`;
  const text = formatValue(o.value as number, unit, decimals, lang);
  return o.preliminary ? `${text} (${t('indicator.preliminary', undefined, lang)})` : text;
}
