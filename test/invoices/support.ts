// Data folders for the invoice tests: files under leverantorsreskontra/, read through the real
// importer with the invoices section alone.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { ingest, type IngestResult } from '../../src/ingest.ts';
import type { InvoiceData } from '../../src/invoices/aggregate/aggregate.ts';
import { invoicesSection } from '../../src/invoices/section.ts';
import { lineViews, type LineView } from '../../src/invoices/normalise/LineStore.ts';
import type { Section } from '../../src/sections/Section.ts';

const roots: string[] = [];

export async function dataFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'oppna-invoices-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export async function removeFolders(): Promise<void> {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
}

export async function ingestInvoicesOf(root: string): Promise<{ result: IngestResult; data?: InvoiceData & { lines: LineView[] } }> {
  const result = await ingest(root, { sections: [invoicesSection as Section] });
  const data = result.sections.get('leverantorsreskontra') as InvoiceData | undefined;
  return { result, data: data && { ...data, lines: lineViews(data.store, data.suppliers) } };
}

export function workbook(aoa: unknown[][], sheet = 'Blad1'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa, { cellDates: true }), sheet);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

/** A valid site.json for Exempelkommun (9999), for the checks that need the home municipality. */
export const SITE_JSON = JSON.stringify({
  name: 'Exempelkommun',
  siteName: 'Exempelkommuns resultat',
  municipality: '9999',
  baseUrl: 'https://x.se/',
  comparison: {},
  feedback: { email: 'a@x.se' },
  contact: {},
  accessibility: { compliance: 'full', assessedOn: '2025-01-01', updatedOn: '2025-01-01', method: 'Test.' },
});
