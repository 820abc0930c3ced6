// Supplier-invoice text files read and normalised by the main thread and by worker threads (one
// per further core), merged in file order into one line store. The main thread reads from the
// first file on, straight into the store (no thread to start and nothing to merge), the threads
// from the last file back; they meet where the work is shared. A thread's files are merged as
// typed arrays, its texts and supplier numbers remapped, rather than as a million row objects.
// Workbooks are not read here: they go through readIsolated, one at a time, with its time and
// memory limits.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../../threads/startThread.ts';
import { Claims } from '../../threads/Claims.ts';
import { endWorkers } from '../../threads/endWorkers.ts';
import type { InvoiceMapping } from '../../model/types.gen.ts';
import type { Finding } from '../../problems/Finding.ts';
import type { ReadResult } from '../../read/readFile.ts';
import type { IdKind, MaskRules } from '../privacy/maskRules.ts';
import { TEXT_FIELDS, type Texts, type TextField } from '../normalise/LineStore.ts';
import { resolveSupplier, type InvoiceContext } from '../normalise/normaliseInvoices.ts';
import type { PackedTextList } from '../normalise/TextList.ts';
import { readAndNormalise, scratchFor } from './readAndNormalise.ts';

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

/**
 * A thread's own numbers in the merged store: its texts and suppliers as it sent them, interned
 * and resolved there when a line merged first names them (-1 until then: a thread reads its files
 * last first, and they are merged first first).
 */
interface ThreadMap {
  texts: string[];
  interned: number[];
  suppliers: { id: string; kind: IdKind }[];
  resolved: number[];
}

/**
 * Reads `tasks` (text files): threads start on the last ones as soon as constructed and take the
 * next from the back themselves (Claims); take() reads the next one itself or merges a thread's,
 * in task order. `threads`: how many besides the main thread (by default one per further core).
 */
export class InvoiceReaders {
  private readonly workers: Worker[] = [];
  private readonly maps = new Map<Worker, ThreadMap>();
  private readonly pending = new Map<number, Promise<{ worker: Worker; result: WorkerFileResult }>>();
  private readonly tasks: readonly InvoiceTask[];
  /** Who reads which task: the main thread from the first on, the threads from the last back. */
  private readonly claims: Claims;
  private readonly totalBytes: number;
  private reserved = false;
  /** False: the threads read every file (the tests' way to make one thread read several). */
  private readonly mainReads: boolean;
  /** A thread failed: the main thread reads every task still unclaimed. */
  private broken = false;
  /** What the main thread reads its files into. */
  private scratch: Uint8Array | undefined;

  constructor(tasks: readonly InvoiceTask[], rules: MaskRules, municipality: string | undefined, threads = availableParallelism() - 1, mainReads = true) {
    this.mainReads = mainReads;
    this.tasks = tasks;
    this.claims = new Claims(tasks.length);
    const count = mainReads ? Math.max(0, Math.min(threads, tasks.length - 1)) : Math.max(1, Math.min(threads, tasks.length));
    this.totalBytes = tasks.reduce((sum, t) => sum + (t.bytes ?? 0), 0);
    const waiting = new Map<number, { resolve: (v: { worker: Worker; result: WorkerFileResult }) => void; reject: (e: Error) => void }>();
    for (const task of tasks) this.pending.set(task.index, new Promise((resolve, reject) => waiting.set(task.index, { resolve, reject })));
    for (let w = 0; w < count; w++) {
      const worker = startThread(new URL('./invoiceWorker.ts', import.meta.url), { workerData: { rules: serialRules(rules), municipality, tasks, claims: this.claims.buffer } });
      this.workers.push(worker);
      const map: ThreadMap = { texts: [''], interned: [0], suppliers: [], resolved: [] };
      this.maps.set(worker, map);
      worker.on('message', (message: WorkerFileResult | { index: number; error: string }) => {
        const wait = waiting.get(message.index)!;
        waiting.delete(message.index);
        if ('error' in message) wait.reject(new Error(message.error));
        else {
          // The thread numbers its texts and suppliers in the order it reads (last file first):
          // they join its map as they arrive, not when their file is merged.
          for (const text of message.texts) {
            map.texts.push(text);
            map.interned.push(-1);
          }
          for (const supplier of message.suppliers) {
            map.suppliers.push(supplier);
            map.resolved.push(-1);
          }
          wait.resolve({ worker, result: message });
        }
      });
      // A thread that fails fails the files the threads claimed and have not answered (which one
      // it was reading is not known); the main thread reads those no thread has claimed.
      worker.on('error', (error) => {
        this.broken = true;
        for (let k = this.claims.backClaimed; k < tasks.length; k++) waiting.get(tasks[k].index)?.reject(error);
      });
    }
  }

  /**
   * The file of task `index` merged into ctx.store, its recognised tables as file numbers
   * `firstFile`, `firstFile + 1` … (call in task order).
   */
  async take(index: number, ctx: InvoiceContext, firstFile: number): Promise<ReadFileResult> {
    if (this.mainReads || this.broken) {
      // Tasks are taken in order: the next unclaimed one from the front is this one, unless a thread has claimed it.
      const k = this.claims.front();
      if (k >= 0) {
        if (this.tasks[k].index !== index) throw new Error(`invoice file ${index} taken out of order`);
        return this.readOwn(this.tasks[k], ctx, firstFile);
      }
    }
    const { worker, result } = await this.pending.get(index)!;
    const map = this.maps.get(worker)!;
    this.reserve(ctx, result.read.bytes, result.tables.reduce((sum, t) => sum + t.lines.length, 0));
    const tables: ReadTable[] = [];
    let file = firstFile;
    for (const table of result.tables) {
      const start = ctx.store.length;
      if (table.recognised) append(ctx, map, table.lines, file++);
      tables.push({ ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), recognised: table.recognised, findings: table.findings, voucherColumn: table.voucherColumn, start, end: ctx.store.length });
    }
    return { read: result.read, tables };
  }

  /** A file read and normalised by the main thread, straight into ctx.store (nothing of it kept when it fails). */
  private async readOwn(task: InvoiceTask, ctx: InvoiceContext, file: number): Promise<ReadFileResult> {
    const start = ctx.store.length;
    let done: Awaited<ReturnType<typeof readAndNormalise>>;
    try {
      done = await readAndNormalise(task, ctx, { fileIndex: file, scratch: (this.scratch ??= scratchFor(this.tasks)) });
    } catch (error) {
      ctx.store.truncate(start);
      throw error;
    }
    const { read, normalised } = done;
    const tables: ReadTable[] = [];
    if (normalised) tables.push({ recognised: normalised.recognised, findings: normalised.findings, voucherColumn: normalised.voucherColumn, start: normalised.start, end: normalised.end });
    else ctx.store.truncate(start);
    this.reserve(ctx, read.bytes, ctx.store.length - start);
    return { read: { kind: read.kind, findings: read.findings, bytes: read.bytes, sha256: read.sha256 }, tables };
  }

  /**
   * Room for every file's lines, guessed from the first file's lines per byte: the store does not
   * double (and copy) its columns on the way to a million.
   */
  private reserve(ctx: InvoiceContext, bytes: number, lines: number): void {
    if (this.reserved || bytes <= 0) return;
    this.reserved = true;
    ctx.store.reserve(Math.ceil((lines * Math.max(this.totalBytes, bytes) * 1.05) / bytes));
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
  for (const field of TEXT_FIELDS) renumber(lines.text[field], store.text[field], start, map, store.texts);
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
function renumber(from: Uint32Array, to: Uint32Array, start: number, map: ThreadMap, texts: Texts): void {
  const interned = map.interned;
  for (let k = 0; k < from.length; k++) {
    const local = from[k];
    let global = interned[local];
    if (global < 0) global = interned[local] = texts.intern(map.texts[local]);
    to[start + k] = global;
  }
}
