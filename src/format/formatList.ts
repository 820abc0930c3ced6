import { INTL_LOCALE, LANGS, type Lang } from '../i18n/languages.ts';

// One formatter per language for the process: constructing Intl.ListFormat costs more than using
// it, and charts call this for every page.
const conjunction = new Map(LANGS.map((lang) => [lang, new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' })]));

/** Items joined the Swedish way: "a, b och c"; in English (en-GB) "a, b and c". */
export function formatList(items: readonly string[], lang: Lang = 'sv'): string {
  return conjunction.get(lang)!.format(items);
}
