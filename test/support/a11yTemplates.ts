// The accessibility checks of the example site's page templates in real Chromium, for the two
// test files that share them (a11y.test.ts: the Swedish pages, a11y-en.test.ts: the English ones),
// so that Vitest's two workers check the two languages at once.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, formatViolations } from './axe.ts';
import { connectBrowser } from './chromium.ts';
import { headingProblems, horizontalOverflow, skipLinkProblems, tabStops } from './pageChecks.ts';
import { pageTemplates, type PageTemplate } from './siteTemplates.ts';
import { collect, siteUnderTest } from './siteUnderTest.ts';

/** The test file's browser: one Chromium, connected once per file. */
export function useBrowser(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.ok(), `GET ${url} → ${response?.status()}`).toBe(true);
  return page;
}

/**
 * axe (EN 301 549 / WCAG 2.1 AA) and what axe cannot see — language, heading order, skip link,
 * visible focus and 320 px reflow — on every page template of the example site in `lang`.
 */
export function describeTemplates(lang: PageTemplate['lang'], browserOf: () => Browser): void {
  const templates = collect('example site page templates', () => {
    const site = siteUnderTest('example');
    return { site, templates: pageTemplates(site).filter((t) => t.lang === lang) };
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
        context = await browserOf().newContext();
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

      it(`is in its language: <html lang="${template.lang}">`, async () => {
        expect(await page.evaluate(() => document.documentElement.getAttribute('lang'))).toBe(template.lang);
      });

      it('has exactly one h1 and skips no heading level', async () => {
        const { levels, problems } = await headingProblems(page);
        expect(problems, `heading levels in order: ${levels.join(' ')}`).toEqual([]);
      });

      it('has a skip link to #main as the first focusable element, visible when focused', async () => {
        await page.reload({ waitUntil: 'load' });
        expect(await skipLinkProblems(page)).toEqual([]);
      });

      it('shows where the keyboard focus is (outline or box-shadow) on the first tab stops', async () => {
        await page.reload({ waitUntil: 'load' });
        const stops = await tabStops(page, 6);
        expect(stops.length, 'elements reached with Tab').toBeGreaterThan(1);
        expect(stops.filter((s) => !s.visible).map((s) => `${s.what}: ${s.style}`), 'focused elements without a visible focus indicator').toEqual([]);
      });
    });

    describe('at 320 px width (WCAG 1.4.10 reflow)', () => {
      const narrow = pages.filter((p) => /^(\/en)?\/((matt|dialog|ekonomi)\/.*)?$/.test(p.path));
      it.each(narrow)('$name ($path) does not scroll sideways', async (template: PageTemplate) => {
        const context = await browserOf().newContext({ viewport: { width: 320, height: 800 } });
        try {
          const page = await open(context, site.url + template.path);
          const { scrollWidth, offenders } = await horizontalOverflow(page);
          expect(scrollWidth, `document.scrollingElement.scrollWidth at 320 px; sticking out: ${offenders.join('; ')}`).toBeLessThanOrEqual(320);
        } finally {
          await context.close();
        }
      });
    });
  }
}
