// Amounts as the invoice pages show them: whole kronor in totals ("12 345 678 kr", "12,345,678 SEK"),
// öre on a line ("1 234,50 kr"), shares with one decimal ("12,3 %", "12.3%"), the headline in
// millions ("85,9 miljoner kronor", "85.9 million kronor").
import { formatNumber, NBSP } from '../../format/formatNumber.ts';
import { formatValue, sentenceValue } from '../../format/formatValue.ts';
import { t, type Lang } from '../../i18n/t.ts';

export function kronor(value: number, decimals = 0, lang: Lang = 'sv'): string {
  return formatValue(value, 'kr', decimals, lang);
}

export function share(part: number, whole: number, lang: Lang = 'sv'): string {
  if (whole === 0) return '–';
  return formatValue((100 * part) / whole, '%', 1, lang);
}

/** Whole kronor inside a sentence, the unit written out as plain language asks: "529 324 kronor". */
export function kronorInSentence(value: number, lang: Lang = 'sv'): string {
  return sentenceValue(value, 'kr', 0, lang);
}

/** A large total in words a resident reads at a glance; smaller ones in kronor, written out. */
export function kronorInWords(value: number, lang: Lang = 'sv'): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${formatNumber(value / 1e9, 1, lang)}${NBSP}${lang === 'en' ? 'billion kronor' : 'miljarder kronor'}`;
  if (abs >= 1e6) return `${formatNumber(value / 1e6, 1, lang)}${NBSP}${lang === 'en' ? 'million kronor' : 'miljoner kronor'}`;
  return kronorInSentence(value, lang);
}

/** An account class's name; '' is the class of accounts that are not numbers. */
export function accountClassName(cls: string, lang: Lang = 'sv'): string {
  return t(`invoices.classes.${cls === '' ? 'other' : cls}`, undefined, lang);
}

/** A förvaltning's name, or what to call lines without one. */
export function departmentName(name: string, lang: Lang = 'sv'): string {
  return name === '' ? t('invoices.noDepartment', undefined, lang) : name;
}
