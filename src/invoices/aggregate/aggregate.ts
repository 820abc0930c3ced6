// Every total the site and the open data show, computed once from the booking lines in whole öre
// (integers: sums of a million lines are exact), then turned into kronor for the written JSON.
// The masked group's lines count in every total — year, month, förvaltning, account — and are
// summed apart only where suppliers are listed.
import type { InvoiceAccount, InvoiceAccountClass, InvoiceDepartment, InvoiceMonth, InvoiceSummary, InvoiceSupplier, InvoiceSupplierTotal, InvoiceYear } from '../../model/types.gen.ts';
import { slug } from '../../site/slug.ts';
import type { SupplierRef } from '../normalise/SupplierRef.ts';
import { dayText, type LineStore } from '../normalise/LineStore.ts';
import { oreToKronor } from '../normalise/parseAmount.ts';

/** An input file with how many lines were kept from it and the period its name says. */
export interface InvoiceFile {
  path: string;
  sheet?: string;
  rows: number;
  period?: string;
}

/** What the section's ingest hands to its write: every line (those with `kept` 1 count) and the named suppliers. */
export interface InvoiceData {
  files: InvoiceFile[];
  store: LineStore;
  suppliers: SupplierRef[];
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

const byKey = <K extends string | number, T>(a: [K, T], b: [K, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const monthOf = (day: number) => Math.floor(day / 100);
const monthText = (month: number) => `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`;

/** The account class: first digit of a numeric account (kontoklass), '' otherwise. */
export function accountClass(account: string): string {
  return /^\d/.test(account) ? account[0] : '';
}

/** The text used most (by its index in the store's texts); among equals, the one that sorts first. */
function mostUsed(counts: Map<number, number>, texts: readonly string[]): string {
  let best = '';
  let most = -1;
  for (const [text, n] of [...counts].map(([i, n]) => [texts[i], n] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) if (n > most) [best, most] = [text, n];
  return best;
}

/** A named supplier's totals and its lines (indices into the store, in published order). */
export class SupplierTotals {
  readonly ref: SupplierRef;
  readonly sum = new Sum();
  readonly names = new Map<number, number>();
  lines: number[] = [];
  private nameText: string | undefined;
  constructor(ref: SupplierRef) {
    this.ref = ref;
  }
  name(texts: readonly string[]): string {
    return (this.nameText ??= mostUsed(this.names, texts));
  }
}

class DepartmentTotals {
  readonly key: string;
  readonly name: string;
  readonly sum = new Sum();
  readonly masked = new Sum();
  readonly months = new Map<number, Sum>();
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
  first = Number.MAX_SAFE_INTEGER;
  last = 0;
  readonly months = new Map<number, Sum>();
  readonly departments = new Map<number, DepartmentTotals>();
  readonly classes = new Map<string, Sum>();
  readonly accounts = new Map<number, Sum>();
  readonly accountTexts = new Map<number, Map<number, number>>();
  readonly suppliers = new Map<SupplierTotals, Sum>();
  constructor(year: string) {
    this.year = year;
  }
}

function monthsJson(months: Map<number, Sum>): InvoiceMonth[] {
  return [...months].sort(byKey).map(([month, s]) => ({ month: monthText(month), ...s.json() }));
}

function classesJson(classes: Map<string, Sum>): InvoiceAccountClass[] {
  return [...classes].sort(byKey).map(([cls, s]) => ({ class: cls, ...s.json() }));
}

/** Department keys: the name's slug, made unique; 'ingen' for lines without a förvaltning. */
function departmentKeys(names: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...new Set(names)].sort()) {
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

/** Orders lines (store indices) as published: by date, buyer, voucher, account, then input place. */
export function lineOrder(store: LineStore): (a: number, b: number) => number {
  const texts = store.texts.values;
  const buyer = store.text.buyerId;
  const account = store.text.account;
  return (a, b) => {
    if (store.day[a] !== store.day[b]) return store.day[a] - store.day[b];
    if (buyer[a] !== buyer[b]) return texts[buyer[a]] < texts[buyer[b]] ? -1 : 1;
    const voucher = store.voucher.compare(a, b);
    if (voucher !== 0) return voucher < 0 ? -1 : 1;
    if (account[a] !== account[b]) return texts[account[a]] < texts[account[b]] ? -1 : 1;
    return store.file[a] - store.file[b] || store.row[a] - store.row[b];
  };
}

export function aggregate(data: InvoiceData): Aggregated {
  const { store } = data;
  const texts = store.texts.values;
  const years = new Map<number, YearTotals>();
  const suppliers: (SupplierTotals | undefined)[] = new Array(data.suppliers.length);
  const buyers = new Map<number, Map<number, number>>();
  const departments = new Set<number>();
  const classOf = new Map<number, string>();
  const { day, ore, supplier, kept } = store;
  const { department, account, accountText, buyerId, buyer, supplierName } = store.text;
  let updated = 0;

  for (let i = 0; i < store.length; i++) {
    if (kept[i] === 0) continue;
    const d = day[i];
    const year = Math.floor(d / 10000);
    const month = monthOf(d);
    const amount = ore[i];
    let y = years.get(year);
    if (!y) years.set(year, (y = new YearTotals(String(year))));
    y.sum.add(amount);
    if (d < y.first) y.first = d;
    if (d > y.last) y.last = d;
    if (d > updated) updated = d;
    sumIn(y.months, month).add(amount);
    let cls = classOf.get(account[i]);
    if (cls === undefined) classOf.set(account[i], (cls = accountClass(texts[account[i]])));
    sumIn(y.classes, cls).add(amount);
    sumIn(y.accounts, account[i]).add(amount);
    let accountTexts = y.accountTexts.get(account[i]);
    if (!accountTexts) y.accountTexts.set(account[i], (accountTexts = new Map()));
    accountTexts.set(accountText[i], (accountTexts.get(accountText[i]) ?? 0) + 1);

    let dep = y.departments.get(department[i]);
    if (!dep) y.departments.set(department[i], (dep = new DepartmentTotals('', texts[department[i]])));
    departments.add(department[i]);
    dep.sum.add(amount);
    sumIn(dep.months, month).add(amount);
    sumIn(dep.classes, cls).add(amount);

    let names = buyers.get(buyerId[i]);
    if (!names) buyers.set(buyerId[i], (names = new Map()));
    names.set(buyer[i], (names.get(buyer[i]) ?? 0) + 1);

    const s = supplier[i];
    if (s < 0) {
      y.masked.add(amount);
      dep.masked.add(amount);
      continue;
    }
    let totals = suppliers[s];
    if (!totals) suppliers[s] = totals = new SupplierTotals(data.suppliers[s]);
    totals.sum.add(amount);
    totals.names.set(supplierName[i], (totals.names.get(supplierName[i]) ?? 0) + 1);
    totals.lines.push(i);
    sumIn(y.suppliers, totals).add(amount);
    sumIn(dep.suppliers, totals).add(amount);
  }

  const keys = departmentKeys([...departments].map((d) => texts[d]));
  const topOf = (map: Map<SupplierTotals, Sum>, n: number): InvoiceSupplierTotal[] =>
    [...map]
      .sort((a, b) => b[1].ore - a[1].ore || (a[0].ref.key < b[0].ref.key ? -1 : 1))
      .slice(0, n)
      .map(([s, sum]) => ({ key: s.ref.key, id: s.ref.id, name: s.name(texts), ...sum.json() }));

  const yearsJson: InvoiceYear[] = [...years].sort(byKey).map(([, y]) => ({
    year: y.year,
    ...y.sum.json(),
    first: dayText(y.first),
    last: dayText(y.last),
    suppliers: y.suppliers.size,
    masked: y.masked.json(),
    months: monthsJson(y.months),
    departments: [...y.departments.values()]
      .map((d) => ({ d, key: keys.get(d.name)! }))
      .sort((a, b) => b.d.sum.ore - a.d.sum.ore || (a.key < b.key ? -1 : 1))
      .map(
        ({ d, key }): InvoiceDepartment => ({
          key,
          name: d.name,
          ...d.sum.json(),
          masked: d.masked.json(),
          months: monthsJson(d.months),
          accountClasses: classesJson(d.classes),
          topSuppliers: topOf(d.suppliers, TOP_DEPARTMENT_SUPPLIERS),
        }),
      ),
    accountClasses: classesJson(y.classes),
    accounts: [...y.accounts]
      .map(([a, s]): InvoiceAccount => ({ account: texts[a], text: mostUsed(y.accountTexts.get(a)!, texts), ...s.json() }))
      .sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0)),
    topSuppliers: topOf(y.suppliers, TOP_SUPPLIERS),
  }));

  const summary: InvoiceSummary = {
    schemaVersion: '1',
    ...(updated ? { updated: dayText(updated) } : {}),
    buyers: [...buyers].map(([id, names]) => ({ id: texts[id], name: mostUsed(names, texts) })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    years: yearsJson,
    files: data.files.map((f) => ({ path: f.sheet !== undefined ? `${f.path} (${f.sheet})` : f.path, rows: f.rows, ...(f.period ? { period: f.period } : {}) })),
  };
  const list = suppliers.filter((s): s is SupplierTotals => s !== undefined).sort((a, b) => (a.ref.key < b.ref.key ? -1 : 1));
  const order = lineOrder(store);
  for (const s of list) s.lines.sort(order);
  return { summary, suppliers: list, departmentKeys: keys };
}

/** The document of one named supplier (also its API document). */
export function supplierDocument(s: SupplierTotals, data: InvoiceData, departmentKeys: ReadonlyMap<string, string>): InvoiceSupplier {
  const { store, files } = data;
  const texts = store.texts.values;
  const name = s.name(texts);
  const years = new Map<number, { sum: Sum; months: Map<number, Sum>; departments: Map<number, Sum> }>();
  for (const i of s.lines) {
    const year = Math.floor(store.day[i] / 10000);
    let y = years.get(year);
    if (!y) years.set(year, (y = { sum: new Sum(), months: new Map(), departments: new Map() }));
    y.sum.add(store.ore[i]);
    sumIn(y.months, monthOf(store.day[i])).add(store.ore[i]);
    sumIn(y.departments, store.text.department[i]).add(store.ore[i]);
  }
  const otherNames = [...s.names.keys()].map((n) => texts[n]).filter((n) => n !== name).sort();
  return {
    key: s.ref.key,
    id: s.ref.id,
    idKind: s.ref.kind,
    name,
    otherNames,
    ...s.sum.json(),
    years: [...years].sort(byKey).map(([year, y]) => ({
      year: String(year),
      ...y.sum.json(),
      months: monthsJson(y.months),
      departments: [...y.departments]
        .map(([d, sum]) => ({ name: texts[d], sum }))
        .sort((a, b) => b.sum.ore - a.sum.ore || (a.name < b.name ? -1 : 1))
        .map(({ name: department, sum }) => ({ key: departmentKeys.get(department)!, name: department, ...sum.json() })),
    })),
    invoices: s.lines.map((i) => {
      const file = files[store.file[i]];
      const text = (field: Parameters<LineStore['get']>[0]) => store.get(field, i);
      return {
        datum: dayText(store.day[i]),
        verifikationsnummer: store.voucher.get(i),
        konto_nr: text('account'),
        konto_text: text('accountText'),
        belopp: oreToKronor(store.ore[i]),
        ...(text('department') ? { forvaltning: text('department') } : {}),
        ...(store.invoiceNo.get(i) ? { fakturanummer: store.invoiceNo.get(i) } : {}),
        ...(text('basis') ? { grund: text('basis') } : {}),
        ...(text('contract') ? { avtal: text('contract') } : {}),
        kopare_id: text('buyerId'),
        kopare: text('buyer'),
        ...(text('municipality') ? { kommun_id: text('municipality') } : {}),
        ...(text('sCode') ? { s_kod_nr: text('sCode') } : {}),
        source: { file: file.path, ...(file.sheet !== undefined ? { sheet: file.sheet } : {}), row: store.row[i] },
      };
    }),
  };
}
