import { t, type Lang } from '../../i18n/t.ts';

/** A chart of amounts in words: the largest and the smallest (or the one) item, for its <desc> and caption. */
export function describeAmounts(items: readonly { label: string; value: number; valueLabel: string }[], lang: Lang = 'sv'): string {
  if (items.length === 0) return '';
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const [max, min] = [sorted[0], sorted.at(-1)!];
  return sorted.length === 1
    ? t('invoices.year.chartDescribeOne', { label: max.label, value: max.valueLabel }, lang)
    : t('invoices.year.chartDescribe', { label: max.label, value: max.valueLabel, minLabel: min.label, minValue: min.valueLabel }, lang);
}
