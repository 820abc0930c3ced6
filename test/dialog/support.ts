// Data folders for the dialogue's tests: a small valid catalogue with the dialogue's files beside it.
import * as XLSX from '@e965/xlsx';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { ingest } from '../../src/ingest.ts';
import type { DialogData } from '../../src/dialog/DialogData.ts';
import { buildReport, formatReportText } from '../../src/cli/report.ts';

export const BASE: Record<string, string> = {
  'matt.csv': 'Mått-id;Titel;Enhet;Verksamhetsområde\nL1;Andel nöjda;%;Grundskola\nL2;Väntetid;dagar;Äldreomsorg\n',
  'omraden.csv': 'Kod;Namn;Typ\n0000;Riket;land\n0182;Nacka;kommun\n',
  'resultat.csv': 'Mått-id;Kommunkod;Period;Värde\nL1;0182;2024;71\n',
};

export const LOG_HEADER = 'Dialog-id;Titel;Start;Slut;Form;Mått-id;Verksamhetsområden;Vi hörde;Vi gjorde;Beslutsdatum;Status;Länk';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/** A data folder with BASE and the given files (text, or sheets given as rows for an xlsx). */
export async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'oppna-dialog-'));
  roots.push(root);
  for (const [path, content] of Object.entries({ ...BASE, ...files })) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export function workbook(sheets: Record<string, unknown[][]>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

/** The import of a folder: findings as [code, file, sheet, cell], the dialogue's value and the report's text in both languages. */
export async function importDialog(files: Record<string, string | Uint8Array>) {
  const result = await ingest(await folder(files));
  return {
    result,
    findings: result.problems.findings.map((f) => [f.code, f.file, f.sheet ?? '', f.cell ?? ''].join(' ')),
    value: result.sections.get('dialog') as DialogData | undefined,
    text: { sv: formatReportText(buildReport(result, 'sv')), en: formatReportText(buildReport(result, 'en')) },
    json: JSON.stringify(buildReport(result, 'sv')) + JSON.stringify(buildReport(result, 'en')),
  };
}

export const csv = (...lines: string[]) => lines.join('\n') + '\n';
