// Accessibility of every page template of the example site in real Chromium:
// axe (EN 301 549 / WCAG 2.1 AA) plus what axe cannot see — skip link, visible focus,
// language, heading order and 320 px reflow.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { connectBrowser } from '../support/chromium.ts';
import { headingProblems, horizontalOverflow, skipLinkProblems, tabStops } from '../support/pageChecks.ts';
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

/** A page with one of each problem the checks below must catch. */
const BROKEN_PAGE =
  '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Självtest</title>' +
  '<style>a:focus{outline:none} .wide{width:600px}</style></head><body>' +
  '<nav><a href="/">Start</a></nav><main id="innehall"><h1>Ett</h1><h3>Tre</h3><h1>Ett igen</h1>' +
  '<div class="wide">bred</div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>';

const GOOD_PAGE =
  '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Självtest</title>' +
  '<style>a:focus-visible{outline:3px solid #000}</style></head><body>' +
  '<a href="#main">Till innehållet</a><nav><a href="/">Start</a></nav><main id="main"><h1>Ett</h1><h2>Två</h2>' +
  '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="En bild"></main></body></html>';

describe('the checks themselves (self-test on pages made to fail and to pass)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 600 } });
  });
  afterAll(async () => {
    await context?.close();
  });
  const load = async (html: string): Promise<Page> => {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  };

  it('catch the broken page: missing alt, skipped heading, two h1, no skip link, invisible focus, overflow', async () => {
    const page = await load(BROKEN_PAGE);
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    expect((await headingProblems(page)).problems).toEqual(['2 h1 elements (expected exactly one)', 'h1 → h3 skips a level']);
    expect((await skipLinkProblems(page)).join('\n')).toMatch(/not a link to #main[\s\S]*no element has id="main"[\s\S]*no visible focus indicator/);
    expect((await horizontalOverflow(page)).scrollWidth).toBeGreaterThan(320);
    const fresh = await load(BROKEN_PAGE);
    expect((await tabStops(fresh, 1))[0]?.visible).toBe(false);
  });

  it('pass the good page', async () => {
    const page = await load(GOOD_PAGE);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect((await headingProblems(page)).problems).toEqual([]);
    expect(await skipLinkProblems(page)).toEqual([]);
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(320);
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
    const narrow = pages.filter((p) => /^(\/en)?\/(matt\/.*)?$/.test(p.path));
    it.each(narrow)('$name ($path) does not scroll sideways', async (template: PageTemplate) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
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
