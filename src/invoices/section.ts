// The supplier invoices (leverantörsreskontra) as a section beside the results: data/leverantorsreskontra/
// in, validated and masked lines through the same report, JSON for the pages, open data beside them,
// a table in the bulk zip and its own checks in the gate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvoiceRow } from '../model/types.gen.ts';
import type { BulkResource } from '../opendata/bulk/bulkResources.ts';
import type { TableColumn } from '../opendata/bulk/csvTable.ts';
import type { Section } from '../sections/Section.ts';
import { STANDARD_CSV } from '../downloads/toCsv.ts';
import type { GateProblem } from '../verify/verifyBuild.ts';
import type { InvoiceData } from './aggregate/aggregate.ts';
import { invoiceCsvHeader, invoiceCsvLine } from './files/invoiceCsv.ts';
import { SPEC_COLUMNS, type SpecColumn } from './spec.ts';
import { invoiceApiLinks, invoiceDatasets, invoiceSearchRecords, invoiceSitemap } from './openData.ts';
import { ROWS_DIR, SUMMARY_FILE } from './dataFiles.ts';
import { INVOICE_PATHS } from './paths.ts';

export const INVOICE_SECTION_NAME = 'leverantorsreskontra';
/** The section's folder under data/. */
export const INVOICE_FOLDER = 'leverantorsreskontra';

/** The written folder of the section inside a data folder, or undefined when it has nothing. */
export function invoiceDataDir(dataDir: string): string | undefined {
  const dir = join(dataDir, INVOICE_SECTION_NAME);
  return existsSync(join(dir, SUMMARY_FILE)) ? dir : undefined;
}

function withData<T>(dataDir: string, fn: (dir: string) => T[]): T[] {
  const dir = invoiceDataDir(dataDir);
  return dir ? fn(dir) : [];
}

const COLUMN_TEXTS: Record<SpecColumn, [sv: string, en: string]> = {
  kopare_id: ['Köparens organisationsnummer.', "The buyer's organisation number."],
  kopare: ['Köparens namn.', "The buyer's name."],
  verifikationsnummer: ['Verifikationsnummer: ange det när du begär ut fakturan.', 'Voucher number: quote it to request the invoice.'],
  leverantor: ['Leverantörens namn; ”[innehåller personuppgifter]” för enskilda näringsidkare och privatpersoner.', "The supplier's name; \"[innehåller personuppgifter]\" for sole traders and private persons."],
  leverantor_id: ['Leverantörens organisationsnummer (NNNNNN-NNNN) eller eget leverantörsnummer; tomt när namnet inte visas.', "The supplier's organisation number (NNNNNN-NNNN) or own supplier number; empty when the name is not shown."],
  konto_nr: ['Kontonummer (Kommun-Bas).', 'Account number (Kommun-Bas).'],
  konto_text: ['Kontots namn.', "The account's name."],
  datum: ['Bokföringsdatum.', 'Booking date.'],
  belopp: ['Belopp i kronor exklusive moms; negativt för en kreditfaktura.', 'Amount in kronor excluding VAT; negative for a credit note.'],
  forvaltning: ['Förvaltning eller nämnd.', 'Administration or committee.'],
  fakturanummer: ['Leverantörens fakturanummer.', "The supplier's invoice number."],
  grund: ['Grund för köpet (t.ex. ramavtal, direktupphandling).', 'Basis of the purchase (framework agreement, direct award …).'],
  avtal: ['Avtal eller hänvisning till avtalet.', 'Contract or a reference to it.'],
  kommun_id: ['Kommunkod (fyra siffror).', 'Municipality code (four digits).'],
  s_kod_nr: ['S-kod (motpartens sektor).', "S code (the counterparty's sector)."],
};

const INVOICE_COLUMNS: readonly TableColumn<InvoiceRow>[] = SPEC_COLUMNS.map((name) => ({
  name,
  type: name === 'belopp' ? 'number' : name === 'datum' ? 'date' : 'string',
  description: COLUMN_TEXTS[name][0],
  descriptionEn: COLUMN_TEXTS[name][1],
  ...(['kopare_id', 'kopare', 'verifikationsnummer', 'leverantor', 'konto_nr', 'konto_text', 'datum', 'belopp'].includes(name) ? { constraints: { required: true } } : {}),
  value: (row: InvoiceRow) => row[name] ?? null,
}));

function months(dir: string): string[] {
  return readdirSync(join(dir, ROWS_DIR)).filter((f) => f.endsWith('.json')).sort();
}

function* rowsOf(dir: string): Generator<InvoiceRow> {
  for (const file of months(dir)) yield* JSON.parse(readFileSync(join(dir, ROWS_DIR, file), 'utf8')) as InvoiceRow[];
}

function* csvOf(dir: string): Generator<string> {
  yield invoiceCsvHeader(STANDARD_CSV);
  for (const file of months(dir)) {
    let text = '';
    for (const row of JSON.parse(readFileSync(join(dir, ROWS_DIR, file), 'utf8')) as InvoiceRow[]) text += invoiceCsvLine(row, STANDARD_CSV);
    yield text;
  }
}

function bulkResource(dir: string): BulkResource {
  return {
    name: 'leverantorsreskontra',
    csv: 'leverantorsreskontra.csv',
    json: 'leverantorsreskontra.json',
    title: 'Leverantörsreskontra (leverantörsfakturor)',
    titleEn: 'Supplier invoices (accounts payable)',
    description: 'En konteringsrad per rad med specifikationen för leverantörsreskontras kolumner (lankadedata.se 1.1). Enskilda näringsidkare och privatpersoner visas utan namn och id.',
    descriptionEn: 'One booking line per row in the columns of the Swedish specification for supplier invoices (lankadedata.se 1.1). Sole traders and private persons are shown without name or id.',
    jsonShape: 'invoice-row.schema.json',
    columns: INVOICE_COLUMNS as unknown as readonly TableColumn<never>[],
    csvText: () => csvOf(dir),
    items: () => rowsOf(dir),
  };
}

export const invoicesSection: Section<InvoiceData> = {
  name: INVOICE_SECTION_NAME,
  folder: INVOICE_FOLDER,
  // The pipeline's hooks are imported when called: the pages import this module (for the bulk
  // resources) and must not pull the readers and validators into the site's bundle.
  ingest: async (context) => (await import('./read/ingestInvoices.ts')).ingestInvoices(context),
  // What the report's "OK" line says (worded by the dictionary's leverantorsreskontra.report).
  counts: (value) => ({ lines: value.files.reduce((n, f) => n + f.rows, 0), suppliers: value.suppliers.length }),
  write: async (value, dir) => (await import('./write/writeInvoices.ts')).writeInvoices(value, dir),
  async writeFiles(dataDir, outDir, site) {
    const dir = invoiceDataDir(dataDir);
    if (dir) await (await import('./files/writeInvoiceFiles.ts')).writeInvoiceFiles(dir, outDir, site);
  },
  bulkResources(dataDir) {
    const dir = invoiceDataDir(dataDir);
    return dir ? [bulkResource(dir)] : [];
  },
  async verify(siteDir, dataDir): Promise<GateProblem[]> {
    const dir = invoiceDataDir(dataDir);
    return dir ? (await import('./verify/verifyInvoices.ts')).verifyInvoices(siteDir, dir) : [];
  },
  apiLinks: (dataDir, site) => (invoiceDataDir(dataDir) ? invoiceApiLinks(site) : {}),
  dcatDatasets: (dataDir, site) => withData(dataDir, (dir) => invoiceDatasets(dir, site)),
  sitemapPages: (dataDir) => withData(dataDir, invoiceSitemap),
  searchRecords: (dataDir) => withData(dataDir, invoiceSearchRecords),
  searchRecordFolders: [INVOICE_PATHS.suppliers],
};

