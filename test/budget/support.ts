// Data folders for the budget tests: the results' minimum (a catalogue with operating areas, the
// areas, site.json) and real budget files written into data/budget/ — CSV bytes as given, workbooks
// made with SheetJS — read back through the whole importer.
import * as XLSX from '@e965/xlsx';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest.ts';
import type { Budget, BudgetLine } from '../../src/model/types.gen.ts';
import type { Finding } from '../../src/problems/Finding.ts';
import { budgetSection } from '../../src/budget/budgetSection.ts';

const SITE = fileURLToPath(new URL('../../data/site.json', import.meta.url));

export type Aoa = (string | number | null | XLSX.CellObject)[][];
export type Files = Record<string, string | Uint8Array>;

export const BASE: Files = {
  'matt.csv': 'Mått-id;Titel;Enhet;Verksamhetsområde\nL1;Behöriga elever;%;Grundskola\nL2;Nöjda brukare;%;Äldreomsorg\n',
  'omraden.csv': 'Kod;Namn;Typ\n0000;Riket;land\n9999;Exempelkommun;kommun\n',
  'resultat.csv': 'Mått-id;Kommunkod;Period;Värde\nL1;9999;2024;81\nL2;9999;2024;88\n',
};

/** A workbook with the given sheets; `edit` adds merges, hidden rows and the like. */
export function workbook(sheets: Record<string, Aoa>, edit?: (wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  edit?.(wb);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

/** CSV lines joined with CRLF, as Excel saves them. */
export const csv = (...lines: string[]): string => lines.join('\r\n') + '\r\n';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

export async function folder(files: Files, base: Files = BASE): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'oppna-budget-'));
  roots.push(root);
  await writeFile(join(root, 'site.json'), await readFile(SITE));
  for (const [name, content] of Object.entries({ ...base, ...files })) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), content);
  }
  return root;
}

export interface BudgetRun {
  result: IngestResult;
  budget?: Budget;
  findings: Finding[];
  /** Findings as "code file sheet cell", for compact expectations. */
  codes: string[];
}

/** Runs the whole importer (results and the budget section) over a folder with these files. */
export async function run(files: Files, base: Files = BASE): Promise<BudgetRun> {
  const result = await ingest(await folder(files, base), { sections: [budgetSection] });
  const findings = result.problems.findings;
  return {
    result,
    budget: result.sections.get('budget') as Budget | undefined,
    findings,
    codes: findings.map((f) => [f.code, f.file, f.sheet, f.cell].filter((p) => p !== undefined && p !== '').join(' ')),
  };
}

/** A line by area and period. */
export function line(budget: Budget | undefined, area: string, period: string): BudgetLine | undefined {
  return budget?.lines.find((l) => l.area === area && l.period === period);
}
