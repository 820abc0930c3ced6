// Workbooks are read in threads with a time and a memory limit; a thread that answered reads the
// next workbook too. Each read must get its own file's answer, and a thread stopped by a limit must
// never answer for the next file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { readIsolated } from '../../src/read/readIsolated.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-isolated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function workbookFile(name: string, rows: unknown[][]): string {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Blad1');
  const path = join(dir, name);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

/** The first cell of each row, as read. */
async function firstCells(path: string, name: string, isolation = {}) {
  const result = await readIsolated(path, name, {}, isolation);
  return result.kind === 'tables' ? result.tables[0].rows.map((row) => row[0]) : result.findings.map((f) => f.code);
}

describe('readIsolated', () => {
  const small = (label: string) => workbookFile(`${label}.xlsx`, [['Etikett'], [label]]);

  it('reads workbooks one after another and at once, each its own', async () => {
    const files = ['a', 'b', 'c', 'd'].map((label) => [label, small(label)] as const);
    for (const [label, path] of files) expect(await firstCells(path, `${label}.xlsx`)).toEqual(['Etikett', label]);
    const together = await Promise.all(files.map(([label, path]) => firstCells(path, `${label}.xlsx`)));
    expect(together).toEqual(files.map(([label]) => ['Etikett', label]));
  });

  it('a thread stopped by the time limit or out of memory is not asked again: the next read is right', async () => {
    const a = small('a');
    const heavy = workbookFile('tung.xlsx', Array.from({ length: 20_000 }, (_, i) => [`${i} text som tar plats i minnet`, i]));
    expect(await firstCells(a, 'a.xlsx')).toEqual(['Etikett', 'a']);
    // The large workbook, so that no thread can answer within the millisecond (a small one sometimes did).
    expect(await firstCells(heavy, 'tung.xlsx', { timeoutMs: 1 })).toEqual(['file-timeout']);
    expect(await firstCells(a, 'a.xlsx')).toEqual(['Etikett', 'a']);
    expect(await firstCells(heavy, 'tung.xlsx', { maxMemoryMb: 4 })).toEqual(['memory-limit']);
    expect(await firstCells(small('b'), 'b.xlsx')).toEqual(['Etikett', 'b']);
  });
});
