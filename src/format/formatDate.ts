import type { Lang } from '../i18n/languages.ts';

const MONTHS: Record<Lang, readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Month names by language, for formatPeriod too. */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1];
}

/**
 * A calendar date ("2026-09-15") in words: "15 september 2026", in English (en-GB) "15 September 2026".
 * Done by hand rather than through Date so no time zone can shift the day.
 * Anything that is not a real YYYY-MM-DD date is returned unchanged.
 */
export function formatDate(date: string, lang: Lang = 'sv'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return date;
  return `${day} ${monthName(month, lang)} ${year}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
