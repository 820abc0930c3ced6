// Accessibility of every Swedish page template of the example site in real Chromium (the English
// ones: a11y-en.test.ts): axe (EN 301 549 / WCAG 2.1 AA) plus what axe cannot see — skip link,
// visible focus, language, heading order and 320 px reflow — and the checks' own self-test.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { headingProblems, horizontalOverflow, skipLinkProblems, tabStops } from '../support/pageChecks.ts';
import { describeTemplates, useBrowser } from '../support/a11yTemplates.ts';

const browser = useBrowser();

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
    context = await browser().newContext({ viewport: { width: 320, height: 600 } });
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

describeTemplates('sv', browser);
