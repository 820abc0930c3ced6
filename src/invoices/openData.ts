// The supplier invoices in the site's shared open-data places: one dataset per year (for the
// DCAT-AP-SE catalogue and /oppna-data/), the API index's links, the sitemap's pages and the search records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvoiceSummary, SiteConfig } from '../model/types.gen.ts';
import { dataThemeIri } from '../opendata/dcat/dataTheme.ts';
import { formatNumber } from '../format/formatNumber.ts';
import { publicUrl } from '../opendata/api/publicUrl.ts';
import type { DcatDatasetSpec } from '../opendata/dcat/DcatDatasetSpec.ts';
import { SUMMARY_FILE, SUPPLIERS_FILE, type SupplierListItem } from './dataFiles.ts';
import { INVOICE_PATHS, SUPPLIER_LINES_PAGE_SIZE, SUPPLIER_LIST_PAGE_SIZE } from './paths.ts';
import { kronor } from './site/formatAmount.ts';
import { LANGS } from '../i18n/languages.ts';
import { inLanguage } from '../i18n/routes.ts';
import { t } from '../i18n/t.ts';
import type { SearchRecord } from '../opendata/search/SearchRecord.ts';

function summaryOf(dir: string): InvoiceSummary {
  return JSON.parse(readFileSync(join(dir, SUMMARY_FILE), 'utf8')) as InvoiceSummary;
}

/** One dataset per year, as the specification recommends: its monthly CSVs, the yearly CSV and the API. */
export function invoiceDatasets(dir: string, site: SiteConfig): DcatDatasetSpec[] {
  return summaryOf(dir).years.map((y) => ({
    key: `leverantorsreskontra-${y.year}`,
    group: { sv: 'Ekonomi', en: 'Finances' },
    title: { sv: `Leverantörsreskontra ${y.year} – ${site.name}`, en: `Supplier invoices ${y.year} – ${site.name}` },
    description: {
      sv: `Alla leverantörsfakturor som ${site.name} bokförde ${y.year}, en rad per kontering, med kolumnerna i specifikationen för leverantörsreskontra. Enskilda näringsidkare och privatpersoner visas utan namn och organisationsnummer.`,
      en: `Every supplier invoice ${site.name} booked in ${y.year}, one row per booking line, in the columns of the Swedish specification for supplier invoices. Sole traders and private persons are shown without name or number.`,
    },
    keywords: { sv: ['leverantörsreskontra', 'leverantörsfakturor', 'öppna utgifter', site.name], en: ['supplier invoices', 'open spending', 'accounts payable'] },
    theme: dataThemeIri('GOVE'),
    landingPage: INVOICE_PATHS.year(y.year),
    temporal: { start: y.first, end: y.last },
    modified: y.last,
    frequency: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
    conformsTo: 'https://lankadedata.se/spec/leverantorsreskontra/1.1',
    distributions: [
      { key: 'csv', format: 'CSV', path: INVOICE_PATHS.yearCsv(y.year), title: { sv: `Alla fakturarader ${y.year} (CSV)`, en: `All invoice lines ${y.year} (CSV)` }, modified: y.last },
      ...y.months.map((m) => ({ key: `csv-${m.month}`, format: 'CSV' as const, path: INVOICE_PATHS.monthCsv(m.month), title: { sv: `Fakturarader ${m.month} (CSV)`, en: `Invoice lines ${m.month} (CSV)` }, modified: y.last })),
      { key: 'json', format: 'JSON', path: INVOICE_PATHS.apiYear(y.year), title: { sv: `Summor ${y.year} (JSON)`, en: `Totals ${y.year} (JSON)` }, modified: y.last },
    ],
  }));
}

/** The API index's links, under links.leverantorsreskontra: the section's own index of its documents. */
export function invoiceApiLinks(site: SiteConfig): Record<string, string> {
  return { index: publicUrl(site.baseUrl, INVOICE_PATHS.apiIndex) };
}

/** The invoice pages of the sitemap (site paths): the overview, each year's pages and every supplier's pages. */
export function invoiceSitemap(dir: string): { path: string; lastmod?: string }[] {
  const summary = summaryOf(dir);
  const pages: { path: string; lastmod?: string }[] = [{ path: INVOICE_PATHS.root, ...(summary.updated ? { lastmod: summary.updated } : {}) }];
  for (const y of summary.years) {
    pages.push({ path: INVOICE_PATHS.year(y.year), lastmod: y.last }, { path: INVOICE_PATHS.yearAccounts(y.year), lastmod: y.last });
    const count = Math.max(1, Math.ceil(y.suppliers / SUPPLIER_LIST_PAGE_SIZE));
    for (let n = 1; n <= count; n++) pages.push({ path: INVOICE_PATHS.yearSuppliers(y.year, n), lastmod: y.last });
    for (const d of y.departments) pages.push({ path: INVOICE_PATHS.department(y.year, d.key), lastmod: y.last });
  }
  const suppliers = JSON.parse(readFileSync(join(dir, SUPPLIERS_FILE), 'utf8')) as SupplierListItem[];
  const last = new Map(summary.years.map((y) => [y.year, y.last]));
  for (const s of suppliers) {
    // Every page of a supplier's lines: a long one has further pages (…/sida/2/), each a page of its own.
    const lastmod = last.get(s.years.at(-1)!.year);
    for (let n = 1; n <= Math.max(1, Math.ceil(s.count / SUPPLIER_LINES_PAGE_SIZE)); n++) pages.push({ path: INVOICE_PATHS.supplier(s.key, n), lastmod });
  }
  return pages;
}

/**
 * A search record per named supplier and language: its name, number and what it was paid,
 * leading to its page in that language, so /sok/ and /en/sok/ (an index per language) both find
 * suppliers. The supplier pages themselves are not indexed (tens of thousands of tables would
 * only slow the index and crowd the results).
 */
export function invoiceSearchRecords(dir: string): SearchRecord[] {
  const suppliers = JSON.parse(readFileSync(join(dir, SUPPLIERS_FILE), 'utf8')) as SupplierListItem[];
  return LANGS.flatMap((lang) =>
    suppliers.map((s) => ({
      url: inLanguage(INVOICE_PATHS.supplier(s.key), lang),
      title: s.name,
      lang,
      content: t('invoices.search.record', {
        name: s.name,
        id: s.id,
        years: s.years.map((y) => t('invoices.search.year', { year: y.year, total: kronor(y.total, 0, lang), count: formatNumber(y.count, 0, lang) }, lang)).join('; '),
      }, lang),
    })),
  );
}
