// Hostile and broken files, generated here: each must give the right finding, quickly, without throwing.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { NumberCell } from '../../src/read/RawTable.ts';
import { readFile, type ReadOptions } from '../../src/read/readFile.ts';
import { readWorkbookBytes } from '../../src/read/readWorkbook.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readBytesAs(name: string, bytes: Uint8Array | string, options?: ReadOptions) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return readFile(path, `data/${name}`, options);
}
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

function workbook(sheets: Record<string, XLSX.WorkSheet>, props?: XLSX.WorkBook['Workbook']): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, ws, name);
  if (props) wb.Workbook = { ...wb.Workbook, ...props };
  return wb;
}
function xlsxBytes(wb: XLSX.WorkBook, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}
const simpleXlsx = () => xlsxBytes(workbook({ Data: XLSX.utils.aoa_to_sheet([['Kommun', 'Värde'], ['0182', 1.5]]) }));

describe('empty, mismatched and unsupported files', () => {
  it.each(['tom.xlsx', 'tom.csv', 'tom.json', 'tom.ods'])('zero bytes (%s) → empty-file', async (name) => {
    const r = await readBytesAs(name, new Uint8Array(0));
    expect(r).toMatchObject({ kind: 'failed', bytes: 0 });
    expect(r.findings).toEqual([{ code: 'empty-file', file: `data/${name}` }]);
  });

  it('a CSV named .xlsx → format-mismatch suggesting .csv', async () => {
    const r = await readBytesAs('export.xlsx', 'Kommun;Värde\n0182;1,5\n');
    expect(r.kind).toBe('failed');
    expect(r.findings).toEqual([
      { code: 'format-mismatch', file: 'data/export.xlsx', params: { extension: 'xlsx', actual: 'text (CSV)', 'actual@sv': 'text (CSV)', 'actual@en': 'text (CSV)', suggested: 'csv' } },
    ]);
  });

  it('an xlsx named .csv → format-mismatch suggesting .xlsx', async () => {
    const r = await readBytesAs('export.csv', simpleXlsx());
    expect(r.findings).toEqual([expect.objectContaining({ code: 'format-mismatch', params: expect.objectContaining({ extension: 'csv', actual: 'en Excel-arbetsbok', suggested: 'xlsx' }) })]);
  });

  it('an ods named .csv and an xls named .txt say what they are', async () => {
    const wb = workbook({ A: XLSX.utils.aoa_to_sheet([['x']]) });
    const ods = await readBytesAs('a.csv', xlsxBytes(wb, 'ods'));
    expect(ods.findings[0].params).toMatchObject({ actual: 'ett OpenDocument-kalkylblad', suggested: 'ods' });
    const xls = await readBytesAs('b.txt', xlsxBytes(wb, 'biff8'));
    expect(xls.findings[0].params).toMatchObject({ actual: 'en äldre Excel-arbetsbok', suggested: 'xls' });
  });

  it('workbook formats are read by content, whatever the workbook extension (an xls named .xlsx)', async () => {
    const bytes = xlsxBytes(workbook({ A: XLSX.utils.aoa_to_sheet([['x', 1]]) }), 'biff8');
    const r = await readBytesAs('old.xlsx', bytes);
    expect(r.kind).toBe('tables');
  });

  it('HTML saved as .xls (a common system export) is read as a workbook', async () => {
    const r = await readBytesAs('export.xls', '<html><body><table><tr><td>Kommun</td><td>Värde</td></tr><tr><td>Stockholm</td><td>3</td></tr></table></body></html>');
    expect(r.kind).toBe('tables');
    if (r.kind === 'tables') expect(r.tables[0].rows[0]).toEqual(['Kommun', 'Värde']);
  });

  it('an unknown extension → unsupported-file warning', async () => {
    const r = await readBytesAs('rapport.pdf', '%PDF-1.7');
    expect(r.kind).toBe('failed');
    expect(r.findings).toEqual([{ code: 'unsupported-file', file: 'data/rapport.pdf', params: { extension: 'pdf' } }]);
  });

  it('a missing file → read-failed with a one-line detail', async () => {
    const r = await readFile(join(dir, 'finns-inte.csv'), 'data/finns-inte.csv');
    expect(codes(r)).toEqual(['read-failed']);
    expect(String(r.findings[0].params?.detail)).not.toContain('\n');
  });
});

describe('sizes and zip bombs', () => {
  it('a file over maxBytes → file-too-large, human-readable sizes, not read', async () => {
    const r = await readBytesAs('stor.csv', 'a,b\n'.repeat(1000), { limits: { maxBytes: 1024 } });
    expect(r).toMatchObject({ kind: 'failed', bytes: 4000, sha256: '' });
    expect(r.findings).toEqual([{ code: 'file-too-large', file: 'data/stor.csv', params: { size: '3,9 kB', limit: '1 kB' } }]);
  });

  it('64 MB of zeros compressed to a 64 kB zip → zip-bomb (ratio), and (size) under a lower limit', async () => {
    // 64 MB rather than 200 MB: fflate deflates ~20 MB/s, and the ratio (~1000:1) is the same.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': [zeros, { level: 9 }] });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = performance.now();
    const r = await readBytesAs('bomb.xlsx', bomb);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.kind).toBe('failed');
    expect(r.findings).toEqual([{ code: 'zip-bomb', file: 'data/bomb.xlsx', params: { size: '64 MB', ratio: expect.any(Number) } }]);
    expect(r.findings[0].params!.ratio as number).toBeGreaterThan(200);
    const sized = await readBytesAs('bomb.xlsx', bomb, { limits: { maxRatio: 1e9, maxUncompressedBytes: 32 * 1024 * 1024 } });
    expect(codes(sized)).toEqual(['zip-bomb']);
    const allowed = await readBytesAs('bomb.xlsx', bomb, { limits: { maxRatio: 1e9 } });
    expect(codes(allowed)).not.toContain('zip-bomb'); // under both limits it goes on to SheetJS (and fails as a workbook)
  });

  it('a zip whose central directory declares 4 GB → zip-bomb (size)', async () => {
    const zip = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }, { level: 9 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let patched = 0;
    for (let i = 0; i + 46 <= zip.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 0xfffffff0, true); // uncompressed size in the central directory entry
        patched++;
      }
    }
    expect(patched).toBe(1);
    const r = await readBytesAs('huge.xlsx', zip);
    expect(codes(r)).toEqual(['zip-bomb']);
    expect(r.findings[0].params).toMatchObject({ size: '4 GB' });
  });

  it('a zip of 50 000 tiny entries → zip-bomb (no workbook has that many parts)', async () => {
    const files: Record<string, Uint8Array> = {};
    const empty = new Uint8Array(0);
    for (let i = 0; i < 50_000; i++) files[`x/${i}`] = empty;
    const r = await readBytesAs('many.xlsx', zipSync(files, { level: 0 }));
    expect(codes(r)).toEqual(['zip-bomb']);
  });

  it('a truncated xlsx → corrupt-file', async () => {
    const full = simpleXlsx();
    for (const keep of [0.5, 0.9]) {
      const r = await readBytesAs(`trunc-${keep}.xlsx`, full.subarray(0, Math.floor(full.length * keep)));
      expect(r.kind).toBe('failed');
      expect(codes(r)).toEqual(['corrupt-file']);
    }
  });

  it('a zip that is no workbook → corrupt-file, not a crash', async () => {
    const r = await readBytesAs('notes.xlsx', zipSync({ 'notes.txt': new TextEncoder().encode('hej') }));
    expect(r.kind).toBe('failed');
    expect(['corrupt-file', 'read-failed']).toContain(r.findings[0].code);
  });
});

describe('encrypted workbooks', () => {
  it('Excel\'s encrypted OOXML (CFB with EncryptionInfo + EncryptedPackage) → encrypted-file', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0xab));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }) as Buffer);
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const r = await readBytesAs('hemlig.xlsx', bytes);
    expect(r.kind).toBe('failed');
    expect(r.findings).toEqual([{ code: 'encrypted-file', file: 'data/hemlig.xlsx' }]);
  });

  it('a zip entry with the encryption flag (bit 0) → encrypted-file', async () => {
    const zip = simpleXlsx().slice();
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 46 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    const r = await readBytesAs('zipcrypto.xlsx', zip);
    expect(codes(r)).toEqual(['encrypted-file']);
  });
});

describe('sheets that declare more than they hold', () => {
  it('!ref A1:XFD1048576 with three cells: fast, small, trimmed', async () => {
    // Written small, then the sheet's <dimension> is patched: SheetJS would walk the whole range writing it.
    const small = xlsxBytes(workbook({ Blad1: XLSX.utils.aoa_to_sheet([['Kommun', 'Värde'], ['0182']]) }));
    const files = unzipSync(small);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toContain('<dimension ref="A1:B2"/>');
    files['xl/worksheets/sheet1.xml'] = strToU8(sheetXml.replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:XFD1048576"/>'));
    const bytes = zipSync(files);
    const started = performance.now();
    const r = await readBytesAs('vid.xlsx', bytes);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(r.kind).toBe('tables');
    if (r.kind !== 'tables') return;
    expect(r.tables[0].rows).toEqual([['Kommun', 'Värde'], ['0182']]);
    expect(r.findings).toEqual([]);
  });

  it('one far cell does not make every row 16 384 wide', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['a', 'b'], [1, 2]]);
    XLSX.utils.sheet_add_aoa(ws, [['långt bort']], { origin: 'XFD3' });
    const r = await readWorkbookBytes(xlsxBytes(workbook({ S: ws })), 'far.xlsx');
    const rows = r.tables[0].rows;
    expect(rows.length).toBe(3);
    expect(rows[0].length).toBe(2);
    expect(rows[2].length).toBe(16384);
    expect(rows[2][16383]).toBe('långt bort');
  });

  it('more real cells than maxCells → sheet-too-large with range, cells and limit', async () => {
    const grid = Array.from({ length: 20 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const r = await readBytesAs('celler.xlsx', xlsxBytes(workbook({ Stor: XLSX.utils.aoa_to_sheet(grid), Liten: XLSX.utils.aoa_to_sheet([['ok']]) })), { limits: { maxCells: 100 } });
    expect(r.kind).toBe('tables');
    if (r.kind !== 'tables') return;
    expect(r.tables.map((t) => t.sheet)).toEqual(['Liten']);
    expect(r.findings).toEqual([{ code: 'sheet-too-large', file: 'data/celler.xlsx', sheet: 'Stor', params: expect.objectContaining({ limit: '100' }) }]);
    expect(r.findings[0].params!.range).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it('rows beyond maxRows (SheetJS sheetRows cap) → sheet-too-large', async () => {
    const grid = Array.from({ length: 30 }, (_, r) => [r, 'x']);
    const r = await readBytesAs('rader.xlsx', xlsxBytes(workbook({ S: XLSX.utils.aoa_to_sheet(grid) })), { limits: { maxRows: 10 } });
    expect(r.findings).toEqual([
      { code: 'sheet-too-large', file: 'data/rader.xlsx', sheet: 'S', params: expect.objectContaining({ range: 'A1:B30', 'limit@sv': '10 rader' }) },
    ]);
  });
});

describe('workbook details', () => {
  it('hidden rows and columns, error cells, booleans, date cells and the 1904 system', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Kommun', 'Dold', 'Värde', 'Flagga', 'Datum'],
      ['0182', 'x', { t: 'e', v: 0x07 }, true, { t: 'd', v: new Date(Date.UTC(2024, 0, 31)) }],
      ['0183', 'y', 2, false, { t: 'n', v: 100, z: 'yyyy-mm-dd' }],
    ] as unknown[][]);
    ws['!rows'] = [undefined as never, { hidden: true }];
    ws['!cols'] = [{}, { hidden: true }];
    ws['!merges'] = [XLSX.utils.decode_range('A4:B4')];
    const bytes = xlsxBytes(workbook({ S: ws }, { WBProps: { date1904: true } }));
    const r = await readWorkbookBytes(bytes, 'd.xlsx');
    const t = r.tables[0];
    expect(t.date1904).toBe(true);
    expect(t.hiddenRows).toEqual([1]);
    expect(t.hiddenColumns).toEqual([1]);
    expect(t.merges).toEqual([{ s: { r: 3, c: 0 }, e: { r: 3, c: 1 } }]);
    expect(t.rows[1][2]).toEqual({ t: 'e', w: '#DIV/0!' });
    expect(t.rows[1][3]).toEqual({ t: 'b', v: true });
    const date = t.rows[1][4] as NumberCell;
    expect(date.t).toBe('n');
    expect(XLSX.SSF.parse_date_code(date.v, { date1904: true })).toMatchObject({ y: 2024, m: 1, d: 31 });
    expect(XLSX.SSF.is_date(date.z!)).toBe(true);
  });

  it('the result carries bytes and a sha256 of the file', async () => {
    const bytes = simpleXlsx();
    const r = await readBytesAs('hash.xlsx', bytes);
    expect(r.bytes).toBe(bytes.length);
    expect(r.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('JSON', () => {
  it('valid JSON → kind json, "__proto__" an own key, nothing polluted', async () => {
    const r = await readBytesAs('kolada.json', '\ufeff{"values":[{"kpi":"N15428","__proto__":{"polluted":1}}]}');
    expect(r.kind).toBe('json');
    if (r.kind !== 'json') return;
    const first = (r.data as { values: Record<string, unknown>[] }).values[0];
    expect(Object.hasOwn(first, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{"values": [\n  {"kpi": "N1",\n   "period": 2023,,\n  }\n]}', 3, 19],
    ['{"values": [\n  {"kpi": x}\n]}', 2, 11],
    ['{"values": [1, 2', 1, 17],
  ])('a syntax error → json-syntax with line and column (%#)', async (text, line, column) => {
    const r = await readBytesAs('trasig.json', text);
    expect(r.kind).toBe('failed');
    expect(r.findings).toEqual([{ code: 'json-syntax', file: 'data/trasig.json', params: expect.objectContaining({ line, column }) }]);
  });

  it('an xlsx named .json → format-mismatch', async () => {
    expect(codes(await readBytesAs('x.json', simpleXlsx()))).toEqual(['format-mismatch']);
  });
});

describe('never throws', () => {
  it('randomly mutated and truncated xlsx give findings or tables, never an exception', async () => {
    const base = simpleXlsx();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (edits, cut) => {
          const bytes = base.slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const input = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
          const r = await readWorkbookBytes(input, 'm.xlsx');
          expect(r.failed ? r.findings.length > 0 : Array.isArray(r.tables)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  // Randomly mutated BIFF can keep SheetJS busy for many seconds (a 3.5 KB file took 17 s):
  // that is what readIsolated's time limit is for. Here: fixed truncations, which stay fast.
  it.each([0.1, 0.25, 0.5, 0.75, 0.9, 0.99])('an xls cut at %s of its length gives findings or tables', async (keep) => {
    const xls = xlsxBytes(workbook({ A: XLSX.utils.aoa_to_sheet([['a', 1], ['b', 2]]) }), 'biff8');
    const r = await readWorkbookBytes(xls.subarray(0, Math.floor(xls.length * keep)), 'cut.xls');
    expect(r.failed ? r.findings.length > 0 : Array.isArray(r.tables)).toBe(true);
  });
});
