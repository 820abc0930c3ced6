// Supplier-invoice text files read and normalised in worker threads, one per core, and merged in
// file order into one line store: a large city's twelve monthly exports take half the time on two
// cores, and the merge moves typed arrays and remaps text and supplier numbers rather than copying
// a million row objects. Workbooks are not read here: they go through readIsolated, one at a time,
// with its time and memory limits.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { endWorkers } from '../../threads/endWorkers.ts';
import type { InvoiceMapping } from '../../model/types.gen.ts';
import type { Finding } from '../../problems/Finding.ts';
import type { ReadResult } from '../../read/readFile.ts';
import type { IdKind, MaskRules } from '../privacy/maskRules.ts';
import { TEXT_FIELDS, type TextField } from '../normalise/LineStore.ts';
import { resolveSupplier, type InvoiceContext } from '../normalise/normaliseInvoices.ts';
import type { PackedTextList } from '../normalise/TextList.ts';

/** Mask rules as they cross to a thread (RegExp objects do not). */
export interface SerialRules {
  ids: string[];
  names: { source: string; flags: string }[];
}

export function serialRules(rules: MaskRules): SerialRules {
  return { ids: [...rules.ids], names: rules.names.map((r) => ({ source: r.source, flags: r.flags })) };
}

export interface InvoiceTask {
  index: number;
  absPath: string;
  relPath: string;
  sheet?: string;
  mapping?: InvoiceMapping;
  /** The file's size, to make room for the lines of all files once the first is read. */
  bytes?: number;
}

/** One table's lines: texts and suppliers as the thread's own indices. */
export interface PackedLines {
  length: number;
  row: Uint32Array;
  ore: Float64Array;
  day: Uint32Array;
  supplier: Int32Array;
  text: Record<TextField, Uint32Array>;
  voucher: PackedTextList;
  invoiceNo: PackedTextList;
}

export interface WorkerFileResult {
  index: number;
  read: Pick<ReadResult, 'kind' | 'findings' | 'bytes' | 'sha256'>;
  tables: { sheet?: string; recognised: boolean; findings: Finding[]; voucherColumn: string; lines: PackedLines }[];
  /** Texts the thread has not sent before, in its index order. */
  texts: string[];
  /** Suppliers the thread has not sent before, in its index order. */
  suppliers: { id: string; kind: IdKind }[];
}

export interface ReadTable {
  sheet?: string;
  recognised: boolean;
  findings: Finding[];
  voucherColumn: string;
  /** Where its lines are in ctx.store. */
  start: number;
  end: number;
}

export interface ReadFileResult {
  read: Pick<ReadResult, 'kind' | 'findings' | 'bytes' | 'sha256'>;
  tables: ReadTable[];
}

/** A thread's own numbers in the merged store: its texts as interned there, its suppliers as resolved there. */
interface ThreadMap {
  texts: number[];
  suppliers: { id: string; kind: IdKind }[];
  resolved: number[];
}

/** Reads `tasks` (text files) in threads, as soon as constructed; take() merges them, in task order. */
export class InvoiceReaders {
  private readonly workers: Worker[] = [];
  private readonly maps = new Map<Worker, ThreadMap>();
  private readonly pending = new Map<number, Promise<{ worker: Worker; result: WorkerFileResult }>>();
  private readonly totalBytes: number;
  private reserved = false;

  constructor(tasks: readonly InvoiceTask[], rules: MaskRules, municipality: string | undefined, threads = availableParallelism()) {
    const count = Math.max(0, Math.min(threads, tasks.length));
    this.totalBytes = tasks.reduce((sum, t) => sum + (t.bytes ?? 0), 0);
    const queue = [...tasks];
    const waiting = new Map<number, { resolve: (v: { worker: Worker; result: WorkerFileResult }) => void; reject: (e: Error) => void }>();
    for (const task of tasks) this.pending.set(task.index, new Promise((resolve, reject) => waiting.set(task.index, { resolve, reject })));
    for (let w = 0; w < count; w++) {
      const worker = new Worker(new URL('./invoiceWorker.ts', import.meta.url), { workerData: { rules: serialRules(rules), municipality } });
      this.workers.push(worker);
      this.maps.set(worker, { texts: [0], suppliers: [], resolved: [] });
      let current: number | undefined;
      const next = () => {
        const task = queue.shift();
        current = task?.index;
        if (task) worker.postMessage(task);
      };
      worker.on('message', (message: WorkerFileResult | { index: number; error: string }) => {
        const wait = waiting.get(message.index)!;
        if ('error' in message) wait.reject(new Error(message.error));
        else wait.resolve({ worker, result: message });
        next();
      });
      worker.on('error', (error) => {
        if (current !== undefined) waiting.get(current)?.reject(error);
        for (const task of queue.splice(0)) waiting.get(task.index)?.reject(error);
      });
      next();
    }
  }

  /**
   * The file of task `index` merged into ctx.store, its recognised tables as file numbers
   * `firstFile`, `firstFile + 1` … (call in task order).
   */
  async take(index: number, ctx: InvoiceContext, firstFile: number): Promise<ReadFileResult> {
    const { worker, result } = await this.pending.get(index)!;
    const map = this.maps.get(worker)!;
    // The thread's new texts and suppliers, in the order it numbered them.
    for (const text of result.texts) map.texts.push(ctx.store.texts.intern(text));
    for (const supplier of result.suppliers) {
      map.suppliers.push(supplier);
      map.resolved.push(-1);
    }
    // Room for every file's lines, guessed from the first file's lines per byte: the store does
    // not double (and copy) its columns on the way to a million.
    if (!this.reserved && result.read.bytes > 0) {
      this.reserved = true;
      const lines = result.tables.reduce((sum, t) => sum + t.lines.length, 0);
      ctx.store.reserve(Math.ceil((lines * Math.max(this.totalBytes, result.read.bytes) * 1.05) / result.read.bytes));
    }
    const tables: ReadTable[] = [];
    let file = firstFile;
    for (const table of result.tables) {
      const start = ctx.store.length;
      if (table.recognised) append(ctx, map, table.lines, file++);
      tables.push({ ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), recognised: table.recognised, findings: table.findings, voucherColumn: table.voucherColumn, start, end: ctx.store.length });
    }
    return { read: result.read, tables };
  }

  async close(): Promise<void> {
    await endWorkers(this.workers);
  }
}

/** Appends a thread's lines column by column: typed arrays copied whole, texts and suppliers renumbered in tight loops. */
function append(ctx: InvoiceContext, map: ThreadMap, lines: PackedLines, file: number): void {
  const { store } = ctx;
  const n = lines.length;
  store.reserve(n);
  const start = store.length;
  store.length += n;
  store.file.fill(file, start, start + n);
  store.kept.fill(1, start, start + n);
  store.row.set(lines.row, start);
  store.ore.set(lines.ore, start);
  store.day.set(lines.day, start);
  for (const field of TEXT_FIELDS) renumber(lines.text[field], store.text[field], start, map.texts);
  const supplier = store.supplier;
  for (let k = 0; k < n; k++) {
    const local = lines.supplier[k];
    if (local < 0) {
      supplier[start + k] = -1;
      continue;
    }
    // Suppliers are resolved in file order, so keys of the export's own numbers are the same every run.
    let global = map.resolved[local];
    if (global < 0) {
      const { id, kind } = map.suppliers[local];
      global = map.resolved[local] = resolveSupplier(ctx, id, kind).index;
    }
    supplier[start + k] = global;
  }
  store.voucher.append(lines.voucher);
  store.invoiceNo.append(lines.invoiceNo);
}

/** A column of the thread's text numbers as the store's: a loop of its own, so it is optimised once for all ten. */
function renumber(from: Uint32Array, to: Uint32Array, start: number, texts: readonly number[]): void {
  for (let k = 0; k < from.length; k++) to[start + k] = texts[from[k]];
}
