// Every total reconciles: the amounts of every input line, read independently of the importer
// (PapaParse and SheetJS, whole öre by string arithmetic), equal every published total to the öre —
// the year, its months, förvaltningar, account classes and accounts, the named suppliers plus the
// masked group, each supplier's document, the API's rows, the monthly and yearly CSVs and the bulk
// table. On the example data and on generated data (bench:finance's generator, small).
// (The results' data files and the zip itself are left out: the bulk table is read as the zip writer reads it.)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decodeText.ts';
import type { InvoiceRow, InvoiceSummary, InvoiceSupplier } from '../../src/model/types.gen.ts';
import { generateFinanceData } from '../../scripts/bench/financeData.ts';
import { SPEC_COLUMNS } from '../../src/invoices/spec.ts';
import { invoicesSection } from '../../src/invoices/section.ts';
import { publish, type Published } from './publish.ts';

const tmp = mkdtempSync(join(tmpdir(), 'oppna-reconcile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }), 60_000);

const EXAMPLE = fileURLToPath(new URL('../../data/', import.meta.url));
/** The example data published once for both describes below. */
const example = await publish(EXAMPLE, join(tmp, 'example'), { dataFiles: false });

/** "-1 234,5" → -123450, with no floating point: the test's own reading of an amount. */
function ore(text: string | number): bigint {
  if (typeof text === 'number') return BigInt(Math.round(text * 100));
  const m = /^([-−+]?)([\d\s\u00a0]+)(?:[.,](\d{1,2}))?$/.exec(text.trim())!;
  const value = BigInt(m[2].replace(/\D/g, '')) * 100n + BigInt((m[3] ?? '0').padEnd(2, '0'));
  return m[1] === '-' || m[1] === '−' ? -value : value;
}

/** The sum of the amount column of every input file, read apart from the importer. */
function inputSum(folder: string): { sum: bigint; rows: number } {
  let sum = 0n;
  let rows = 0;
  for (const name of readdirSync(folder).filter((n) => /\.(csv|xlsx)$/.test(n) && !n.startsWith('maskera'))) {
    const bytes = readFileSync(join(folder, name));
    let table: string[][];
    if (extname(name) === '.xlsx') {
      const wb = XLSX.read(bytes, { type: 'buffer' });
      table = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, defval: '' });
    } else table = Papa.parse<string[]>(decodeText(new Uint8Array(bytes)).text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = table.findIndex((row) => row.some((c) => c === 'belopp' || c === 'nettobelopp'));
    const column = table[header].findIndex((c) => c === 'belopp' || c === 'nettobelopp');
    for (const row of table.slice(header + 1)) {
      sum += ore(row[column]);
      rows++;
    }
  }
  return { sum, rows };
}

const sumOf = (items: readonly { total: number }[]) => items.reduce((s, i) => s + ore(i.total), 0n);
const csvSum = (text: string, decimal = '.') => {
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return { sum: rows.reduce((s, r) => s + ore(decimal === ',' ? r.belopp.replace(',', '.') : r.belopp), 0n), rows: rows.length };
};

async function reconcile(dataDir: string, out: Published): Promise<void> {
  const input = inputSum(join(dataDir, 'leverantorsreskontra'));
  const dir = join(out.data, 'leverantorsreskontra');
  const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as InvoiceSummary;
  expect(summary.years.reduce((n, y) => n + y.count, 0)).toBe(input.rows);
  expect(summary.years.reduce((s, y) => s + ore(y.total), 0n)).toBe(input.sum);
  const suppliers = JSON.parse(readFileSync(join(dir, 'suppliers.json'), 'utf8')) as { key: string; total: number; years: { year: string; total: number }[] }[];
  for (const year of summary.years) {
    const total = ore(year.total);
    expect(sumOf(year.months), `${year.year} months`).toBe(total);
    expect(sumOf(year.departments), `${year.year} förvaltningar`).toBe(total);
    expect(sumOf(year.accountClasses), `${year.year} account classes`).toBe(total);
    expect(sumOf(year.accounts), `${year.year} accounts`).toBe(total);
    expect(suppliers.reduce((s, sup) => s + ore(sup.years.find((y) => y.year === year.year)?.total ?? 0), 0n) + ore(year.masked.total), `${year.year} suppliers + masked`).toBe(total);
    for (const d of year.departments) expect(sumOf(d.months), d.name).toBe(ore(d.total));
    const yearly = csvSum(readFileSync(join(out.files, `oppna-data/leverantorsreskontra/leverantorsreskontra-${year.year}.csv`), 'utf8'));
    expect(yearly).toEqual({ sum: total, rows: year.count });
    const excel = csvSum(readFileSync(join(out.files, `oppna-data/leverantorsreskontra/leverantorsreskontra-${year.year}-excel.csv`), 'utf8'), ',');
    expect(excel).toEqual({ sum: total, rows: year.count });
    for (const month of year.months) {
      const csv = csvSum(readFileSync(join(out.files, `oppna-data/leverantorsreskontra/${year.year}/leverantorsreskontra-${month.month}.csv`), 'utf8'));
      expect(csv, month.month).toEqual({ sum: ore(month.total), rows: month.count });
      const api = JSON.parse(readFileSync(join(out.files, `api/v1/leverantorsreskontra/${year.year}/${month.month}.json`), 'utf8')) as InvoiceRow[];
      expect(api.reduce((s, r) => s + ore(r.belopp), 0n), month.month).toBe(ore(month.total));
    }
  }
  for (const s of suppliers) {
    const doc = JSON.parse(readFileSync(join(dir, 'suppliers', `${s.key}.json`), 'utf8')) as InvoiceSupplier;
    expect(doc.invoices.reduce((sum, i) => sum + ore(i.belopp), 0n), s.key).toBe(ore(doc.total));
    expect(sumOf(doc.years), s.key).toBe(ore(doc.total));
  }
  // The bulk download's table, as the zip writer gets it.
  const bulk = csvSum([...invoicesSection.bulkResources!(out.data)[0].csvText({} as never)].join(''));
  expect(bulk).toEqual({ sum: input.sum, rows: input.rows });
}

describe('every published total reconciles with the input, to the öre', () => {
  it('the example data (Exempelkommun 2024: six export forms, credit notes, masked rows)', async () => {
    await reconcile(EXAMPLE, example);
  });

  it('generated data: 5 000 lines, 300 suppliers, 5 % sole traders', async () => {
    const generated = generateFinanceData(join(tmp, 'generated'), { rows: 5_000, suppliers: 300, persons: 0.05, largest: 600 });
    await reconcile(generated.dataDir, await publish(generated.dataDir, join(tmp, 'generated-out'), { dataFiles: false }));
  });
});

describe('the published CSV files follow the specification', () => {
  it('every file: the fifteen columns in order, required cells filled, amounts with two decimals, masked rows without id', async () => {
    const dir = join(example.files, 'oppna-data', 'leverantorsreskontra');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBe(12 + 2);
    for (const file of files) {
      const excel = file.endsWith('-excel.csv');
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text.startsWith('\uFEFF'), file).toBe(excel);
      expect(text.split('\r\n').length, `${file}: CRLF line ends`).toBeGreaterThan(2);
      const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: excel ? ';' : ',', skipEmptyLines: true });
      expect(parsed.errors, file).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header, file).toEqual([...SPEC_COLUMNS]);
      // Checked as data, asserted once per file: tens of thousands of expect() calls would be the test's whole run time.
      const wrong: string[] = [];
      const amount = excel ? /^-?\d+,\d{2}$/ : /^-?\d+\.\d{2}$/;
      for (const [i, row] of rows.entries()) {
        const cell = Object.fromEntries(SPEC_COLUMNS.map((c, k) => [c, row[k]]));
        const problems = [
          row.length !== 15 && 'width',
          ...['kopare_id', 'kopare', 'verifikationsnummer', 'leverantor', 'konto_nr', 'konto_text', 'datum', 'belopp'].filter((c) => !cell[c]),
          !amount.test(cell.belopp) && 'belopp',
          !/^2024-\d{2}-\d{2}$/.test(cell.datum) && 'datum',
          cell.kommun_id !== '9999' && 'kommun_id',
          (cell.leverantor === '[innehåller personuppgifter]' ? cell.leverantor_id !== '' : !/^\d{6}-\d{4}$/.test(cell.leverantor_id)) && 'leverantor_id',
        ].filter(Boolean);
        if (problems.length) wrong.push(`row ${i + 2}: ${problems.join(', ')}`);
      }
      expect(wrong, file).toEqual([]);
    }
  });
});
