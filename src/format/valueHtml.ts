import { t, type Lang } from '../i18n/t.ts';
import { formatValue } from './formatValue.ts';
import { absentKind } from './valueText.ts';

/** A figure's props, as Value.astro takes them. */
export interface ValueProps {
  value?: number | null;
  status?: 'missing' | 'not-applicable' | 'suppressed';
  /** The unit as the indicator has it; translated on English pages. */
  unit: string;
  decimals: number;
  preliminary?: boolean;
}

const TEXT = /[&<>'"]/g;
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
/** Text escaped as Astro escapes an expression's text. */
const text = (s: string) => s.replace(TEXT, (c) => TEXT_ENTITIES[c]);
/** An attribute value escaped as Astro escapes it. */
const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The markup of Value.astro as a string: a figure or, when it is absent, its status symbol with
 * the explanation. The tables put it in with set:html, one string per cell instead of a component
 * per cell (a page has hundreds of them); the bytes are those the component wrote.
 */
export function valueHtml({ value, status, unit, decimals, preliminary = false }: ValueProps, lang: Lang): string {
  const kind = absentKind(value, status);
  if (kind === undefined) {
    const mark = preliminary
      ? ` <abbr title="${attribute(t('status.preliminaryExplanation', undefined, lang))}">${text(t('status.preliminarySymbol', undefined, lang))}</abbr><span class="visually-hidden"> (${text(t('indicator.preliminary', undefined, lang))})</span>`
      : '';
    return `<span>${text(formatValue(value as number, unit, decimals, lang))}${mark}</span>`;
  }
  return `<span><abbr title="${attribute(t(`status.${kind}.explanation`, undefined, lang))}">${text(t(`status.${kind}.symbol`, undefined, lang))}</abbr><span class="visually-hidden"> (${text(t(`status.${kind}.label`, undefined, lang))})</span></span>`;
}
