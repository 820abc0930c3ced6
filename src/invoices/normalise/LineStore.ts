// The booking lines of every file, column by column: numbers in typed arrays, texts as indices into
// one table of distinct texts. A million lines as a million objects cost the garbage collector more
// than reading them; as columns they are a few flat arrays it never has to walk.
import type { SupplierRef } from './SupplierRef.ts';
import { TextList } from './TextList.ts';

/** Distinct texts, each stored once; index 0 is the empty text. */
export class Texts {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);

  intern(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

/** Text columns of a line, stored as indices into Texts. */
export const TEXT_FIELDS = ['buyerId', 'buyer', 'account', 'accountText', 'department', 'basis', 'contract', 'municipality', 'sCode', 'supplierName'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A day as a number, 2024-03-05 → 20240305: compared and sorted as a number, written as text once per day. */
export function dayNumber(date: string): number {
  return Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

export function dayText(day: number): string {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export class LineStore {
  length = 0;
  private capacity: number;
  file: Uint16Array;
  row: Uint32Array;
  ore: Float64Array;
  day: Uint32Array;
  /** Index into the section's suppliers, -1 for the masked group. */
  supplier: Int32Array;
  /** 1 when the line counts; 0 when it was already counted in an earlier file. */
  kept: Uint8Array;
  readonly text: Record<TextField, Uint32Array>;
  /** New on nearly every line: kept as they are (not interned). */
  readonly voucher: TextList;
  readonly invoiceNo: TextList;
  readonly texts: Texts;

  constructor(texts: Texts, capacity = 1024) {
    this.texts = texts;
    this.capacity = capacity;
    this.file = new Uint16Array(capacity);
    this.row = new Uint32Array(capacity);
    this.ore = new Float64Array(capacity);
    this.day = new Uint32Array(capacity);
    this.supplier = new Int32Array(capacity);
    this.kept = new Uint8Array(capacity);
    this.voucher = new TextList(capacity);
    this.invoiceNo = new TextList(capacity);
    this.text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, new Uint32Array(capacity)])) as Record<TextField, Uint32Array>;
  }

  /** Room for `more` lines without growing on the way. */
  reserve(more: number): void {
    if (this.length + more > this.capacity) this.grow(Math.max(this.capacity * 2, this.length + more));
  }

  private grow(capacity: number): void {
    const bigger = <A extends Uint16Array | Uint32Array | Float64Array | Int32Array | Uint8Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(capacity);
      b.set(a);
      return b;
    };
    this.file = bigger(this.file);
    this.row = bigger(this.row);
    this.ore = bigger(this.ore);
    this.day = bigger(this.day);
    this.supplier = bigger(this.supplier);
    this.kept = bigger(this.kept);
    for (const f of TEXT_FIELDS) this.text[f] = bigger(this.text[f]);
    this.voucher.reserve(capacity);
    this.invoiceNo.reserve(capacity);
    this.capacity = capacity;
  }

  /** Appends a line; its text fields are set through `text[field][i]` by the caller. Returns its index. */
  add(file: number, row: number, ore: number, day: number, supplier: number, voucher: string, invoiceNo: string): number {
    if (this.length === this.capacity) this.grow(this.capacity * 2);
    const i = this.length++;
    this.file[i] = file;
    this.row[i] = row;
    this.ore[i] = ore;
    this.day[i] = day;
    this.supplier[i] = supplier;
    this.kept[i] = 1;
    this.voucher.push(voucher);
    this.invoiceNo.push(invoiceNo);
    return i;
  }

  /** Forgets the lines from `length` on (texts stay interned). */
  truncate(length: number): void {
    if (length >= this.length) return;
    this.length = length;
    this.voucher.truncate(length);
    this.invoiceNo.truncate(length);
  }

  /** The text of a field of line i. */
  get(field: TextField, i: number): string {
    return this.texts.values[this.text[field][i]];
  }
}

/** One line as an object, for the few places that want one (documents of one supplier, tests). */
export interface LineView {
  index: number;
  file: number;
  row: number;
  buyerId: string;
  buyer: string;
  voucher: string;
  supplier: SupplierRef | undefined;
  supplierName: string;
  account: string;
  accountText: string;
  date: string;
  ore: number;
  department: string;
  invoiceNo: string;
  basis: string;
  contract: string;
  municipality: string;
  sCode: string;
}

export function lineView(store: LineStore, suppliers: readonly SupplierRef[], i: number): LineView {
  const s = store.supplier[i];
  return {
    index: i,
    file: store.file[i],
    row: store.row[i],
    buyerId: store.get('buyerId', i),
    buyer: store.get('buyer', i),
    voucher: store.voucher.get(i),
    supplier: s < 0 ? undefined : suppliers[s],
    supplierName: store.get('supplierName', i),
    account: store.get('account', i),
    accountText: store.get('accountText', i),
    date: dayText(store.day[i]),
    ore: store.ore[i],
    department: store.get('department', i),
    invoiceNo: store.invoiceNo.get(i),
    basis: store.get('basis', i),
    contract: store.get('contract', i),
    municipality: store.get('municipality', i),
    sCode: store.get('sCode', i),
  };
}

/** Every line that counts, as objects (tests and small tools; the pipeline reads the columns). */
export function lineViews(store: LineStore, suppliers: readonly SupplierRef[]): LineView[] {
  const out: LineView[] = [];
  for (let i = 0; i < store.length; i++) if (store.kept[i] === 1) out.push(lineView(store, suppliers, i));
  return out;
}
