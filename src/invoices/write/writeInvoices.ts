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
import { aggregate, lineOrder, supplierDocument, type InvoiceData } from '../aggregate/aggregate.ts';
import { dayText, type TextField } from '../normalise/LineStore.ts';
import { oreToKronor } from '../normalise/parseAmount.ts';
import { MASKED_SUPPLIER_TEXT } from '../spec.ts';
import { eachLimited } from '../../cache/eachLimited.ts';
import { ROWS_DIR, SUMMARY_FILE, SUPPLIERS_DIR, SUPPLIERS_FILE, type SupplierListItem } from '../dataFiles.ts';


/** A line as published: the specification's columns in its order, the supplier masked. */
export function publishedRow(data: InvoiceData, i: number): InvoiceRow {
  const { store } = data;
  const text = (field: TextField) => store.get(field, i);
  const s = store.supplier[i];
  const row: InvoiceRow = {
    kopare_id: text('buyerId'),
    kopare: text('buyer'),
    verifikationsnummer: store.voucher.get(i),
    leverantor: s < 0 ? MASKED_SUPPLIER_TEXT : text('supplierName'),
    ...(s < 0 ? {} : { leverantor_id: data.suppliers[s].id }),
    konto_nr: text('account'),
    konto_text: text('accountText'),
    datum: dayText(store.day[i]),
    belopp: oreToKronor(store.ore[i]),
  };
  if (text('department')) row.forvaltning = text('department');
  const invoiceNo = store.invoiceNo.get(i);
  if (invoiceNo) row.fakturanummer = invoiceNo;
  if (text('basis')) row.grund = text('basis');
  if (text('contract')) row.avtal = text('contract');
  if (text('municipality')) row.kommun_id = text('municipality');
  if (text('sCode')) row.s_kod_nr = text('sCode');
  return row;
}

/** Items one per line: compact (a million rows), deterministic, readable in a diff. */
export function jsonLines(items: Iterable<unknown>): string {
  const parts: string[] = [];
  for (const item of items) parts.push(JSON.stringify(item));
  return parts.length === 0 ? '[]\n' : `[\n${parts.join(',\n')}\n]\n`;
}

export async function writeInvoices(data: InvoiceData, dir: string): Promise<void> {
  const { summary, suppliers, departmentKeys } = aggregate(data);
  await mkdir(join(dir, SUPPLIERS_DIR), { recursive: true });
  await mkdir(join(dir, ROWS_DIR), { recursive: true });
  await writeFile(join(dir, SUMMARY_FILE), apiJson(summary));

  const list: SupplierListItem[] = new Array(suppliers.length);
  await eachLimited(
    suppliers.map((s, i) => [s, i] as const),
    16,
    async ([s, i]) => {
      const doc = supplierDocument(s, data, departmentKeys);
      list[i] = { key: doc.key, id: doc.id, name: doc.name, total: doc.total, count: doc.count, years: doc.years.map((y) => ({ year: y.year, total: y.total, count: y.count })) };
      await writeFile(join(dir, SUPPLIERS_DIR, `${doc.key}.json`), `${JSON.stringify(doc)}\n`);
    },
  );
  await writeFile(join(dir, SUPPLIERS_FILE), jsonLines(list));

  // Rows month by month, each month in published order.
  const { store } = data;
  const months = new Map<number, number[]>();
  for (let i = 0; i < store.length; i++) {
    if (store.kept[i] === 0) continue;
    const month = Math.floor(store.day[i] / 100);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(i);
  }
  const order = lineOrder(store);
  for (const [month, lines] of [...months].sort((a, b) => a[0] - b[0])) {
    lines.sort(order);
    const name = `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`;
    await writeFile(join(dir, ROWS_DIR, `${name}.json`), jsonLines(lines.map((i) => publishedRow(data, i))));
  }
}
