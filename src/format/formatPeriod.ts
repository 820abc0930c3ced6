import type { Lang } from '../i18n/languages.ts';
import { monthName } from './formatDate.ts';

const HALVES: Record<Lang, readonly string[]> = { sv: ['första', 'andra'], en: ['first', 'second'] };

/**
 * A period in words: "2024", "2023/24", "första halvåret 2024", "kvartal 1 2024", "mars 2024";
 * in English "first half of 2024", "Q1 2024", "March 2024".
 * Anything not matching the schema's period pattern is returned unchanged.
 */
export function formatPeriod(period: string, lang: Lang = 'sv'): string {
  let m = /^(\d{4})H([12])$/.exec(period);
  if (m) return lang === 'en' ? `${HALVES.en[Number(m[2]) - 1]} half of ${m[1]}` : `${HALVES.sv[Number(m[2]) - 1]} halvåret ${m[1]}`;
  m = /^(\d{4})Q([1-4])$/.exec(period);
  if (m) return lang === 'en' ? `Q${m[2]} ${m[1]}` : `kvartal ${m[2]} ${m[1]}`;
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) return `${monthName(Number(m[2]), lang)} ${m[1]}`;
  return period;
}
