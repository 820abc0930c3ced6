import type { Lang } from './languages.ts';

/**
 * A text with the language it is written in: what a page in one language shows of data that
 * may lack a translation (a catalogue title without "Titel (engelska)" on an English page), so
 * the page can mark it with lang="sv".
 */
export interface LocalText {
  text: string;
  lang: Lang;
}

/**
 * The text for a page in `lang`: the English one on English pages when it is given, else the
 * Swedish original, which then says it is Swedish.
 */
export function localText(lang: Lang, swedish: string, english?: string): LocalText {
  return lang === 'en' && english ? { text: english, lang: 'en' } : { text: swedish, lang: 'sv' };
}

/** The same, for optional texts: undefined when the Swedish original is absent too. */
export function optionalText(lang: Lang, swedish: string | undefined, english?: string): LocalText | undefined {
  if (lang === 'en' && english) return { text: english, lang: 'en' };
  return swedish === undefined || swedish === '' ? undefined : { text: swedish, lang: 'sv' };
}

