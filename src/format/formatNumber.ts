import { INTL_LOCALE, type Lang } from '../i18n/languages.ts';

/** No-break space: keeps "74 %" and "1 234" from wrapping across lines. */
export const NBSP = '\u00a0';
/** The true minus sign, as Swedish typography (and sv-SE Intl) wants it; English pages use it too. */
export const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(decimals: number, lang: Lang): Intl.NumberFormat {
  const key = `${lang}${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    // signDisplay 'negative' so a value that rounds to zero never shows as "−0".
    f = new Intl.NumberFormat(INTL_LOCALE[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: 'negative',
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

// Formatted numbers by language, decimals and value: a site shows the same values (axis ticks,
// the latest figure in cards, tables and charts) many times, and Intl formatting is the cost.
// Bounded, so a country's worth of distinct values cannot grow it without end.
const formatted: Record<Lang, Map<number, string>[]> = {
  sv: Array.from({ length: 7 }, () => new Map<number, string>()),
  en: Array.from({ length: 7 }, () => new Map<number, string>()),
};
const FORMATTED_LIMIT = 50_000;

/**
 * A number the Swedish way: "1 234,5", "−3,2" (true minus, no-break space as thousands separator);
 * in English (en-GB) "1,234.5", "−3.2".
 * `decimals` is clamped to 0–6 (the schema's range) so bad metadata cannot throw a RangeError.
 */
export function formatNumber(value: number, decimals = 0, lang: Lang = 'sv'): string {
  if (!Number.isFinite(value)) return '';
  const d = Math.min(6, Math.max(0, Math.trunc(Number.isFinite(decimals) ? decimals : 0)));
  const memo = formatted[lang][d];
  let text = memo.get(value);
  if (text === undefined) {
    // Intl may use U+202F or U+0020 on other ICU builds; normalise so output is byte-stable.
    text = formatter(d, lang).format(value).replace(/[\u202f\u0020]/g, NBSP).replace(/-/g, MINUS);
    if (memo.size >= FORMATTED_LIMIT) memo.clear();
    memo.set(value, text);
  }
  return text;
}
