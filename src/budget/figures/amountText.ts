// Amounts and deviations as a resident reads them: short in tables and charts ("812,3 mnkr",
// "12 596 kr"), the unit written out in sentences, as plain language asks ("11,2 miljoner kronor
// över budget, 1,4 %"). One place, so the overview, the area pages, the indicator pages and the
// tests' expectations agree.
import { formatNumber } from '../../format/formatNumber.ts';
import { formatValue } from '../../format/formatValue.ts';
import { t, type Lang } from '../../i18n/t.ts';

/** Amounts from this size up are written in millions (0,1 mnkr and up). */
const MILLIONS_FROM = 50_000;

/** Short units for tables and charts, the unit in words for sentences. */
export type AmountForm = 'short' | 'words';
const UNIT_KEYS = { short: { mnkr: 'budget.unit.mnkr', kr: 'budget.unit.kr' }, words: { mnkr: 'budget.unit.mnkrWords', kr: 'budget.unit.krWords' } } as const;

/** An amount in kronor: millions with one decimal ("812,3 mnkr"), smaller ones in whole kronor. */
export function amountText(kr: number, lang: Lang = 'sv', form: AmountForm = 'short'): string {
  if (Math.abs(kr) >= MILLIONS_FROM) return t(UNIT_KEYS[form].mnkr, { value: formatNumber(kr / 1_000_000, 1, lang) }, lang);
  return t(UNIT_KEYS[form].kr, { value: formatNumber(kr, 0, lang) }, lang);
}

/** Kronor per resident, in whole kronor: "12 596 kr" (short) or "12 596 kronor" (words). */
export function perResidentText(kr: number, lang: Lang = 'sv', form: AmountForm = 'short'): string {
  return t(UNIT_KEYS[form].kr, { value: formatNumber(kr, 0, lang) }, lang);
}

/** A percentage with one decimal, without its sign: "1,4 %" ("1.4%" in English). */
export function percentText(percent: number, lang: Lang = 'sv'): string {
  return formatValue(Math.abs(percent), '%', 1, lang);
}

/**
 * A deviation (budget − outcome, kr) in a sentence, against what: "11,2 miljoner kronor över
 * budget, 1,4 %", "4,1 miljoner kronor under budget, 0,8 %", or "enligt budget" when it rounds to
 * nothing as shown.
 * `against` picks the wording: the budget, the budget for the period so far, or the annual budget (for a forecast).
 */
export function deviationText(deviation: number, percent: number | undefined, lang: Lang = 'sv', against: 'budget' | 'period' | 'annual' = 'budget'): string {
  // Below half a krona the amount shows as 0 kr: that is on budget.
  if (Math.abs(deviation) < 0.5) return t(`budget.deviation.${against}.on`, undefined, lang);
  const amount = amountText(Math.abs(deviation), lang, 'words');
  const text = t(`budget.deviation.${against}.${deviation < 0 ? 'over' : 'under'}`, { amount }, lang);
  return percent === undefined ? text : t('budget.deviation.withPercent', { text, percent: percentText(percent, lang) }, lang);
}

/** A deviation for a table cell: "11,2 mnkr över", "5,0 mnkr under", "enligt budget". */
export function deviationCell(deviation: number, lang: Lang = 'sv'): string {
  if (Math.abs(deviation) < 0.5) return t('budget.deviation.short.on', undefined, lang);
  return t(`budget.deviation.short.${deviation < 0 ? 'over' : 'under'}`, { amount: amountText(Math.abs(deviation), lang) }, lang);
}
