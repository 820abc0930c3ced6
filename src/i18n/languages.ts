/**
 * The site's languages: Swedish first, at the site root; English as the second locale, under /en/.
 * Everything that depends on the language (dictionaries, formatting, routes) keys on `Lang`.
 */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of the site root and of every text that has no translation. */
export const DEFAULT_LANG: Lang = 'sv';

/** The Intl locale numbers and lists are formatted with: Swedish, and British English. */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** Open Graph's og:locale. */
export const OG_LOCALE: Readonly<Record<Lang, string>> = { sv: 'sv_SE', en: 'en_GB' };

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}
