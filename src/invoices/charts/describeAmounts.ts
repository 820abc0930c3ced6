import type { LocalText } from '../../i18n/localText.ts';
import { tParts, type Lang } from '../../i18n/t.ts';
import type { AmountItem } from './amountBars.ts';

type Described = Pick<AmountItem, 'label' | 'labelLang' | 'value' | 'valueLabel'>;

/**
 * A chart of amounts in words: the largest and the smallest (or the one) item, for its <desc> and
 * caption. In parts, so a Swedish name on an English page keeps its language (see T.astro).
 */
export function describeAmounts(items: readonly Described[], lang: Lang = 'sv'): (string | LocalText)[] {
  if (items.length === 0) return [];
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const [max, min] = [sorted[0], sorted.at(-1)!];
  const name = (item: Described): string | LocalText => ({ text: item.label, lang: item.labelLang ?? lang });
  return sorted.length === 1
    ? tParts('invoices.year.chartDescribeOne', { label: name(max), value: max.valueLabel }, lang)
    : tParts('invoices.year.chartDescribe', { label: name(max), value: max.valueLabel, minLabel: name(min), minValue: min.valueLabel }, lang);
}
