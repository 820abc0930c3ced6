// A thread that reads and normalises supplier-invoice text files (see readInvoiceFiles.ts), taking
// them itself from the back of the shared list (Claims) until none is left. It keeps its own table
// of distinct texts and its own supplier verdicts across its files, and sends per file only the
// lines (typed arrays, moved, not copied), the texts and suppliers it has not sent before, and the
// findings. Each file is read and normalised a slice of rows at a time
// (readAndNormalise.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { Claims } from '../../threads/Claims.ts';
import { onTasks } from '../../threads/endWorkers.ts';
import { LineStore, TEXT_FIELDS, type TextField } from '../normalise/LineStore.ts';
import { newInvoiceContext } from '../normalise/normaliseInvoices.ts';
import { readAndNormalise, scratchFor } from './readAndNormalise.ts';
import { type InvoiceTask, type PackedLines, type SerialRules, type WorkerFileResult } from './readInvoiceFiles.ts';

const { rules, municipality, tasks, claims: shared } = workerData as { rules: SerialRules; municipality?: string; tasks: InvoiceTask[]; claims: SharedArrayBuffer };
const claims = new Claims(shared);
const scratch = scratchFor(tasks);
const ctx = newInvoiceContext({ ids: new Set(rules.ids), names: rules.names.map((r) => new RegExp(r.source, r.flags)) }, municipality);
let textsSent = 1; // index 0, the empty text, is everyone's
let suppliersSent = 0;
/** Room for as many lines as the last file had, and a little more: the store rarely grows. */
let lastLength = 0;

/** The store's columns, moved (the store is new for every file): views of their first `length` lines. */
function pack(store: LineStore): { lines: PackedLines; buffers: ArrayBuffer[] } {
  const n = store.length;
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, store.text[f].subarray(0, n)])) as Record<TextField, Uint32Array>;
  const voucher = store.voucher.packed();
  const invoiceNo = store.invoiceNo.packed();
  const lines: PackedLines = { length: n, row: store.row.subarray(0, n), ore: store.ore.subarray(0, n), day: store.day.subarray(0, n), supplier: store.supplier.subarray(0, n), text, voucher, invoiceNo };
  return { lines, buffers: [lines.row.buffer, lines.ore.buffer, lines.day.buffer, lines.supplier.buffer, ...Object.values(text).map((a) => a.buffer), voucher.ends.buffer, invoiceNo.ends.buffer] as ArrayBuffer[] };
}

/** One file read, normalised and sent. */
async function readTask(task: InvoiceTask): Promise<void> {
  try {
    ctx.store = new LineStore(ctx.store.texts, Math.max(1 << 14, Math.ceil(lastLength * 1.1)));
    const { read, normalised } = await readAndNormalise(task, ctx, { scratch });
    const result: WorkerFileResult = { index: task.index, read: { kind: read.kind, findings: read.findings, bytes: read.bytes, sha256: read.sha256 }, tables: [], texts: [], suppliers: [] };
    const buffers: ArrayBuffer[] = [];
    if (normalised) {
      lastLength = ctx.store.length;
      const packed = pack(ctx.store);
      buffers.push(...packed.buffers);
      result.tables.push({ recognised: normalised.recognised, findings: normalised.findings, voucherColumn: normalised.voucherColumn, lines: packed.lines });
    }
    result.texts = ctx.store.texts.values.slice(textsSent);
    textsSent = ctx.store.texts.values.length;
    result.suppliers = ctx.refs.slice(suppliersSent).map((r) => ({ id: r.id, kind: r.kind }));
    suppliersSent = ctx.refs.length;
    parentPort!.postMessage(result, buffers);
  } catch (error) {
    parentPort!.postMessage({ index: task.index, error: (error as Error).message.slice(0, 200) });
  }
}

// The thread takes its files from the back itself, one after the other, until none is left; then
// it waits for END (nothing else comes as a message).
onTasks(parentPort!, () => {});
for (let k = claims.back(); k >= 0; k = claims.back()) await readTask(tasks[k]);
