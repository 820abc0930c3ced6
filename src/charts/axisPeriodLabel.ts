import type { Lang } from '../i18n/languages.ts';

const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * A compact period label for an axis tick, where the words of formatPeriod do not fit:
 * "2024", "2023/24", "2024 h1", "2024 kv1", "mar 2024"; in English "2024 H1", "2024 Q1", "Mar 2024".
 */
export function axisPeriodLabel(period: string, lang: Lang = 'sv'): string {
  let m = /^(\d{4})H([12])$/.exec(period);
  if (m) return `${m[1]} ${lang === 'en' ? 'H' : 'h'}${m[2]}`;
  m = /^(\d{4})Q([1-4])$/.exec(period);
  if (m) return `${m[1]} ${lang === 'en' ? 'Q' : 'kv'}${m[2]}`;
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) return `${MONTHS_SHORT[lang][Number(m[2]) - 1]} ${m[1]}`;
  return period;
}
