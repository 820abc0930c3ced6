// readFile's dispatch: by content, checked against the extension; relPath on everything it returns.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/problems/formatProblem.ts';
import { formatBytes, formatCount } from '../../src/read/limits.ts';
import { DEFAULT_LIMITS, READABLE_EXTENSIONS, readFile } from '../../src/read/readFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAs(name: string, content: Uint8Array | string) {
  writeFileSync(join(dir, name), content);
  return readFile(join(dir, name), `mapp/${name}`);
}
function book(bookType: XLSX.BookType): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Kommun', 'Värde'], ['0182', 1.5]]), 'Blad1');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

describe('readFile dispatch', () => {
  it.each([
    ['a.xlsx', 'xlsx'],
    ['a.xlsm', 'xlsm'],
    ['a.xlsb', 'xlsb'],
    ['a.xls', 'biff8'],
    ['a.ods', 'ods'],
    ['a.fods', 'fods'],
  ] as const)('%s is read as a workbook', async (name, bookType) => {
    const r = await readAs(name, book(bookType));
    expect(r.kind).toBe('tables');
    if (r.kind !== 'tables') return;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({ file: `mapp/${name}`, sheet: 'Blad1' });
    expect(r.tables[0].rows[0]).toEqual(['Kommun', 'Värde']);
    expect(r.tables[0].rows[1][0]).toBe('0182');
    expect(r.tables[0].rows[1][1]).toMatchObject({ t: 'n', v: 1.5 });
  });

  it('.tsv is split on tabs even when semicolons are present; .txt detects', async () => {
    const tsv = await readAs('a.tsv', 'Kommun\tNamn\n0182\tNacka; Värmdö\n');
    expect(tsv.kind === 'tables' && tsv.tables[0].rows).toEqual([['Kommun', 'Namn'], ['0182', 'Nacka; Värmdö']]);
    const txt = await readAs('a.txt', 'Kommun;Värde\n0182;1,5\n');
    expect(txt.kind === 'tables' && txt.tables[0].rows).toEqual([['Kommun', 'Värde'], ['0182', '1,5']]);
  });

  it('extensions are case-insensitive', async () => {
    const r = await readAs('STOR.CSV', 'a,b\n1,2\n');
    expect(r.kind).toBe('tables');
  });

  it('.fods holding CSV text, or a zip, is a format-mismatch', async () => {
    expect((await readAs('a1.fods', 'a;b\n1;2\n')).findings[0]).toMatchObject({ code: 'format-mismatch', params: { suggested: 'csv' } });
    expect((await readAs('a2.fods', book('xlsx'))).findings[0]).toMatchObject({ code: 'format-mismatch', params: { suggested: 'xlsx' } });
  });

  it('a PDF or an image named .csv or .xlsx says what it is', async () => {
    expect((await readAs('rapport.csv', '%PDF-1.7\n%âãÏÓ\n')).findings).toEqual([
      { code: 'format-mismatch', file: 'mapp/rapport.csv', params: { extension: 'csv', actual: 'en PDF-fil', 'actual@sv': 'en PDF-fil', 'actual@en': 'a PDF file', suggested: 'pdf' } },
    ]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await readAs('bild.xlsx', png)).findings[0]).toMatchObject({ code: 'format-mismatch', params: { suggested: 'png' } });
  });

  it('binary junk named .csv → corrupt-file, not a table of garbage', async () => {
    const junk = new Uint8Array(600).map((_, i) => (i * 7919) % 256);
    const r = await readAs('skrap.csv', junk);
    expect(r.kind).toBe('failed');
    expect(r.findings.map((f) => f.code)).toEqual(['corrupt-file']);
  });

  it('UTF-16 LE without a BOM is recognised by its zero bytes', async () => {
    const r = await readAs('utf16.csv', new Uint8Array(Buffer.from('Kommun;Värde\nGöteborg;1\n', 'utf16le')));
    expect(r.kind === 'tables' && r.tables[0].rows).toEqual([['Kommun', 'Värde'], ['Göteborg', '1']]);
    // Every letter reads right: nothing for the controller to check.
    expect(r.findings).toEqual([]);
  });

  it('every finding carries relPath; messages read well in Swedish and English', async () => {
    const r = await readAs('fel.xlsx', 'Kommun;Värde\n');
    expect(r.findings.every((f) => f.file === 'mapp/fel.xlsx')).toBe(true);
    expect(formatProblem(r.findings[0], 'sv').message).toBe('Filen heter .xlsx men innehåller text (CSV).');
    expect(formatProblem(r.findings[0], 'sv').fix).toContain('.csv');
    // Swedish Excel's own CSV reads without a warning; a letter Swedish does not use gets one, in words.
    expect((await readAs('svensk.csv', new Uint8Array(Buffer.from('Kommun;Värde\nGöteborg;1\n', 'latin1')))).findings).toEqual([]);
    const enc = await readAs('tysk.csv', new Uint8Array(Buffer.from('Kommun;Värde\nMünchen;1\n', 'latin1')));
    expect(formatProblem(enc.findings[0], 'sv').message).toBe('Filen är inte sparad som UTF-8; den lästes som Windows-1252, som svenska Excel sparar ”CSV (semikolonavgränsad)”.');
    expect(formatProblem(enc.findings[0], 'sv').fix).toBe('Kontrollera att bokstäverna ser rätt ut på webbplatsen – särskilt ü, eller spara om filen i Excel som ”CSV UTF-8 (kommaavgränsad)”.');
    expect(formatProblem(enc.findings[0], 'en').message).toBe('The file is not saved as UTF-8; it was read as Windows-1252, as Swedish Excel saves "CSV (semicolon delimited)".');
    const mismatch = await readAs('bok.csv', book('xlsx'));
    expect(formatProblem(mismatch.findings[0], 'en').message).toBe('The file is named .csv but contains an Excel workbook.');
  });

  it('knows its extensions and default limits', () => {
    expect([...READABLE_EXTENSIONS].sort()).toEqual(['csv', 'fods', 'json', 'ods', 'tsv', 'txt', 'xls', 'xlsb', 'xlsm', 'xlsx']);
    expect(DEFAULT_LIMITS).toEqual({ maxBytes: 200 * 1024 ** 2, maxUncompressedBytes: 1024 ** 3, maxRatio: 200, maxCells: 20_000_000, maxRows: 1_100_000 });
  });
});

describe('human-readable sizes', () => {
  it.each([
    [0, '0 byte'],
    [512, '512 byte'],
    [1536, '1,5 kB'],
    [250 * 1024 ** 2, '250 MB'],
    [4 * 1024 ** 3, '4 GB'],
  ])('%i → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });

  it('groups thousands with spaces', () => {
    expect(formatCount(20_000_000)).toBe('20 000 000');
    expect(formatCount(999)).toBe('999');
  });
});
