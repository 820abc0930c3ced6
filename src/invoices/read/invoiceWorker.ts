// A thread that reads and normalises supplier-invoice text files (see readInvoiceFiles.ts). It keeps
// its own table of distinct texts and its own supplier verdicts across the files it is given, and
// sends per file only the lines (typed arrays, moved, not copied), the texts and suppliers it has
// not sent before, and the findings.
import { parentPort, workerData } from 'node:worker_threads';
import type { InvoiceMapping } from '../../model/types.gen.ts';
import { readFile } from '../../read/readFile.ts';
import { LineStore, TEXT_FIELDS, type TextField } from '../normalise/LineStore.ts';
import { newInvoiceContext, normaliseInvoiceTable } from '../normalise/normaliseInvoices.ts';
import type { InvoiceTask, PackedLines, SerialRules, WorkerFileResult } from './readInvoiceFiles.ts';

const { rules, municipality } = workerData as { rules: SerialRules; municipality?: string };
const ctx = newInvoiceContext({ ids: new Set(rules.ids), names: rules.names.map((r) => new RegExp(r.source, r.flags)) }, municipality);
let textsSent = 1; // index 0, the empty text, is everyone's
let suppliersSent = 0;

function pack(store: LineStore): { lines: PackedLines; buffers: ArrayBuffer[] } {
  const n = store.length;
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, store.text[f].slice(0, n)])) as Record<TextField, Uint32Array>;
  const lines: PackedLines = { length: n, row: store.row.slice(0, n), ore: store.ore.slice(0, n), day: store.day.slice(0, n), supplier: store.supplier.slice(0, n), text, voucher: store.voucher, invoiceNo: store.invoiceNo };
  return { lines, buffers: [lines.row.buffer, lines.ore.buffer, lines.day.buffer, lines.supplier.buffer, ...Object.values(text).map((a) => a.buffer)] as ArrayBuffer[] };
}

parentPort!.on('message', async (task: InvoiceTask) => {
  try {
    const read = await readFile(task.absPath, task.relPath, task.sheet ? { sheet: task.sheet } : {});
    const result: WorkerFileResult = { index: task.index, read: { kind: read.kind, findings: read.findings, bytes: read.bytes, sha256: read.sha256 }, tables: [], texts: [], suppliers: [] };
    const buffers: ArrayBuffer[] = [];
    if (read.kind === 'tables') {
      for (const table of read.tables) {
        ctx.store = new LineStore(ctx.store.texts, Math.max(16, table.rows.length));
        const normalised = normaliseInvoiceTable(table, 0, task.mapping as InvoiceMapping | undefined, ctx);
        const packed = pack(ctx.store);
        buffers.push(...packed.buffers);
        result.tables.push({ ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), recognised: normalised.recognised, findings: normalised.findings, voucherColumn: normalised.voucherColumn, lines: packed.lines });
      }
    }
    result.texts = ctx.store.texts.values.slice(textsSent);
    textsSent = ctx.store.texts.values.length;
    result.suppliers = ctx.refs.slice(suppliersSent).map((r) => ({ id: r.id, kind: r.kind }));
    suppliersSent = ctx.refs.length;
    parentPort!.postMessage(result, buffers);
  } catch (error) {
    parentPort!.postMessage({ index: task.index, error: (error as Error).message.slice(0, 200) });
  }
});
