// A text export read and normalised in one pass, as a thread does it (invoiceWorker.ts).
import type { InvoiceMapping } from '../../model/types.gen.ts';
import type { RawTable } from '../../read/RawTable.ts';
import { fromByteText } from '../../read/byteText.ts';
import { readFile, type ReadResult } from '../../read/readFile.ts';
import { headRowsNeeded, invoiceTableNormaliser, type InvoiceContext, type InvoiceTableNormaliser, type NormalisedInvoices } from '../normalise/normaliseInvoices.ts';
import type { InvoiceTask } from './readInvoiceFiles.ts';

/** A row with a cell (as readCsvText counts blank lines: every cell ''). */
const filled = (row: string[]) => row.some((cell) => cell !== '');

/**
 * A text export read and normalised a slice of rows at a time, as the reader hands them on: a
 * month's rows are never all alive at once. The header is looked for once enough rows are in,
 * followed by a filled row (so trailing blank lines, which are not part of the table, are not
 * either). Its lines go to ctx.store; of a file that fails in the end (too many rows), the caller
 * keeps none. A large UTF-8 file's rows come as byte text (byteText.ts): the header is looked for
 * in its text, and the normaliser decodes the cells it keeps.
 */
export async function readAndNormalise(
  task: InvoiceTask,
  ctx: InvoiceContext,
  { fileIndex = 0, sliceChars, scratch }: { fileIndex?: number; sliceChars?: number; scratch?: Uint8Array } = {},
): Promise<{ read: ReadResult; normalised?: NormalisedInvoices }> {
  const mapping = task.mapping as InvoiceMapping | undefined;
  // The table readCsvText gives a text file, its rows handed on instead.
  const table: RawTable = { file: task.relPath, rows: [], merges: [], hiddenRows: [], hiddenColumns: [], date1904: false };
  const need = headRowsNeeded(mapping);
  let head: string[][] = [];
  let normaliser: InvoiceTableNormaliser | undefined;
  let byteText = false;
  const start = () => {
    // The header is looked for in the first `need` rows only: those as text.
    table.rows = byteText ? head.slice(0, need).map((row) => row.map(fromByteText)) : head;
    normaliser = invoiceTableNormaliser(table, fileIndex, mapping, ctx, byteText);
    normaliser.add(head, 0);
    head = [];
  };
  const onCsvRows = (rows: string[][], first: number, bytes: boolean) => {
    if (normaliser) return normaliser.add(rows, first);
    byteText = bytes;
    head = head.length === 0 ? rows : head.concat(rows);
    for (let r = Math.max(first, need - 1); r < head.length; r++) if (filled(head[r])) return start();
  };
  const read = await readFile(task.absPath, task.relPath, { ...(task.sheet ? { sheet: task.sheet } : {}), onCsvRows, csvSliceChars: sliceChars, csvByteText: true, ...(scratch ? { scratch } : {}) });
  if (read.kind !== 'tables') return { read };
  if (!normaliser) {
    let end = head.length;
    while (end > 0 && !filled(head[end - 1])) end--;
    head.length = end;
    start();
  }
  return { read, normalised: normaliser!.result };
}

/** Room to read the largest of `tasks` into (ReadOptions.scratch): one buffer for every file a thread reads. */
export function scratchFor(tasks: readonly InvoiceTask[]): Uint8Array {
  return Buffer.allocUnsafeSlow(tasks.reduce((max, t) => Math.max(max, t.bytes ?? 0), 0) + 1);
}
