import type { Indicator, Observation } from '../model/types.gen.ts';
import { sentenceValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import { latest, previous, type ValueObservation } from './latest.ts';
import { unitOf } from './localIndicator.ts';

export type ChangeKind = 'up' | 'down' | 'same';

export interface Change {
  kind: ChangeKind;
  from: ValueObservation;
  to: ValueObservation;
  /** "ökade från 71 % till 74 %", "minskade från … till …", "var oförändrat, 74 %". */
  text: string;
  /** Whether the change is good news, when the indicator has a direction. */
  better?: boolean;
}

/**
 * How the home municipality's value changed since the previous period with a value.
 * Values are compared as shown (rounded to the indicator's decimals), so the words never
 * say "ökade" between two figures that read the same.
 */
export function change(
  indicator: Pick<Indicator, 'unit' | 'decimals' | 'direction' | 'en'>,
  observations: readonly Observation[],
  area: string,
  lang: Lang = 'sv',
): Change | undefined {
  const to = latest(observations, area);
  const from = previous(observations, area);
  if (!to || !from) return undefined;
  const a = round(from.value, indicator.decimals);
  const b = round(to.value, indicator.decimals);
  const kind: ChangeKind = b > a ? 'up' : b < a ? 'down' : 'same';
  const params = {
    from: sentenceValue(from.value, unitOf(indicator, lang), indicator.decimals, lang),
    to: sentenceValue(to.value, unitOf(indicator, lang), indicator.decimals, lang),
  };
  const text = t(`change.${kind}`, params, lang);
  const better =
    kind === 'same' || indicator.direction === 'neutral'
      ? undefined
      : (kind === 'up') === (indicator.direction === 'higher-is-better');
  return better === undefined ? { kind, from, to, text } : { kind, from, to, text, better };
}

/** Rounds as the formatter does, so comparisons match what the reader sees. */
export function round(value: number, decimals: number): number {
  const f = 10 ** Math.min(6, Math.max(0, decimals));
  return Math.round(value * f) / f;
}
