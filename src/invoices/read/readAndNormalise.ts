// A text export read and normalised in one pass, as a thread does it (invoiceWorker.ts).
import type { InvoiceMapping } from '../../model/types.gen.ts';
import type { RawTable } from '../../read/RawTable.ts';
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
 * keeps none.
 */
export async function readAndNormalise(task: InvoiceTask, ctx: InvoiceContext, sliceChars?: number): Promise<{ read: ReadResult; normalised?: NormalisedInvoices }> {
  const mapping = task.mapping as InvoiceMapping | undefined;
  // The table readCsvText gives a text file, its rows handed on instead.
  const table: RawTable = { file: task.relPath, rows: [], merges: [], hiddenRows: [], hiddenColumns: [], date1904: false };
  const need = headRowsNeeded(mapping);
  let head: string[][] = [];
  let normaliser: InvoiceTableNormaliser | undefined;
  const start = () => {
    table.rows = head;
    normaliser = invoiceTableNormaliser(table, 0, mapping, ctx);
    normaliser.add(head, 0);
    head = [];
  };
  const onCsvRows = (rows: string[][], first: number) => {
    if (normaliser) return normaliser.add(rows, first);
    head = head.length === 0 ? rows : head.concat(rows);
    for (let r = Math.max(first, need - 1); r < head.length; r++) if (filled(head[r])) return start();
  };
  const read = await readFile(task.absPath, task.relPath, { ...(task.sheet ? { sheet: task.sheet } : {}), onCsvRows, csvSliceChars: sliceChars });
  if (read.kind !== 'tables') return { read };
  if (!normaliser) {
    let end = head.length;
    while (end > 0 && !filled(head[end - 1])) end--;
    head.length = end;
    start();
  }
  return { read, normalised: normaliser!.result };
}
