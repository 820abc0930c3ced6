// Large exports are read by the main thread and a thread per further core, and merged in file
// order: the result must be the one the main thread gets on its own — the same lines, suppliers
// (and keys), findings and files — however many threads share the files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFinanceData } from '../../scripts/bench/financeData.ts';
import { lineViews } from '../../src/invoices/normalise/LineStore.ts';
import { ingestInvoices } from '../../src/invoices/read/ingestInvoices.ts';
import { dataFolder, removeFolders } from './support.ts';

const tmp = mkdtempSync(join(tmpdir(), 'oppna-threads-'));
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await removeFolders();
});

/**
 * Read here (as small exports are), and by the readers with no, one and two threads besides the
 * main thread; and by one and two threads alone, so that a thread surely reads several files (it
 * reads them last first, and they are merged first first).
 */
async function both(dataDir: string) {
  const context = { dataDir, indicators: [], areas: [], observations: new Map() };
  const here = await ingestInvoices(context, { threadsFromBytes: Number.POSITIVE_INFINITY });
  const readers = [];
  for (const threads of [0, 1, 2]) readers.push(await ingestInvoices(context, { threadsFromBytes: 0, threads }));
  for (const threads of [1, 2]) readers.push(await ingestInvoices(context, { threadsFromBytes: 0, threads, mainReads: false }));
  return { here, readers };
}

describe('reading exports in threads', () => {
  it('gives the same lines, suppliers, findings and files as reading them here', async () => {
    const { importDir } = generateFinanceData(join(tmp, 'generated'), { rows: 6_000, suppliers: 400, persons: 0.05, largest: 500 });
    const { here, readers } = await both(importDir);
    expect(here.value).toBeDefined();
    for (const threads of readers) {
      expect(threads.findings).toEqual(here.findings);
      expect(threads.files).toEqual(here.files);
      expect(threads.value!.files).toEqual(here.value!.files);
      expect(threads.value!.suppliers).toEqual(here.value!.suppliers);
      expect(lineViews(threads.value!.store, threads.value!.suppliers)).toEqual(lineViews(here.value!.store, here.value!.suppliers));
    }
  });

  it("reports each file's problems and masks persons in threads too", async () => {
    const header = 'kopare_id;kopare;verifikationsnummer;leverantor;leverantor_id;konto_nr;konto_text;datum;belopp';
    const root = await dataFolder({
      'leverantorsreskontra/a-2024-01.csv': `${header}\n2120009994;K;1;Bygg AB;556000-0019;4010;M;2024-01-05;10,00\n2120009994;K;2;Anna A;19121212-1212;4010;M;2024-01-06;5,00\n`,
      'leverantorsreskontra/b-2024-02.csv': `${header}\n2120009994;K;3;Bygg AB;556000-0019;4010;M;2024-02-05;1,234\n2120009994;K;4;Fel AB;556000-0018;4010;M;2024-02-06;5,00\n`,
    });
    const { here, readers } = await both(root);
    for (const threads of readers) {
      expect(threads.findings.map((f) => [f.code, f.file, f.cell, f.value])).toEqual(here.findings.map((f) => [f.code, f.file, f.cell, f.value]));
      expect(threads.findings.map((f) => f.code).sort()).toEqual(['invoice-amount', 'invoice-org-number']);
      expect(threads.findings.find((f) => f.code === 'invoice-org-number')?.value).toBe('556000-****');
    }
  });
});
