// Every total the site and the open data show, computed once from the booking lines in whole öre
// (integers: sums of a million lines are exact), then turned into kronor for the written JSON.
// The masked group's lines count in every total — year, month, förvaltning, account — and are
// summed apart only where suppliers are listed.
import type { InvoiceAccount, InvoiceAccountClass, InvoiceDepartment, InvoiceMonth, InvoiceSummary, InvoiceSupplier, InvoiceSupplierTotal, InvoiceYear } from '../../model/types.gen.ts';
import { slug } from '../../site/slug.ts';
import type { InvoiceLine, SupplierRef } from '../normalise/InvoiceLine.ts';
import { oreToKronor } from '../normalise/parseAmount.ts';

/** An input file with how many lines were kept from it and the period its name says. */
export interface InvoiceFile {
  path: string;
  sheet?: string;
  rows: number;
  period?: string;
}

/** What the section's ingest hands to its write: the kept lines of every file. */
export interface InvoiceData {
  files: InvoiceFile[];
  lines: InvoiceLine[];
}

/** The largest suppliers listed per year and per förvaltning. */
export const TOP_SUPPLIERS = 25;
export const TOP_DEPARTMENT_SUPPLIERS = 10;

class Sum {
  ore = 0;
  count = 0;
  add(ore: number): void {
    this.ore += ore;
    this.count++;
  }
  json(): { total: number; count: number } {
    return { total: oreToKronor(this.ore), count: this.count };
  }
}

function sumIn<K>(map: Map<K, Sum>, key: K): Sum {
  let sum = map.get(key);
  if (!sum) map.set(key, (sum = new Sum()));
  return sum;
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The account class: first digit of a numeric account (kontoklass), '' otherwise. */
export function accountClass(account: string): string {
  return /^\d/.test(account) ? account[0] : '';
}

class SupplierTotals {
  readonly ref: SupplierRef;
  readonly sum = new Sum();
  readonly names = new Map<string, number>();
  readonly lines: InvoiceLine[] = [];
  constructor(ref: SupplierRef) {
    this.ref = ref;
  }
  /** The name on most lines; among equals, the one that sorts first (deterministic). */
  name(): string {
    let best = '';
    let most = -1;
    for (const [name, n] of [...this.names].sort(byKey)) if (n > most) [best, most] = [name, n];
    return best;
  }
}

class DepartmentTotals {
  readonly key: string;
  readonly name: string;
  readonly sum = new Sum();
  readonly masked = new Sum();
  readonly months = new Map<string, Sum>();
  readonly classes = new Map<string, Sum>();
  readonly suppliers = new Map<SupplierTotals, Sum>();
  constructor(key: string, name: string) {
    this.key = key;
    this.name = name;
  }
}

class YearTotals {
  readonly year: string;
  readonly sum = new Sum();
  readonly masked = new Sum();
  first = '9999-99-99';
  last = '0000-00-00';
  readonly months = new Map<string, Sum>();
  readonly departments = new Map<string, DepartmentTotals>();
  readonly classes = new Map<string, Sum>();
  readonly accounts = new Map<string, Sum>();
  readonly accountTexts = new Map<string, Map<string, number>>();
  readonly suppliers = new Map<SupplierTotals, Sum>();
  constructor(year: string) {
    this.year = year;
  }
}

function monthsJson(months: Map<string, Sum>): InvoiceMonth[] {
  return [...months].sort(byKey).map(([month, s]) => ({ month, ...s.json() }));
}

function classesJson(classes: Map<string, Sum>): InvoiceAccountClass[] {
  return [...classes].sort(byKey).map(([cls, s]) => ({ class: cls, ...s.json() }));
}

/** Largest first; equal totals by key, so the order never depends on the input's. */
function topSuppliers(suppliers: Map<SupplierTotals, Sum>, n: number): InvoiceSupplierTotal[] {
  return [...suppliers]
    .sort((a, b) => b[1].ore - a[1].ore || (a[0].ref.key < b[0].ref.key ? -1 : 1))
    .slice(0, n)
    .map(([s, sum]) => ({ key: s.ref.key, id: s.ref.id, name: s.name(), ...sum.json() }));
}

function mostUsed(counts: Map<string, number>): string {
  let best = '';
  let most = -1;
  for (const [text, n] of [...counts].sort(byKey)) if (n > most) [best, most] = [text, n];
  return best;
}

/** Department keys: the name's slug, made unique; 'ingen' for lines without a förvaltning. */
function departmentKeys(lines: readonly InvoiceLine[]): Map<string, string> {
  const names = [...new Set(lines.map((l) => l.department))].sort();
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const name of names) {
    const base = name === '' ? 'ingen' : slug(name) || 'forvaltning';
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    keys.set(name, key);
  }
  return keys;
}

export interface Aggregated {
  summary: InvoiceSummary;
  /** Every named supplier, by key, with its lines in published order. */
  suppliers: SupplierTotals[];
  /** Each förvaltning's URL key by name. */
  departmentKeys: Map<string, string>;
}

/** Orders lines as published: by date, buyer, voucher, account, then input place. */
export function compareLines(a: InvoiceLine, b: InvoiceLine): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.buyerId !== b.buyerId) return a.buyerId < b.buyerId ? -1 : 1;
  if (a.voucher !== b.voucher) return a.voucher < b.voucher ? -1 : 1;
  if (a.account !== b.account) return a.account < b.account ? -1 : 1;
  return a.file - b.file || a.row - b.row;
}

export function aggregate(data: InvoiceData): Aggregated {
  const years = new Map<string, YearTotals>();
  const suppliers = new Map<SupplierRef, SupplierTotals>();
  const buyers = new Map<string, Map<string, number>>();
  const departmentKey = departmentKeys(data.lines);
  let updated = '';

  for (const line of data.lines) {
    const year = line.date.slice(0, 4);
    const month = line.date.slice(0, 7);
    let y = years.get(year);
    if (!y) years.set(year, (y = new YearTotals(year)));
    y.sum.add(line.ore);
    if (line.date < y.first) y.first = line.date;
    if (line.date > y.last) y.last = line.date;
    if (line.date > updated) updated = line.date;
    sumIn(y.months, month).add(line.ore);
    const cls = accountClass(line.account);
    sumIn(y.classes, cls).add(line.ore);
    sumIn(y.accounts, line.account).add(line.ore);
    let texts = y.accountTexts.get(line.account);
    if (!texts) y.accountTexts.set(line.account, (texts = new Map()));
    texts.set(line.accountText, (texts.get(line.accountText) ?? 0) + 1);

    let d = y.departments.get(line.department);
    if (!d) y.departments.set(line.department, (d = new DepartmentTotals(departmentKey.get(line.department)!, line.department)));
    d.sum.add(line.ore);
    sumIn(d.months, month).add(line.ore);
    sumIn(d.classes, cls).add(line.ore);

    let names = buyers.get(line.buyerId);
    if (!names) buyers.set(line.buyerId, (names = new Map()));
    names.set(line.buyer, (names.get(line.buyer) ?? 0) + 1);

    if (line.supplier === undefined) {
      y.masked.add(line.ore);
      d.masked.add(line.ore);
      continue;
    }
    let s = suppliers.get(line.supplier);
    if (!s) suppliers.set(line.supplier, (s = new SupplierTotals(line.supplier)));
    s.sum.add(line.ore);
    s.names.set(line.supplierName, (s.names.get(line.supplierName) ?? 0) + 1);
    s.lines.push(line);
    sumIn(y.suppliers, s).add(line.ore);
    sumIn(d.suppliers, s).add(line.ore);
  }

  const yearsJson: InvoiceYear[] = [...years].sort(byKey).map(([, y]) => ({
    year: y.year,
    ...y.sum.json(),
    first: y.first,
    last: y.last,
    suppliers: y.suppliers.size,
    masked: y.masked.json(),
    months: monthsJson(y.months),
    departments: [...y.departments.values()]
      .sort((a, b) => b.sum.ore - a.sum.ore || (a.key < b.key ? -1 : 1))
      .map(
        (d): InvoiceDepartment => ({
          key: d.key,
          name: d.name,
          ...d.sum.json(),
          masked: d.masked.json(),
          months: monthsJson(d.months),
          accountClasses: classesJson(d.classes),
          topSuppliers: topSuppliers(d.suppliers, TOP_DEPARTMENT_SUPPLIERS),
        }),
      ),
    accountClasses: classesJson(y.classes),
    accounts: [...y.accounts].sort(byKey).map(([account, s]): InvoiceAccount => ({ account, text: mostUsed(y.accountTexts.get(account)!), ...s.json() })),
    topSuppliers: topSuppliers(y.suppliers, TOP_SUPPLIERS),
  }));

  const summary: InvoiceSummary = {
    schemaVersion: '1',
    ...(updated ? { updated } : {}),
    buyers: [...buyers].sort(byKey).map(([id, names]) => ({ id, name: mostUsed(names) })),
    years: yearsJson,
    files: data.files.map((f) => ({ path: f.sheet !== undefined ? `${f.path} (${f.sheet})` : f.path, rows: f.rows, ...(f.period ? { period: f.period } : {}) })),
  };
  const list = [...suppliers.values()].sort((a, b) => (a.ref.key < b.ref.key ? -1 : 1));
  for (const s of list) s.lines.sort(compareLines);
  return { summary, suppliers: list, departmentKeys: departmentKey };
}

/** The document of one named supplier (also its API document). */
export function supplierDocument(s: SupplierTotals, files: readonly InvoiceFile[], departmentKeys: ReadonlyMap<string, string>): InvoiceSupplier {
  const name = s.name();
  const years = new Map<string, { sum: Sum; months: Map<string, Sum>; departments: Map<string, Sum> }>();
  for (const line of s.lines) {
    const year = line.date.slice(0, 4);
    let y = years.get(year);
    if (!y) years.set(year, (y = { sum: new Sum(), months: new Map(), departments: new Map() }));
    y.sum.add(line.ore);
    sumIn(y.months, line.date.slice(0, 7)).add(line.ore);
    sumIn(y.departments, line.department).add(line.ore);
  }
  return {
    key: s.ref.key,
    id: s.ref.id,
    idKind: s.ref.kind,
    name,
    otherNames: [...s.names.keys()].filter((n) => n !== name).sort(),
    ...s.sum.json(),
    years: [...years].sort(byKey).map(([year, y]) => ({
      year,
      ...y.sum.json(),
      months: monthsJson(y.months),
      departments: [...y.departments]
        .sort((a, b) => b[1].ore - a[1].ore || (a[0] < b[0] ? -1 : 1))
        .map(([department, sum]) => ({ key: departmentKeys.get(department)!, name: department, ...sum.json() })),
    })),
    invoices: s.lines.map((line) => ({
      datum: line.date,
      verifikationsnummer: line.voucher,
      konto_nr: line.account,
      konto_text: line.accountText,
      belopp: oreToKronor(line.ore),
      ...(line.department ? { forvaltning: line.department } : {}),
      ...(line.invoiceNo ? { fakturanummer: line.invoiceNo } : {}),
      ...(line.basis ? { grund: line.basis } : {}),
      ...(line.contract ? { avtal: line.contract } : {}),
      kopare_id: line.buyerId,
      kopare: line.buyer,
      ...(line.municipality ? { kommun_id: line.municipality } : {}),
      ...(line.sCode ? { s_kod_nr: line.sCode } : {}),
      source: { file: files[line.file].path, ...(files[line.file].sheet !== undefined ? { sheet: files[line.file].sheet } : {}), row: line.row },
    })),
  };
}

export type { SupplierTotals };
