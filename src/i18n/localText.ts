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

/**
 * A text in parts with every occurrence of the given texts of another language kept whole as
 * LocalTexts, so a page can mark their language: a generated English sentence that names an
 * untranslated group ("… than Liknande kommuner (…)"). Texts in the page's own language are ignored.
 */
export function markForeign(text: string, foreign: readonly (LocalText | undefined)[], lang: Lang): (string | LocalText)[] {
  const names = [...new Set(foreign.filter((f): f is LocalText => f !== undefined && f.lang !== lang && f.text !== '').map((f) => JSON.stringify(f)))]
    .map((f) => JSON.parse(f) as LocalText)
    .sort((a, b) => b.text.length - a.text.length);
  let parts: (string | LocalText)[] = [text];
  for (const name of names) {
    parts = parts.flatMap((part) => {
      if (typeof part !== 'string') return [part];
      const out: (string | LocalText)[] = [];
      const pieces = part.split(name.text);
      pieces.forEach((piece, i) => {
        if (i > 0) out.push(name);
        if (piece !== '') out.push(piece);
      });
      return out;
    });
  }
  return parts;
}
