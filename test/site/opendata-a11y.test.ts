// Accessibility of the open-data pages in real Chromium: axe (EN 301 549 / WCAG 2.1 AA) on the data
// page, the API page, the search page (with the Pagefind UI showing results) and an embed page, plus
// 320 px reflow without horizontal scrolling of the page itself.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/opendata/search/buildSearchIndex.ts';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { connectBrowser } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';
import { siteUnderTest } from '../support/siteUnderTest.ts';

const tmp = mkdtempSync(join(tmpdir(), 'oppna-od-a11y-'));
let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  // A copy with the search index, so the search page is checked as published.
  cpSync(siteUnderTest('example').dist, join(tmp, 'dist'), { recursive: true });
  await buildSearchIndex(join(tmp, 'dist'));
  server = await serveStatic(join(tmp, 'dist'));
  browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const PAGES = [
  { name: 'data page', path: '/oppna-data/' },
  { name: 'API page', path: '/oppna-data/api/' },
  { name: 'search page with results', path: `/sok/?q=${encodeURIComponent('öppna data')}`, waitFor: '.pagefind-ui__result-link' },
  { name: 'embed page', path: '/matt/N15428/inbaddning/' },
  { name: 'English data page', path: '/en/oppna-data/' },
  { name: 'English API page', path: '/en/oppna-data/api/' },
  { name: 'English search page with results', path: `/en/sok/?q=${encodeURIComponent('preschool')}`, waitFor: '.pagefind-ui__result-link' },
  { name: 'English embed page', path: '/en/matt/N15428/inbaddning/' },
];

describe('open-data pages: accessibility', () => {
  for (const p of PAGES) {
    it(`${p.name}: no axe violations`, async () => {
      const context = await browser!.newContext();
      const page = await context.newPage();
      const response = await page.goto(`${server!.url}${p.path}`, { waitUntil: 'load' });
      expect(response?.ok()).toBe(true);
      if (p.waitFor) await page.locator(p.waitFor).first().waitFor({ timeout: 20_000 });
      const violations = await axeViolations(page);
      await context.close();
      expect(violations, formatViolations(violations)).toEqual([]);
    });

    it(`${p.name}: reflows at 320 px without horizontal scrolling`, async () => {
      const context = await browser!.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(`${server!.url}${p.path}`, { waitUntil: 'load' });
      if (p.waitFor) await page.locator(p.waitFor).first().waitFor({ timeout: 20_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await context.close();
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
