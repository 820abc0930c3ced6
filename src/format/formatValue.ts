import { lookupIn, type Lang } from '../i18n/t.ts';
import { formatNumber, NBSP } from './formatNumber.ts';

/**
 * Units that add nothing after the number: "antal" (count) reads as "1 234", not "1 234 antal".
 * Compared lower-case.
 */
const SILENT_UNITS = new Set(['antal', 'st', 'st.', 'number', 'count']);

/**
 * The unit as written on a page in `lang`: on English pages the common Swedish units are
 * translated ("kr" → "SEK", "dagar" → "days", from the dictionaries' `units` block); any other
 * unit is kept as the catalogue has it (its English column "Enhet (engelska)" goes first, see
 * localIndicator).
 */
export function unitIn(unit: string, lang: Lang): string {
  const u = unit.trim();
  if (lang === 'sv') return u;
  return translatedUnit(u.toLowerCase(), lang) ?? u;
}

// Units may hold dots ("st."), which the dotted dictionary lookup would split: only plain words are looked up.
const PLAIN_UNIT = /^[\p{L}\p{N} %/]+$/u;

// Looked up once per language and unit: every figure on an English page asks.
const unitTexts: Record<Lang, Map<string, string | undefined>> = { sv: new Map(), en: new Map() };

/** The dictionary's text of a unit in one of its blocks (`units`, `unitWords`), plain words only. */
function unitText(block: 'units' | 'unitWords', unit: string, lang: Lang): string | undefined {
  const key = `${block}.${unit}`;
  const memo = unitTexts[lang];
  if (memo.has(key)) return memo.get(key);
  const text = PLAIN_UNIT.test(unit) ? lookupIn(lang, key) : undefined;
  memo.set(key, text);
  return text;
}

function translatedUnit(unit: string, lang: Lang): string | undefined {
  return unitText('units', unit, lang);
}

/**
 * A value with its unit: "74 %", "1 234,5 kr", "34 dagar"; the unit is separated by a no-break
 * space. In English "74%" (no space before the per cent sign), "1,234.5 SEK", "34 days".
 */
export function formatValue(value: number, unit: string, decimals = 0, lang: Lang = 'sv'): string {
  const number = formatNumber(value, decimals, lang);
  if (number === '') return '';
  const u = unitIn(unit, lang);
  if (u === '' || SILENT_UNITS.has(u.toLowerCase())) return number;
  if (u === '%' && lang === 'en') return `${number}%`;
  return `${number}${NBSP}${u}`;
}

/**
 * A value inside a sentence: the unit written out where the dictionary has words for it
 * ("1 234 kronor", "12 kilo per invånare"), since plain language avoids abbreviations; otherwise
 * as formatValue writes it. Tables and charts keep the short unit.
 */
export function sentenceValue(value: number, unit: string, decimals = 0, lang: Lang = 'sv'): string {
  const u = unit.trim().toLowerCase();
  const words = unitText('unitWords', u, lang);
  return formatValue(value, words ?? unit, decimals, lang);
}
