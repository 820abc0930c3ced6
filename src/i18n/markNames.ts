import type { Lang } from './languages.ts';
import type { LocalText } from './localText.ts';

/** Parts as one plain string when none is in another language than the page's (an SVG <title> takes only text). */
export function partsOrText(parts: readonly (string | LocalText)[], lang: Lang): string | (string | LocalText)[] {
  return parts.every((p) => typeof p === 'string' || p.lang === lang) ? parts.map((p) => (typeof p === 'string' ? p : p.text)).join('') : [...parts];
}

/**
 * A sentence written by the site that quotes names in another language (a Swedish area name in an
 * English chart description), in parts: each occurrence of such a name becomes a LocalText, so
 * the page marks it with its lang (see Parts.astro). Names in the page's language stay plain text.
 */
export function markNames(text: string, names: readonly LocalText[], lang: Lang): (string | LocalText)[] {
  const foreign = [...new Map(names.filter((n) => n.lang !== lang && n.text !== '').map((n) => [n.text, n])).values()].sort((a, b) => b.text.length - a.text.length);
  let parts: (string | LocalText)[] = [text];
  for (const name of foreign) {
    parts = parts.flatMap((part) => {
      if (typeof part !== 'string') return [part];
      const pieces = part.split(name.text);
      return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [name, piece])).filter((p) => p !== '');
    });
  }
  return parts;
}
