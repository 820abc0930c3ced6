import { createHash } from 'node:crypto';
import type { SiteConfig } from '../model/types.gen.ts';
import { FONT_STACKS } from '../theme/fontStacks.ts';

/** Defaults when a configured colour is missing or too pale for text on white. */
export const DEFAULT_COLORS = { primary: '#1f4e79', accent: '#8a3b12' } as const;

const HEX = /^#[0-9a-fA-F]{6}$/;

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour if it is a #rrggbb value with at least 4.5:1 contrast against white (both are used
 * for text and for white text on a coloured band), else the default.
 */
export function usableColor(value: string | undefined, fallback: string): string {
  return value && HEX.test(value) && contrast(value, '#ffffff') >= 4.5 ? value.toLowerCase() : fallback;
}

/**
 * The config colours as CSS custom properties for a `<style>` block. Only validated hex values
 * reach the CSS, so site.json cannot inject rules.
 */
export function themeCss(colors: SiteConfig['colors'], font?: SiteConfig['font']): string {
  const primary = usableColor(colors?.primary, DEFAULT_COLORS.primary);
  const accent = usableColor(colors?.accent, DEFAULT_COLORS.accent);
  // Only a name from the schema's list reaches here, and only its fixed stack is written.
  const stack = font && font !== 'system' && Object.hasOwn(FONT_STACKS, font) ? `;--font-body:${FONT_STACKS[font]}` : '';
  // html:root outranks the stylesheet's :root defaults, which the page loads after this <style>.
  return `html:root{--color-primary:${primary};--color-accent:${accent}${stack}}`;
}

let last: { colors: SiteConfig['colors']; font: SiteConfig['font']; style: { css: string; hash: string } } | undefined;

/** The theme CSS with its CSP hash (sha256-…), computed once for the site's theme rather than per page. */
export function themeStyle(colors: SiteConfig['colors'], font?: SiteConfig['font']): { css: string; hash: string } {
  if (last && last.colors === colors && last.font === font) return last.style;
  const css = themeCss(colors, font);
  last = { colors, font, style: { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` } };
  return last.style;
}
