// The section's own gate: the written JSON against its schemas, and every total reconciled with
// the published rows to the öre (months, förvaltningar, account classes, accounts, suppliers plus
// the masked group) — a wrong sum is never published.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InvoiceRow, InvoiceSummary, InvoiceSupplier } from '../../model/types.gen.ts';
import { validateInvoiceRow, validateInvoiceSummary, validateInvoiceSupplier } from '../../validate/schemas.ts';
import type { GateProblem } from '../../verify/verifyBuild.ts';
import { INVOICE_PATHS } from '../paths.ts';
import { ROWS_DIR, SUMMARY_FILE, SUPPLIERS_DIR, SUPPLIERS_FILE, type SupplierListItem } from '../dataFiles.ts';

/** Supplier documents read back in full per build (all of them when there are fewer). */
const SUPPLIER_SAMPLE = 500;

const ore = (kronor: number) => Math.round(kronor * 100);
const sumOre = (items: readonly { total: number }[]) => items.reduce((s, i) => s + ore(i.total), 0);

export async function verifyInvoices(siteDir: string, dir: string): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  const at = (file: string) => `leverantorsreskontra/${file}`;
  const summary = JSON.parse(await readFile(join(dir, SUMMARY_FILE), 'utf8')) as InvoiceSummary;
  if (!validateInvoiceSummary(summary)) problems.push({ file: at(SUMMARY_FILE), rule: 'invalid-json', detail: 'does not match invoice-summary.schema.json' });
  const suppliers = JSON.parse(await readFile(join(dir, SUPPLIERS_FILE), 'utf8')) as SupplierListItem[];

  const mismatch = (file: string, what: string, expected: number, actual: number) =>
    problems.push({ file, rule: 'reconciliation', detail: `${what}: ${actual / 100} kr, expected ${expected / 100} kr` });

  for (const year of summary.years) {
    const total = ore(year.total);
    const file = at(SUMMARY_FILE);
    for (const [what, parts] of [['months', year.months], ['departments', year.departments], ['account classes', year.accountClasses], ['accounts', year.accounts]] as const) {
      if (sumOre(parts) !== total) mismatch(file, `${year.year} ${what}`, total, sumOre(parts));
    }
    const named = suppliers.reduce((s, sup) => s + ore(sup.years.find((y) => y.year === year.year)?.total ?? 0), 0);
    if (named + ore(year.masked.total) !== total) mismatch(at(SUPPLIERS_FILE), `${year.year} suppliers + masked group`, total, named + ore(year.masked.total));
    for (const month of year.months) {
      const rowsFile = `${ROWS_DIR}/${month.month}.json`;
      const rows = JSON.parse(await readFile(join(dir, rowsFile), 'utf8')) as InvoiceRow[];
      const bad = rows.findIndex((r) => !validateInvoiceRow(r));
      if (bad >= 0) problems.push({ file: at(rowsFile), rule: 'invalid-json', detail: `row ${bad} does not match invoice-row.schema.json` });
      if (rows.length !== month.count || sumOre(rows.map((r) => ({ total: r.belopp }))) !== ore(month.total)) mismatch(at(rowsFile), `${month.month} rows (${rows.length} of ${month.count})`, ore(month.total), sumOre(rows.map((r) => ({ total: r.belopp }))));
      for (const path of [INVOICE_PATHS.monthCsv(month.month), INVOICE_PATHS.apiMonth(month.month)]) {
        if (!existsSync(join(siteDir, path))) problems.push({ file: path.slice(1), rule: 'missing-file', detail: `the ${month.month} file is not published` });
      }
    }
  }
  // Every supplier is in the reconciliation above (suppliers.json); their documents come from one
  // writer, so a spread of them is read back in full, as the gate does with downloads.
  const names = (await readdir(join(dir, SUPPLIERS_DIR))).sort();
  const sample = names.length <= SUPPLIER_SAMPLE ? names : Array.from({ length: SUPPLIER_SAMPLE }, (_, i) => names[Math.floor((i * names.length) / SUPPLIER_SAMPLE)]);
  for (const name of sample) {
    const doc = JSON.parse(await readFile(join(dir, SUPPLIERS_DIR, name), 'utf8')) as InvoiceSupplier;
    if (!validateInvoiceSupplier(doc)) problems.push({ file: at(`${SUPPLIERS_DIR}/${name}`), rule: 'invalid-json', detail: 'does not match invoice-supplier.schema.json' });
    else if (sumOre(doc.invoices.map((i) => ({ total: i.belopp }))) !== ore(doc.total)) mismatch(at(`${SUPPLIERS_DIR}/${name}`), 'lines', ore(doc.total), sumOre(doc.invoices.map((i) => ({ total: i.belopp }))));
  }
  return problems;
}
