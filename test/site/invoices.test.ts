// The supplier invoices of the built example site: nothing of a sole trader, a row the export masked
// or a mask-listed supplier anywhere in what is published (pages, downloads, API, search index,
// feeds, sitemap, zip), the masked group shown and never ranked, the figures as written, the pages
// in the sitemap and a supplier found by the site search in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INVOICE_TOOLS } from '../../scripts/make-example-data.ts';
import { secretsOfInvoiceExample } from '../../scripts/example-data/invoices.ts';
import type { InvoiceSummary } from '../../src/model/types.gen.ts';
import { connectBrowser } from '../support/chromium.ts';
import { siteUnderTest } from '../support/siteUnderTest.ts';
import { publishedTexts } from '../invoices/publish.ts';

const ROOT = '/ekonomi/leverantorsreskontra/';
const MASKED_LABEL = 'Enskilda näringsidkare och privatpersoner – uppgifterna visas inte';

function summaryOf(data: string): InvoiceSummary {
  return JSON.parse(readFileSync(join(data, 'leverantorsreskontra', 'summary.json'), 'utf8')) as InvoiceSummary;
}

describe('supplier invoices on the built example site', () => {
  it('publishes nothing of a sole trader, an export-masked row or a mask-listed supplier — in any file, the search index and the zip included', () => {
    const site = siteUnderTest('example');
    const secrets = secretsOfInvoiceExample(INVOICE_TOOLS);
    expect(secrets.length).toBeGreaterThan(20);
    const texts = publishedTexts(site.dist);
    expect([...texts.keys()].some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect([...texts.keys()]).toEqual(expect.arrayContaining(['sitemap.xml', 'flode.xml', 'oppna-data/alla-resultat.zip/leverantorsreskontra.csv']));
    const leaks = [...texts].flatMap(([file, text]) => secrets.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`));
    expect(leaks).toEqual([]);
  });

  it('shows the masked group, labelled, beside the ranked list and never in it', () => {
    const site = siteUnderTest('example');
    const year = summaryOf(site.data).years[0];
    for (const page of [`${ROOT}${year.year}/index.html`, `${ROOT}${year.year}/leverantorer/index.html`, `${ROOT}index.html`]) {
      const html = readFileSync(join(site.dist, page), 'utf8');
      expect(html, page).toContain(MASKED_LABEL);
      const table = /<table data-suppliers>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
      expect(table).not.toContain('personuppgift');
      expect(table).not.toContain(MASKED_LABEL);
    }
  });

  it('shows the written totals on the year page', () => {
    const site = siteUnderTest('example');
    const year = summaryOf(site.data).years[0];
    const html = readFileSync(join(site.dist, `${ROOT}${year.year}/index.html`), 'utf8');
    const shown = /<dd data-total>([^<]+)<\/dd>/.exec(html)![1].replace(/[\s\u00a0]|kr/g, '');
    expect(Number(shown)).toBe(Math.round(year.total));
  });

  it('lists the overview, the years and every supplier in the sitemap, and the datasets on /oppna-data/ and in the API index', () => {
    const site = siteUnderTest('example');
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    const suppliers = JSON.parse(readFileSync(join(site.data, 'leverantorsreskontra', 'suppliers.json'), 'utf8')) as { key: string }[];
    for (const path of [ROOT, `${ROOT}2024/`, ...suppliers.map((s) => `${ROOT}leverantorer/${s.key}/`)]) expect(sitemap).toContain(`<loc>https://resultat.exempelkommun.se${path}</loc>`);
    expect(readFileSync(join(site.dist, 'oppna-data', 'index.html'), 'utf8')).toContain('data-section-dataset="leverantorsreskontra-2024"');
    const api = JSON.parse(readFileSync(join(site.dist, 'api', 'v1', 'index.json'), 'utf8')) as { links: { leverantorsreskontra: Record<string, string> } };
    expect(api.links.leverantorsreskontra.index).toBe('https://resultat.exempelkommun.se/api/v1/leverantorsreskontra/index.json');
  });
});

describe('supplier search in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds a supplier by name from /sok/ and links to its page', async () => {
    const site = siteUnderTest('example');
    const year = summaryOf(site.data).years[0];
    const top = year.topSuppliers[0];
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/sok/?q=${encodeURIComponent(top.name)}`, { waitUntil: 'load' });
      const link = page.locator(`.pagefind-ui__result-link[href*="${ROOT}leverantorer/${top.key}/"]`);
      await link.first().waitFor({ timeout: 20_000 });
      expect(await link.count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
