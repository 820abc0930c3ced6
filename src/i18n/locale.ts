/**
 * Everything a page needs to speak its language, bound once per language: the dictionary,
 * number, date, period and list formatting, and links to the site's pages in the same language.
 * Its functions need no `this`, so a page or component can destructure what it uses:
 *
 *   const { t, fmt, page } = pageLocale(Astro);
 *
 * and its template reads as with the plain Swedish t(). See CONTRIBUTING.md, "How to add a page
 * in both languages".
 */
import { formatDate } from '../format/formatDate.ts';
import { formatList } from '../format/formatList.ts';
import { formatNumber } from '../format/formatNumber.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { formatValue, sentenceValue, unitIn } from '../format/formatValue.ts';
import { indicatorPath, sitePath } from '../site/sitePath.ts';
import type { Lang } from './languages.ts';
import { inLanguage, langOfParams } from './routes.ts';
import { t, tParts, type PartParam } from './t.ts';
import type { LocalText } from './localText.ts';

export interface Locale {
  readonly lang: Lang;
  /** The dictionary text of `key` in this language, placeholders filled. */
  t(key: string, params?: Record<string, string | number>): string;
  /** The same in parts, for placeholders filled with texts of another language (see T.astro). */
  tParts(key: string, params: Record<string, PartParam>): (string | LocalText)[];
  /** "1 234,5" / "1,234.5". */
  number(value: number, decimals?: number): string;
  /** "74,1 %" / "74.1%", the unit translated on English pages. */
  fmt(value: number, unit: string, decimals?: number): string;
  /** A value inside a sentence: the unit written out ("1 234 kronor"), as plain language asks. */
  fmtInSentence(value: number, unit: string, decimals?: number): string;
  /** The unit as shown on this language's pages. */
  unit(unit: string): string;
  /** "15 september 2026" / "15 September 2026". */
  date(date: string): string;
  /** "första halvåret 2024" / "first half of 2024". */
  period(period: string): string;
  /** "a, b och c" / "a, b and c". */
  list(items: readonly string[]): string;
  /** A page of the site in this language, under the base path: page('/om-statistiken/'). */
  page(path: string): string;
  /** An indicator's page (or one of its sub-pages) in this language. Its data files use indicatorPath. */
  indicatorPage(id: string, subPage?: string): string;
}

function create(lang: Lang): Locale {
  return {
    lang,
    t: (key, params) => t(key, params, lang),
    tParts: (key, params) => tParts(key, params, lang),
    number: (value, decimals) => formatNumber(value, decimals, lang),
    fmt: (value, unit, decimals) => formatValue(value, unit, decimals, lang),
    fmtInSentence: (value, unit, decimals) => sentenceValue(value, unit, decimals, lang),
    unit: (unit) => unitIn(unit, lang),
    date: (date) => formatDate(date, lang),
    period: (period) => formatPeriod(period, lang),
    list: (items) => formatList(items, lang),
    page: (path) => sitePath(inLanguage(path, lang)),
    indicatorPage: (id, subPage = '') => sitePath(inLanguage(indicatorPath(id, subPage, '/'), lang)),
  };
}

const locales = new Map<Lang, Locale>();

/** The locale of a language, made once. */
export function locale(lang: Lang): Locale {
  let l = locales.get(lang);
  if (!l) {
    l = create(lang);
    locales.set(lang, l);
  }
  return l;
}

/**
 * The locale of the page being rendered, from its route's `lang` parameter (see routes.ts).
 * Works in pages and in every component they render: Astro gives all of them the page's params.
 * A page outside src/pages/[...lang]/ is Swedish.
 */
export function pageLocale(astro: { params: Readonly<Record<string, string | undefined>> }): Locale {
  return locale(langOfParams(astro.params));
}
