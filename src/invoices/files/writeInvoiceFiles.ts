// The open data of the supplier invoices, written beside the pages (a million rows never pass
// through Astro): the cleaned monthly CSVs in the specification's columns, a yearly CSV (and the
// same for Swedish Excel), and the static API — an index, each year's totals, each month's rows,
// the supplier list and one document per named supplier.
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createWriteStream, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { STANDARD_CSV } from '../../downloads/toCsv.ts';
import { EXCEL_CSV } from '../../downloads/toExcelCsv.ts';
import type { InvoiceRow, InvoiceSummary, SiteConfig } from '../../model/types.gen.ts';
import { apiJson } from '../../opendata/api/apiJson.ts';
import { publicUrl } from '../../opendata/api/publicUrl.ts';
import { licenceInfo } from '../../opendata/licence.ts';
import { INVOICE_PATHS } from '../paths.ts';
import { ROWS_DIR, SUMMARY_FILE, SUPPLIERS_DIR, SUPPLIERS_FILE, type SupplierListItem } from '../dataFiles.ts';
import { invoiceCsvHeader, invoiceCsvLine } from './invoiceCsv.ts';
import { eachLimited } from '../../cache/eachLimited.ts';

const site = (path: string) => path.replace(/^\/+/, '');

async function out(outDir: string, path: string, text: string): Promise<void> {
  const file = join(outDir, site(path));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/**
 * The written file itself as a published file: a hard link where the file system allows it (tens of
 * thousands of supplier documents, hundreds of megabytes of rows, need not be copied), else a copy.
 */
async function publishCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

function end(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Writes, waiting when the stream's buffer is full (a yearly file is hundreds of megabytes). */
function write(stream: WriteStream, text: string): Promise<void> | undefined {
  return stream.write(text) ? undefined : new Promise((resolve) => stream.once('drain', () => resolve()));
}

export async function readSummary(dataDir: string): Promise<InvoiceSummary> {
  return JSON.parse(await readFile(join(dataDir, SUMMARY_FILE), 'utf8')) as InvoiceSummary;
}

/** /api/v1/leverantorsreskontra/index.json: what there is and where. */
export function invoiceApiIndex(summary: InvoiceSummary, config: SiteConfig) {
  const url = (path: string) => publicUrl(config.baseUrl, path);
  const licence = licenceInfo(config.licence);
  return {
    apiVersion: '1',
    title: `Leverantörsreskontra – ${config.name}`,
    publisher: config.name,
    specification: 'https://lankadedata.se/spec/leverantorsreskontra/1.1',
    licence: licence ? { id: licence.id, title: licence.title, ...(licence.url ? { url: licence.url } : {}) } : null,
    dataUpdated: summary.updated ?? null,
    maskedSuppliers: 'Enskilda näringsidkare och privatpersoner publiceras utan namn och id, med leverantor "[innehåller personuppgifter]"; deras belopp ingår i alla summor.',
    years: summary.years.map((y) => ({
      year: y.year,
      total: y.total,
      count: y.count,
      summary: url(INVOICE_PATHS.apiYear(y.year)),
      csv: url(INVOICE_PATHS.yearCsv(y.year)),
      months: y.months.map((m) => ({ month: m.month, total: m.total, count: m.count, rows: url(INVOICE_PATHS.apiMonth(m.month)), csv: url(INVOICE_PATHS.monthCsv(m.month)) })),
    })),
    links: {
      self: url(INVOICE_PATHS.apiIndex),
      suppliers: url(INVOICE_PATHS.apiSuppliers),
      // A URI template (RFC 6570): {key} from suppliers.json.
      supplier: url(INVOICE_PATHS.apiSupplier('{key}')),
      schemas: {
        row: url('/api/v1/schemas/invoice-row.schema.json'),
        summary: url('/api/v1/schemas/invoice-summary.schema.json'),
        supplier: url('/api/v1/schemas/invoice-supplier.schema.json'),
      },
      pages: url(INVOICE_PATHS.root),
    },
  };
}

export async function writeInvoiceFiles(dataDir: string, outDir: string, config: SiteConfig): Promise<void> {
  const summary = await readSummary(dataDir);
  await out(outDir, INVOICE_PATHS.apiIndex, apiJson(invoiceApiIndex(summary, config)));
  for (const year of summary.years) await out(outDir, INVOICE_PATHS.apiYear(year.year), apiJson({ ...year, updated: summary.updated }));

  // Month by month: its rows as JSON (copied) and CSV, and onto the year's two CSV files.
  const months = (await readdir(join(dataDir, ROWS_DIR))).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  let yearFiles: { year: string; standard: WriteStream; excel: WriteStream } | undefined;
  const closeYear = async () => {
    if (yearFiles) await Promise.all([end(yearFiles.standard), end(yearFiles.excel)]);
    yearFiles = undefined;
  };
  for (const month of months) {
    const year = month.slice(0, 4);
    if (yearFiles?.year !== year) {
      await closeYear();
      await mkdir(join(outDir, site(INVOICE_PATHS.yearCsv(year)), '..'), { recursive: true });
      yearFiles = { year, standard: createWriteStream(join(outDir, site(INVOICE_PATHS.yearCsv(year)))), excel: createWriteStream(join(outDir, site(INVOICE_PATHS.yearExcelCsv(year)))) };
      await write(yearFiles.standard, invoiceCsvHeader(STANDARD_CSV));
      await write(yearFiles.excel, invoiceCsvHeader(EXCEL_CSV));
    }
    const source = join(dataDir, ROWS_DIR, `${month}.json`);
    const target = join(outDir, site(INVOICE_PATHS.apiMonth(month)));
    await mkdir(dirname(target), { recursive: true });
    await publishCopy(source, target);
    const rows = JSON.parse(await readFile(source, 'utf8')) as InvoiceRow[];
    let standard = invoiceCsvHeader(STANDARD_CSV);
    let excel = '';
    let yearly = '';
    for (const row of rows) {
      const line = invoiceCsvLine(row, STANDARD_CSV);
      standard += line;
      yearly += line;
      excel += invoiceCsvLine(row, EXCEL_CSV);
      if (yearly.length > 1 << 20) {
        await write(yearFiles.standard, yearly);
        await write(yearFiles.excel, excel);
        yearly = '';
        excel = '';
      }
    }
    await write(yearFiles.standard, yearly);
    await write(yearFiles.excel, excel);
    await out(outDir, INVOICE_PATHS.monthCsv(month), standard);
  }
  await closeYear();

  // Suppliers: the list, and each one's document as written (it is already the API document).
  const list = JSON.parse(await readFile(join(dataDir, SUPPLIERS_FILE), 'utf8')) as SupplierListItem[];
  await out(outDir, INVOICE_PATHS.apiSuppliers, apiJson(list.map((s) => ({ ...s, document: publicUrl(config.baseUrl, INVOICE_PATHS.apiSupplier(s.key)), page: publicUrl(config.baseUrl, INVOICE_PATHS.supplier(s.key)) }))));
  const supplierDir = join(outDir, site(INVOICE_PATHS.apiSupplier('x')), '..');
  await mkdir(supplierDir, { recursive: true });
  await eachLimited(list, 16, ({ key }) => publishCopy(join(dataDir, SUPPLIERS_DIR, `${key}.json`), join(supplierDir, `${key}.json`)));
}
