// The write stage of the supplier invoices: deterministic JSON under <data>/leverantorsreskontra/,
// what the pages render from and the data files are made of:
//   summary.json              every year's totals (invoice-summary.schema.json)
//   suppliers.json            every named supplier with its totals per year (the ranked lists)
//   suppliers/<key>.json      one named supplier with every line (invoice-supplier.schema.json)
//   rows/<YYYY-MM>.json       a month's published rows, masked (invoice-row.schema.json items)
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InvoiceRow } from '../../model/types.gen.ts';
import { apiJson } from '../../opendata/api/apiJson.ts';
import { aggregate, compareLines, supplierDocument, type InvoiceData } from '../aggregate/aggregate.ts';
import type { InvoiceLine } from '../normalise/InvoiceLine.ts';
import { oreToKronor } from '../normalise/parseAmount.ts';
import { MASKED_SUPPLIER_TEXT } from '../spec.ts';
import { ROWS_DIR, SUMMARY_FILE, SUPPLIERS_DIR, SUPPLIERS_FILE, type SupplierListItem } from '../dataFiles.ts';


/** A line as published: the specification's columns in its order, the supplier masked. */
export function publishedRow(line: InvoiceLine): InvoiceRow {
  const row: InvoiceRow = {
    kopare_id: line.buyerId,
    kopare: line.buyer,
    verifikationsnummer: line.voucher,
    leverantor: line.supplier ? line.supplierName : MASKED_SUPPLIER_TEXT,
    ...(line.supplier ? { leverantor_id: line.supplier.id } : {}),
    konto_nr: line.account,
    konto_text: line.accountText,
    datum: line.date,
    belopp: oreToKronor(line.ore),
  };
  if (line.department) row.forvaltning = line.department;
  if (line.invoiceNo) row.fakturanummer = line.invoiceNo;
  if (line.basis) row.grund = line.basis;
  if (line.contract) row.avtal = line.contract;
  if (line.municipality) row.kommun_id = line.municipality;
  if (line.sCode) row.s_kod_nr = line.sCode;
  return row;
}

/** Items one per line: compact (a million rows), deterministic, readable in a diff. */
export function jsonLines(items: Iterable<unknown>): string {
  const parts: string[] = [];
  for (const item of items) parts.push(JSON.stringify(item));
  return parts.length === 0 ? '[]\n' : `[\n${parts.join(',\n')}\n]\n`;
}

/** Runs `work` over `items` with at most `limit` at a time (tens of thousands of small files). */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(runners);
}

export async function writeInvoices(data: InvoiceData, dir: string): Promise<void> {
  const { summary, suppliers, departmentKeys } = aggregate(data);
  await mkdir(join(dir, SUPPLIERS_DIR), { recursive: true });
  await mkdir(join(dir, ROWS_DIR), { recursive: true });
  await writeFile(join(dir, SUMMARY_FILE), apiJson(summary));

  const list: SupplierListItem[] = new Array(suppliers.length);
  await pool(
    suppliers.map((s, i) => [s, i] as const),
    16,
    async ([s, i]) => {
      const doc = supplierDocument(s, data.files, departmentKeys);
      list[i] = { key: doc.key, id: doc.id, name: doc.name, total: doc.total, count: doc.count, years: doc.years.map((y) => ({ year: y.year, total: y.total, count: y.count })) };
      await writeFile(join(dir, SUPPLIERS_DIR, `${doc.key}.json`), `${JSON.stringify(doc)}\n`);
    },
  );
  await writeFile(join(dir, SUPPLIERS_FILE), jsonLines(list));

  // Rows month by month, each month in published order.
  const months = new Map<string, InvoiceLine[]>();
  for (const line of data.lines) {
    const month = line.date.slice(0, 7);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(line);
  }
  for (const [month, lines] of months) {
    lines.sort(compareLines);
    await writeFile(join(dir, ROWS_DIR, `${month}.json`), jsonLines(lines.map(publishedRow)));
  }
}
