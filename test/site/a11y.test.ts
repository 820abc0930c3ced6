// Accessibility of every page template of the example site in real Chromium:
// axe (EN 301 549 / WCAG 2.1 AA) plus what axe cannot see — skip link, visible focus,
// language, heading order and 320 px reflow.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { connectBrowser } from '../support/chromium.ts';
import { pageTemplates, type PageTemplate } from '../support/siteTemplates.ts';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.ok(), `GET ${url} → ${response?.status()}`).toBe(true);
  return page;
}

describe('the axe harness', () => {
  it('reports an image without a text alternative (self-test: a broken page must fail)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Självtest</title></head>' +
        '<body><main><h1>Självtest</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>',
    );
    const violations = await axeViolations(page);
    await context.close();
    expect(violations.map((v) => v.id)).toContain('image-alt');
  });

  it('passes the same page with alt text (so the self-test is about the image)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Självtest</title></head>' +
        '<body><main><h1>Självtest</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="En bild"></main></body></html>',
    );
    const violations = await axeViolations(page);
    await context.close();
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

const templates = collect('example site page templates', () => {
  const site = siteUnderTest('example');
  return { site, templates: pageTemplates(site) };
});

if (templates.error) {
  it('builds the example site and finds its page templates', () => {
    throw templates.error;
  });
} else {
  const { site, templates: pages } = templates.value;

  describe.each(pages)('$name ($path)', (template: PageTemplate) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext();
      page = await open(context, site.url + template.path);
    });
    afterAll(async () => {
      await context?.close();
    });

    it('has no axe violations (EN-301-549, wcag2a, wcag2aa, wcag21a, wcag21aa)', async () => {
      const violations = await axeViolations(page);
      if (violations.length > 0) console.error(`axe on ${template.path}:\n${formatViolations(violations)}`);
      expect(violations.length, `axe on ${template.path}:\n${formatViolations(violations)}`).toBe(0);
    });

    it('is in Swedish: <html lang="sv">', async () => {
      expect(await page.evaluate(() => document.documentElement.getAttribute('lang'))).toBe('sv');
    });

    it('has exactly one h1 and skips no heading level', async () => {
      const levels = await page.evaluate(() =>
        Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1])),
      );
      expect(levels.filter((level) => level === 1).length, `heading levels in order: ${levels.join(' ')}`).toBe(1);
      // A heading may go at most one level deeper than the one before it (h2 → h4 skips h3).
      const skips = levels.flatMap((level, i) => (level > (i === 0 ? 1 : levels[i - 1]) + 1 ? [`h${i === 0 ? '-' : levels[i - 1]} → h${level}`] : []));
      expect(skips, `heading levels in order: ${levels.join(' ')}`).toEqual([]);
    });

    it('has a skip link to #main as the first focusable element, visible when focused', async () => {
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const rect = el?.getBoundingClientRect();
        return {
          tag: el?.tagName.toLowerCase(),
          href: el?.getAttribute('href'),
          text: el?.textContent?.trim(),
          width: rect?.width ?? 0,
          height: rect?.height ?? 0,
          top: rect?.top ?? -1,
          left: rect?.left ?? -1,
          target: document.getElementById('main')?.tagName.toLowerCase() ?? null,
        };
      });
      expect(first.tag, `first focusable element: ${JSON.stringify(first)}`).toBe('a');
      expect(first.href).toBe('#main');
      expect(first.text, 'the skip link has text').toBeTruthy();
      expect(first.target, 'an element with id="main" exists').not.toBeNull();
      expect(first.width > 1 && first.height > 1 && first.top >= 0 && first.left >= 0, `skip link on screen when focused: ${JSON.stringify(first)}`).toBe(true);
    });

    it('shows where the keyboard focus is (outline or box-shadow) on the first tab stops', async () => {
      await page.reload({ waitUntil: 'load' });
      const stops: string[] = [];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
          const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
          return { what: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`, visible: outline || shadow, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, shadow: style.boxShadow };
        });
        if (!focus) break;
        if (!focus.visible) stops.push(`${focus.what}: outline ${focus.outline}, box-shadow ${focus.shadow}`);
      }
      expect(stops, 'focused elements without a visible focus indicator').toEqual([]);
    });
  });

  describe('at 320 px width (WCAG 1.4.10 reflow)', () => {
    const narrow = pages.filter((p) => p.path === '/' || p.path.startsWith('/matt/'));
    it.each(narrow)('$name ($path) does not scroll sideways', async (template: PageTemplate) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      try {
        const page = await open(context, site.url + template.path);
        const width = await page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          // Name the widest offenders so a failure says what to fix.
          const wide = Array.from(document.querySelectorAll('body *'))
            .filter((el) => el.getBoundingClientRect().right > 321)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
          return { scrollWidth: root.scrollWidth, wide };
        });
        expect(width.scrollWidth, `scrollWidth at 320 px; elements past the edge: ${width.wide.join(', ')}`).toBeLessThanOrEqual(320);
      } finally {
        await context.close();
      }
    });
  });
}
