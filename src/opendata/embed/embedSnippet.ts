import type { Lang } from '../../i18n/languages.ts';
import { inLanguage } from '../../i18n/routes.ts';
import { publicUrl } from '../api/publicUrl.ts';

/** Absolute address of an indicator's embed page (/matt/{id}/inbaddning/, in English /en/matt/{id}/inbaddning/). */
export function embedUrl(baseUrl: string, id: string, lang: Lang = 'sv'): string {
  return publicUrl(baseUrl, inLanguage(`/matt/${encodeURIComponent(id)}/inbaddning/`, lang));
}

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedSnippetInput {
  baseUrl: string;
  id: string;
  /** The iframe's accessible name (WCAG 4.1.2: frames need a title). */
  title: string;
  height?: number;
  /** The embed page's language (default Swedish). */
  lang?: Lang;
}

/**
 * The HTML a municipality pastes into its own pages: an iframe with a title, lazy loading and a
 * fixed height (the embed page is laid out for it). Returned as text; the page shows it escaped.
 * Spreadsheet text in the title is attribute-escaped so the snippet can never break out.
 */
export function embedSnippet({ baseUrl, id, title, height = 560, lang = 'sv' }: EmbedSnippetInput): string {
  return `<iframe src="${attr(embedUrl(baseUrl, id, lang))}" title="${attr(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
