// What axe cannot see, measured in the browser: heading order, the skip link, visible focus
// and horizontal overflow. Each returns findings (empty = fine) so tests can print them.
import type { Page } from 'playwright-core';

/** Heading levels in document order, and where a level is skipped (h2 → h4) or h1 is not single. */
export async function headingProblems(page: Page): Promise<{ levels: number[]; problems: string[] }> {
  const levels = await page.evaluate(() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1])));
  const problems: string[] = [];
  const h1s = levels.filter((level) => level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements (expected exactly one)`);
  // A heading may go at most one level deeper than the one before it; the first may be h1 or h2
  // (a banner heading before the page's h1 is allowed).
  levels.forEach((level, i) => {
    const before = i === 0 ? 1 : levels[i - 1];
    if (level > before + 1) problems.push(`h${i === 0 ? '(start)' : before} → h${level} skips a level`);
  });
  return { levels, problems };
}

export interface FocusStop {
  what: string;
  href: string | null;
  visible: boolean;
  onScreen: boolean;
  style: string;
}

/** Presses Tab `count` times from the top of a freshly loaded page and describes each focused element. */
export async function tabStops(page: Page, count: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const rect = el.getBoundingClientRect();
      return {
        what: `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        href: el.getAttribute('href'),
        visible: outline || shadow,
        onScreen: rect.width > 1 && rect.height > 1 && rect.top >= 0 && rect.left >= 0 && rect.right <= window.innerWidth + 1,
        style: `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow ${style.boxShadow}`,
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

/** Problems with the skip link: it must be the first tab stop, point at an existing #main and show when focused. */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  const [first] = await tabStops(page, 1);
  if (!first) return ['nothing receives focus on the first Tab'];
  const problems: string[] = [];
  if (first.href !== '#main') problems.push(`the first tab stop is ${first.what} (href ${first.href}), not a link to #main`);
  if (!(await page.evaluate(() => document.getElementById('main') !== null))) problems.push('no element has id="main"');
  if (!first.onScreen) problems.push(`the skip link ${first.what} is not on screen when focused`);
  if (!first.visible) problems.push(`the skip link ${first.what} has no visible focus indicator (${first.style})`);
  return problems;
}

/** How wide the page scrolls, and the widest elements sticking out past the viewport. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; viewport: number; offenders: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const viewport = window.innerWidth;
    // Leaves that stick out (not their ancestors), so a failure names what to fix.
    const offenders = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > viewport + 1 && !Array.from(el.children).some((child) => child.getBoundingClientRect().right > viewport + 1))
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> right edge ${Math.round(el.getBoundingClientRect().right)} px: "${(el.textContent ?? '').trim().slice(0, 50)}"`);
    return { scrollWidth: root.scrollWidth, viewport, offenders };
  });
}
