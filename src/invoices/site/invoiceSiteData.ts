// What the invoice pages render from: the section's written JSON under $OPPNA_DATA_DIR, read once
// per build (the summary and the supplier list) or per page (one supplier's document).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvoiceSummary, InvoiceSupplier, InvoiceYear } from '../../model/types.gen.ts';
import { dataDir } from '../../site/loadSiteData.ts';
import { INVOICE_SECTION_NAME } from '../section.ts';
import { SUMMARY_FILE, SUPPLIERS_DIR, SUPPLIERS_FILE, type SupplierListItem } from '../dataFiles.ts';

export interface InvoiceSiteData {
  dir: string;
  summary: InvoiceSummary;
  suppliers: SupplierListItem[];
}

let cache: { dir: string; data: InvoiceSiteData | undefined } | undefined;

/** The invoices of the site, or undefined when it publishes none. */
export function loadInvoiceData(): InvoiceSiteData | undefined {
  const dir = join(dataDir(), INVOICE_SECTION_NAME);
  if (cache?.dir !== dir) {
    const data = existsSync(join(dir, SUMMARY_FILE))
      ? {
          dir,
          summary: JSON.parse(readFileSync(join(dir, SUMMARY_FILE), 'utf8')) as InvoiceSummary,
          suppliers: JSON.parse(readFileSync(join(dir, SUPPLIERS_FILE), 'utf8')) as SupplierListItem[],
        }
      : undefined;
    cache = { dir, data };
  }
  return cache.data;
}

/** A year's figures. */
export function invoiceYear(data: InvoiceSiteData, year: string): InvoiceYear {
  const found = data.summary.years.find((y) => y.year === year);
  if (!found) throw new Error(`no supplier invoices for ${year}`);
  return found;
}

export interface RankedSupplier {
  rank: number;
  key: string;
  id: string;
  name: string;
  total: number;
  count: number;
}

const ranked = new Map<string, RankedSupplier[]>();

/** The named suppliers of a year, largest total first (equal totals by key): the ranked list. */
export function rankedSuppliers(data: InvoiceSiteData, year: string): RankedSupplier[] {
  const key = `${data.dir}\u0000${year}`;
  let list = ranked.get(key);
  if (!list) {
    list = data.suppliers
      .flatMap((s) => {
        const y = s.years.find((x) => x.year === year);
        return y ? [{ rank: 0, key: s.key, id: s.id, name: s.name, total: y.total, count: y.count }] : [];
      })
      .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
    list.forEach((s, i) => (s.rank = i + 1));
    ranked.set(key, list);
  }
  return list;
}

let lastSupplier: InvoiceSupplier | undefined;

/** One supplier's document; the pages of one supplier render one after another, so the last is kept. */
export function loadSupplier(data: InvoiceSiteData, key: string): InvoiceSupplier {
  if (lastSupplier?.key !== key) lastSupplier = JSON.parse(readFileSync(join(data.dir, SUPPLIERS_DIR, `${key}.json`), 'utf8')) as InvoiceSupplier;
  return lastSupplier;
}

/** Pages of `size` items: how many, and the items of page n (1-based). */
export function pageCount(items: number, size: number): number {
  return Math.max(1, Math.ceil(items / size));
}
