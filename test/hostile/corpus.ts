// The hostile corpus: every case is a data folder (a small valid base plus the
// bad file), generated here at test time so nothing large or dangerous is
// committed. corpus.test.ts runs each one through the importer and the CLI.
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { ProblemCode } from '../../src/problems/catalogue.ts';
import { shared } from '../support/sharedData.ts';

export type Files = Record<string, string | Uint8Array>;

/** What a case must produce: severity of the whole run and a problem in one of these codes at this place. */
export interface Expect {
  severity: 'error' | 'warning';
  codes: ProblemCode[];
  file: string;
  sheet?: string;
  cell?: string;
}

export interface Case {
  name: string;
  group: string;
  /** The bad files; the valid base is added around them. */
  files: Files;
  /** Files of the base this case replaces or removes (null = remove). */
  base?: Record<string, string | null>;
  /** Run through the real CLI in a child process (the crash-prone classes); otherwise ingest() in process. */
  cli: boolean;
  /** Also try a build over a good previous output (one or more per class). */
  build?: boolean;
  /** Read from ../shared/data (skipped, saying why, where that folder is absent). */
  shared?: boolean;
  expect: Expect;
}

// ---------------------------------------------------------------- the valid base

const SITE = JSON.parse(readFileSync(new URL('../../data/site.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** A valid site, catalogue and area list, so that each case shows only its own problem. */
export const BASE: Files = {
  'site.json': JSON.stringify({ ...SITE, $schema: undefined, municipality: '0182', comparison: { country: '0000' } }),
  'matt.csv': 'Mått-id;Titel;Enhet;Decimaler;Riktning;Verksamhetsområde\nL1;Andel nöjda;%;1;högre är bättre;Miljö\nL2;Antal besök;antal;0;neutral;Kultur\n',
  'omraden.csv': 'Kod;Namn;Typ\n0000;Riket;land\n0182;Nacka;kommun\n',
};

/** A good result file for the build that must survive: the base plus this. */
export const GOOD: Files = { 'resultat.csv': 'Mått-id;Kommunkod;Period;Kön;Värde\nL1;0182;2023;T;71,5\nL1;0182;2024;T;74,5\nL2;0182;2024;T;1200\nL1;0000;2024;T;70\n' };

// ---------------------------------------------------------------- builders

type Aoa = unknown[][];
const HEADER = ['Mått-id', 'Kommunkod', 'Period', 'Kön', 'Värde'];
const csv = (...lines: string[]) => lines.join('\n') + '\n';
const longCsv = (...rows: string[]) => csv(HEADER.join(';'), ...rows);

function sheetOf(aoa: Aoa): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(aoa);
}

function book(sheets: Record<string, XLSX.WorkSheet>, edit?: (wb: XLSX.WorkBook) => void): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, ws, name);
  edit?.(wb);
  return wb;
}

function bytesOf(wb: XLSX.WorkBook, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType, compression: bookType === 'xlsx' }) as Buffer);
}

const xlsx = (aoa: Aoa, edit?: (ws: XLSX.WorkSheet) => void) => {
  const ws = sheetOf(aoa);
  edit?.(ws);
  return bytesOf(book({ Blad1: ws }));
};

const goodRows: Aoa = [HEADER, ['L2', '0182', 2024, 'T', 1], ['L2', '0182', 2023, 'T', 2], ['L2', '0000', 2024, 'T', 3]];
const goodXlsx = () => xlsx(goodRows);

/** Offsets of every ZIP central-directory record. */
function centralRecords(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 46 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) out.push(i);
  return out;
}

function patched(zip: Uint8Array, edit: (view: DataView, records: number[]) => void): Uint8Array {
  const copy = zip.slice();
  edit(new DataView(copy.buffer), centralRecords(copy));
  return copy;
}

/** Offset of the compressed data of a named entry (after its local header). */
function entryData(zip: Uint8Array, name: string): { start: number; size: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const target = strToU8(name);
  for (let i = 0; i + 30 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLen = view.getUint16(i + 26, true);
    const extraLen = view.getUint16(i + 28, true);
    const n = zip.subarray(i + 30, i + 30 + nameLen);
    if (n.length === target.length && n.every((b, k) => b === target[k])) {
      return { start: i + 30 + nameLen + extraLen, size: view.getUint32(i + 18, true) };
    }
  }
  throw new Error(`entry ${name} not found`);
}

/** Rewrites every XML part of an xlsx (the text may sit in the sheet or the shared strings). */
function withPart(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) if (name.endsWith('.xml')) files[name] = strToU8(edit(strFromU8(files[name])));
  return zipSync(files);
}

/** Rewrites one part of an xlsx (the sheet XML) without SheetJS walking a huge range. */
function withSheetXml(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files['xl/worksheets/sheet1.xml'] = strToU8(edit(strFromU8(files['xl/worksheets/sheet1.xml'])));
  return zipSync(files);
}

function encryptedCfb(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0xab));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }) as Buffer);
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (bigEndian) body.swap16();
  const mark = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
  return bom ? new Uint8Array([...mark, ...body]) : new Uint8Array(body);
}

// ---------------------------------------------------------------- the cases

const err = (codes: ProblemCode[], file: string, at: { sheet?: string; cell?: string } = {}): Expect => ({ severity: 'error', codes, file, ...at });
/** Accepted as it is: the run passes (warnings allowed), and the case shows it stays bounded. */
const ok = (file: string): Expect => ({ severity: 'warning', codes: [], file });
const warn = (codes: ProblemCode[], file: string, at: { sheet?: string; cell?: string } = {}): Expect => ({ severity: 'warning', codes, file, ...at });

export function buildCorpus(): Case[] {
  const cases: Case[] = [];
  const add = (group: string, name: string, files: Files, expect: Expect, more: Partial<Case> = {}) =>
    cases.push({ group, name, files, expect, cli: false, ...more });

  // Empty and zero-byte files of every extension read, and the files beside them.
  for (const ext of ['csv', 'tsv', 'txt', 'json', 'xlsx', 'xlsm', 'xls', 'xlsb', 'ods', 'fods']) {
    const workbook = !['csv', 'tsv', 'txt', 'json'].includes(ext);
    add('empty', `zero bytes .${ext}`, { [`tom.${ext}`]: new Uint8Array(0) }, err(['empty-file'], `tom.${ext}`), { cli: workbook, build: ext === 'xlsx' });
  }
  add('empty', 'only a UTF-8 BOM (.csv)', { 'bom.csv': new Uint8Array([0xef, 0xbb, 0xbf]) }, err(['empty-file'], 'bom.csv'));
  add('empty', 'only a UTF-8 BOM (.json)', { 'bom.json': new Uint8Array([0xef, 0xbb, 0xbf]) }, err(['empty-file', 'json-syntax'], 'bom.json'));
  add('empty', 'only line breaks and spaces', { 'blank.csv': '\n \r\n\t\n' }, err(['empty-file'], 'blank.csv'));
  add('empty', 'only delimiters', { 'semikolon.csv': ';;;;\n;;;;\n;;;;\n' }, err(['empty-file', 'no-data', 'unknown-layout', 'blank-label'], 'semikolon.csv'));
  add('empty', 'a header and nothing else', { 'rubrik.csv': longCsv() }, warn(['no-data'], 'rubrik.csv', { cell: 'A1' }));

  // Files whose name lies about their content.
  add('mismatch', 'a CSV named .xlsx', { 'export.xlsx': longCsv('L2;0182;2024;T;1') }, err(['format-mismatch'], 'export.xlsx'), { cli: true, build: true });
  add('mismatch', 'an xlsx named .csv', { 'export.csv': goodXlsx() }, err(['format-mismatch'], 'export.csv'), { cli: true });
  add('mismatch', 'an xlsx named .json', { 'export.json': goodXlsx() }, err(['format-mismatch'], 'export.json'), { cli: true });
  add('mismatch', 'JSON named .xlsx', { 'kolada.xlsx': '{"values": []}' }, err(['format-mismatch'], 'kolada.xlsx'), { cli: true });
  add('mismatch', 'an ods named .csv', { 'kalkyl.csv': bytesOf(book({ A: sheetOf(goodRows) }), 'ods') }, err(['format-mismatch'], 'kalkyl.csv'), { cli: true });
  add('mismatch', 'a PDF named .xlsx', { 'rapport.xlsx': '%PDF-1.7\n%âãÏÓ\n1 0 obj\n' }, err(['format-mismatch'], 'rapport.xlsx'), { cli: true });
  add('mismatch', 'binary junk named .csv', { 'junk.csv': new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)) }, err(['corrupt-file', 'format-mismatch', 'encoding-suspect'], 'junk.csv'));

  // Truncated zips at several offsets.
  const full = goodXlsx();
  for (const cut of [4, 22, 30, 100, Math.floor(full.length / 2), Math.floor(full.length * 0.9), full.length - 22, full.length - 1]) {
    add('truncated zip', `xlsx cut at ${cut} of ${full.length} bytes`, { 'kort.xlsx': full.subarray(0, cut) }, err(['corrupt-file'], 'kort.xlsx'), { cli: true, build: cut === 100 });
  }

  // Corrupt zips: bit flips in the central directory and in a compressed stream.
  add('corrupt zip', 'central directory signature flipped', { 'cd.xlsx': patched(full, (v, rec) => v.setUint8(rec[0], v.getUint8(rec[0]) ^ 0x01)) }, err(['corrupt-file'], 'cd.xlsx'), { cli: true, build: true });
  add('corrupt zip', 'central directory local-header offset past the end', { 'cd2.xlsx': patched(full, (v, rec) => rec.forEach((r) => v.setUint32(r + 42, 0x7ffffff0, true))) }, err(['corrupt-file'], 'cd2.xlsx'), { cli: true });
  add('corrupt zip', 'central directory name length flipped', { 'cd3.xlsx': patched(full, (v, rec) => v.setUint16(rec[rec.length - 1] + 28, 0xfff0, true)) }, err(['corrupt-file'], 'cd3.xlsx'), { cli: true });
  add('corrupt zip', 'central directory compressed size wrong', { 'cd4.xlsx': patched(full, (v, rec) => rec.forEach((r) => v.setUint32(r + 20, 3, true))) }, err(['corrupt-file'], 'cd4.xlsx'), { cli: true });
  {
    const sheet = entryData(full, 'xl/worksheets/sheet1.xml');
    for (const at of [0, 0.5]) {
      const flipped = full.slice();
      const i = sheet.start + Math.floor(sheet.size * at);
      for (let k = 0; k < 4; k++) flipped[i + k] ^= 0xa5;
      add('corrupt zip', `bit flips in the sheet's deflate stream at ${at * 100} %`, { 'ström.xlsx': flipped }, err(['corrupt-file', 'read-failed'], 'ström.xlsx'), { cli: true });
    }
  }
  add('corrupt zip', 'a zip that holds no workbook', { 'anteckningar.xlsx': zipSync({ 'notes.txt': strToU8('hej') }) }, err(['corrupt-file', 'read-failed'], 'anteckningar.xlsx'), { cli: true });
  add('corrupt zip', 'an empty zip (end record only)', { 'tom-zip.xlsx': zipSync({}) }, err(['corrupt-file', 'empty-file', 'read-failed'], 'tom-zip.xlsx'), { cli: true });
  add('corrupt zip', 'an xls cut in half', { 'gammal.xls': bytesOf(book({ A: sheetOf(goodRows) }), 'biff8').subarray(0, 1200) }, err(['corrupt-file', 'read-failed'], 'gammal.xls'), { cli: true });

  // Encrypted workbooks.
  add('encrypted', 'CFB with EncryptionInfo and EncryptedPackage (.xlsx)', { 'hemlig.xlsx': encryptedCfb() }, err(['encrypted-file'], 'hemlig.xlsx'), { cli: true, build: true });
  add('encrypted', 'CFB with EncryptionInfo and EncryptedPackage (.xls)', { 'hemlig.xls': encryptedCfb() }, err(['encrypted-file'], 'hemlig.xls'), { cli: true });
  add('encrypted', 'zip entries with the encryption flag', { 'zipcrypto.xlsx': patched(full, (v, rec) => rec.forEach((r) => v.setUint16(r + 8, v.getUint16(r + 8, true) | 1, true))) }, err(['encrypted-file'], 'zipcrypto.xlsx'), { cli: true });

  // Zip bombs. The ratio bomb is 30 MB of zeros: over the 10 MB floor at ~1000:1, cheap to make.
  {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': [new Uint8Array(30 * 1024 * 1024), { level: 9 }] });
    add('zip bomb', 'high ratio (30 MB of zeros in ~30 kB)', { 'bomb.xlsx': bomb }, err(['zip-bomb'], 'bomb.xlsx'), { cli: true, build: true });
    // Declares 1 kB for the sheet but inflates to 30 MB: within the declared limits, caught while inflating.
    add('zip bomb', 'declares 1 kB, inflates to 30 MB', { 'lognare.xlsx': patched(bomb, (v, rec) => v.setUint32(rec[1] + 24, 1024, true)) }, err(['corrupt-file', 'zip-bomb'], 'lognare.xlsx'), { cli: true });
  }
  add('zip bomb', 'declares 4 GB uncompressed', { 'stor.xlsx': patched(full, (v, rec) => v.setUint32(rec[0] + 24, 0xfffffff0, true)) }, err(['zip-bomb'], 'stor.xlsx'), { cli: true });
  {
    const many: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>') };
    const empty = new Uint8Array(0);
    for (let i = 0; i < 60_000; i++) many[`x/${i}`] = empty;
    add('zip bomb', '60 000 entries', { 'manga.xlsx': zipSync(many, { level: 0 }) }, err(['zip-bomb'], 'manga.xlsx'), { cli: true });
  }

  // Sheets whose shape is hostile.
  add('sheet shape', 'claims A1:XFD1048576 with three cells', { 'vid.xlsx': withSheetXml(xlsx([['Mått-id', 'Kommunkod'], ['L2']]), (x) => x.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>')) }, err(['unknown-layout', 'missing-label'], 'vid.xlsx'), { cli: true, build: true });
  add('sheet shape', 'a cell at XFD1048576', {
    'hörn.xlsx': withSheetXml(goodXlsx(), (x) => x.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>').replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>långt bort</t></is></c></row></sheetData>')),
  }, ok('hörn.xlsx'), { cli: true }); // below an empty row, outside the table: read in bounded time and left out
  for (const [w, v] of [['#DIV/0!', 0x07], ['#N/A', 0x2a], ['#REF!', 0x17], ['#VALUE!', 0x0f]] as const) {
    add('sheet shape', `error cell ${w} in the value column`, { 'fel.xlsx': xlsx(goodRows, (ws) => void (ws.E2 = { t: 'e', v, w })) }, err(['formula-error-cell'], 'fel.xlsx', { sheet: 'Blad1', cell: 'E2' }), { cli: true, build: w === '#N/A' });
  }
  add('sheet shape', 'merged cells across the data', { 'sammanslagen.xlsx': xlsx(goodRows, (ws) => void (ws['!merges'] = [XLSX.utils.decode_range('A2:E3')])) }, err(['merged-cell'], 'sammanslagen.xlsx', { sheet: 'Blad1', cell: 'A2' }), { cli: true });
  add('sheet shape', 'a merged header', {
    // As Excel saves it: merging B1:C1 keeps only B1's text.
    'sammanslagen-rubrik.xlsx': xlsx(goodRows, (ws) => {
      ws['!merges'] = [XLSX.utils.decode_range('B1:C1')];
      delete ws.C1;
    }),
  }, err(['missing-label', 'blank-label', 'merged-cell'], 'sammanslagen-rubrik.xlsx', { sheet: 'Blad1' }), { cli: true });
  add('sheet shape', 'the only sheet is hidden', { 'dold.xlsx': bytesOf(book({ Data: sheetOf(goodRows) }, (wb) => void (wb.Workbook = { Sheets: [{ name: 'Data', Hidden: 1 }] }))) }, warn(['hidden-sheet'], 'dold.xlsx', { sheet: 'Data' }), { cli: true });
  add('sheet shape', 'a very hidden sheet beside the data', { 'mycket-dold.xlsx': bytesOf(book({ Data: sheetOf(goodRows), Gammalt: sheetOf(goodRows) }, (wb) => void (wb.Workbook = { Sheets: [{ name: 'Data', Hidden: 0 }, { name: 'Gammalt', Hidden: 2 }] }))) }, warn(['hidden-sheet'], 'mycket-dold.xlsx', { sheet: 'Gammalt' }), { cli: true });
  add('sheet shape', 'hidden rows in the data', { 'dolda-rader.xlsx': xlsx(goodRows, (ws) => void (ws['!rows'] = [{}, { hidden: true }])) }, { severity: 'error', codes: ['hidden-row'], file: 'dolda-rader.xlsx', sheet: 'Blad1', cell: 'A2' }, { cli: true });
  add('sheet shape', 'a workbook of only empty sheets', { 'tomma.xlsx': bytesOf(book({ A: sheetOf([]), B: sheetOf([[null]]) })) }, err(['unknown-layout', 'no-data', 'empty-file', 'sheet-skipped'], 'tomma.xlsx'), { cli: true });
  add('sheet shape', '1 000 000 columns in one CSV row', { 'bred.csv': HEADER.join(';') + ';'.repeat(999_995) + '\nL2;0182;2024;T;1\n' }, ok('bred.csv'), { cli: true }); // trailing empty cells are no columns
  add('sheet shape', '1 000 000 named columns in one CSV row', { 'bred2.csv': [...HEADER, ...Array.from({ length: 999_995 }, (_, i) => `k${i}`)].join(';') + '\nL2;0182;2024;T;1\n' }, err(['sheet-too-large'], 'bred2.csv', { cell: 'XFE1' }), { cli: true });
  add('sheet shape', '1 000 000 blank-named columns, then one named', { 'bred3.csv': HEADER.join(';') + ';'.repeat(999_995) + 'x\nL2;0182;2024;T;1\n' }, err(['sheet-too-large'], 'bred3.csv', { cell: 'XFE1' }), { cli: true, build: true });
  add('sheet shape', '100 000 rows of one cell each', { 'lang.csv': 'x\n'.repeat(100_000) }, err(['unknown-layout'], 'lang.csv'), { cli: true });
  add('sheet shape', 'a 16 384-column xlsx row', { 'bred.xlsx': xlsx([[...HEADER, ...Array.from({ length: 16_379 }, (_, i) => `K${i}`)], ['L2', '0182', 2024, 'T', 1]]) }, warn(['unknown-label'], 'bred.xlsx', { sheet: 'Blad1', cell: 'F1' }), { cli: true });

  // Headers.
  for (const name of ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']) {
    add('headers', `a "${name}" header`, { 'rubriker.csv': csv([...HEADER, name].join(';'), 'L2;0182;2024;T;1;x') }, (['__proto__', 'constructor', 'prototype'].includes(name) ? err : warn)(['unsafe-header', 'unknown-label'], 'rubriker.csv', { cell: 'F1' }), { build: name === '__proto__' });
  }
  add('headers', '"__proto__" as the value header in a workbook', { 'proto.xlsx': xlsx([['Mått-id', 'Kommunkod', 'Period', 'Kön', '__proto__'], ['L2', '0182', 2024, 'T', 1]]) }, err(['unsafe-header', 'missing-label'], 'proto.xlsx', { sheet: 'Blad1' }), { cli: true });
  add('headers', 'duplicate headers', { 'dubbel.csv': csv([...HEADER, 'Värde'].join(';'), 'L2;0182;2024;T;1;2') }, err(['duplicate-label'], 'dubbel.csv', { cell: 'F1' }));
  add('headers', 'a blank header', { 'tom-rubrik.csv': csv('Mått-id;Kommunkod;;Period;Kön;Värde', 'L2;0182;x;2024;T;1') }, err(['blank-label'], 'tom-rubrik.csv', { cell: 'C1' }));
  add('headers', 'a 100 000-character header', { 'lang-rubrik.csv': csv([...HEADER, 'R'.repeat(100_000)].join(';'), 'L2;0182;2024;T;1;x') }, warn(['unknown-label'], 'lang-rubrik.csv', { cell: 'F1' }));

  // Ragged rows.
  add('ragged', 'a row cut before the period', { 'kort-rad.csv': longCsv('L2;0182;2024;T;1', 'L2;0182') }, err(['missing-cell'], 'kort-rad.csv', { cell: 'C3' }), { build: true });
  add('ragged', 'a row cut after the period (blank gender and value mean total and missing)', { 'kort-rad2.csv': longCsv('L2;0182;2024;T;1', 'L2;0182;2023') }, ok('kort-rad2.csv'));
  add('ragged', 'a long row', { 'lang-rad.csv': longCsv('L2;0182;2024;T;1;7;8;9') }, err(['extra-cell'], 'lang-rad.csv', { cell: 'F2' }));
  add('ragged', 'ragged rows in a workbook', { 'ojamn.xlsx': xlsx([HEADER, ['L2', '0182', 2024], ['L2', '0182', 2023, 'T', 2, 'extra']]) }, err(['missing-cell', 'extra-cell'], 'ojamn.xlsx', { sheet: 'Blad1' }), { cli: true });

  // Mixed encodings.
  const latinLine = Buffer.from('L2;0182;2023;T;2 ökning\n', 'latin1');
  add('encoding', 'UTF-8 with one Windows-1252 line', { 'blandat.csv': new Uint8Array([...Buffer.from(longCsv('L2;0182;2024;T;1')), ...latinLine]) }, err(['encoding-suspect', 'type-error'], 'blandat.csv'), { build: true });
  add('encoding', 'UTF-16 LE with BOM', { 'utf16le.csv': utf16(longCsv('L2;0182;2024;T;1', 'L2;0182;2023;T;åäö'), false, true) }, err(['type-error'], 'utf16le.csv', { cell: 'E3' }));
  add('encoding', 'UTF-16 BE with BOM', { 'utf16be.csv': utf16(longCsv('L2;0182;2024;T;1', 'L2;0182;2023;T;åäö'), true, true) }, err(['type-error'], 'utf16be.csv', { cell: 'E3' }));
  add('encoding', 'UTF-16 LE without BOM', { 'utf16-utan.csv': utf16(longCsv('L2;0182;2024;T;1', 'L2;0182;2023;T;åäö'), false, false) }, err(['type-error'], 'utf16-utan.csv', { cell: 'E3' }));
  // Swedish Excel's "CSV (semikolonavgränsad)": read exactly, so nothing to warn about.
  add('encoding', 'Windows-1252 throughout', { 'ansi.csv': Buffer.from(longCsv('L2;0182;2024;T;1').replace('Mått', 'M\u00e5tt'), 'latin1') }, ok('ansi.csv'));
  add('encoding', 'Windows-1252 with letters Swedish does not use', { 'ansi2.csv': Buffer.from(csv([...HEADER, 'Kommentar'].join(';'), 'L2;0182;2024;T;1;Enkät av Müller & Søn'), 'latin1') }, warn(['encoding-suspect'], 'ansi2.csv'));
  add('encoding', 'invalid UTF-8 in a Kolada JSON', { 'kolada.json': new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]) }, err(['encoding-error'], 'kolada.json'));

  // Values that are not numbers, or not the numbers they seem.
  const values: [string, ProblemCode[], 'error' | 'warning'][] = [
    ['12,5 st', ['type-error'], 'error'], ['1.234,5', ['ambiguous-number', 'type-error'], 'error'], ['1,234.5', ['ambiguous-number', 'type-error'], 'error'],
    ['—', ['type-error', 'status-code'], 'error'], ['–', [], 'warning'], ['..x', ['type-error', 'status-code'], 'error'],
    ['Infinity', ['type-error'], 'error'], ['-Infinity', ['type-error'], 'error'], ['NaN', ['type-error'], 'error'], ['0x1F', ['type-error'], 'error'],
    ['1e400', ['type-error', 'out-of-range'], 'error'], ['9'.repeat(400), ['type-error', 'out-of-range'], 'error'], ['1,5e3', [], 'warning'],
    ['12.5.6', ['type-error', 'ambiguous-number'], 'error'], ['1 2 3', ['type-error', 'ambiguous-number'], 'error'],
  ];
  values.forEach(([v, codes, severity], i) => {
    add('values', `value ${JSON.stringify(v.length > 20 ? v.slice(0, 12) + '…' : v)}`, { [`varde-${i}.csv`]: longCsv('L2;0182;2024;T;1', `L2;0182;2023;T;${v}`) }, { severity, codes, file: `varde-${i}.csv`, cell: 'E3' }, { build: i === 0 });
  });
  add('values', 'value "-0" is zero, not an error', { 'minusnoll.csv': longCsv('L2;0182;2024;T;-0') }, warn([], 'minusnoll.csv'));
  add('values', 'text values in a workbook (12,5 st and 1e400)', { 'text.xlsx': xlsx([HEADER, ['L2', '0182', 2024, 'T', '12,5 st'], ['L2', '0182', 2023, 'T', '1e400']]) }, err(['type-error'], 'text.xlsx', { sheet: 'Blad1', cell: 'E2' }), { cli: true });
  add('values', 'period 2024-13-45 as text', { 'period1.csv': longCsv('L2;0182;2024-13-45;T;1') }, err(['period-format'], 'period1.csv', { cell: 'C2' }));
  add('values', 'period 31/12/2024 as text', { 'period2.csv': longCsv('L2;0182;31/12/2024;T;1') }, err(['period-format'], 'period2.csv', { cell: 'C2' }));
  add('values', 'period as a 400-digit number', { 'period3.csv': longCsv(`L2;0182;${'9'.repeat(400)};T;1`) }, err(['period-format'], 'period3.csv', { cell: 'C2' }));
  add('values', 'a date cell as the period', { 'datum.xlsx': xlsx([HEADER, ['L2', '0182', { t: 'd', v: new Date(Date.UTC(2024, 11, 31)) }, 'T', 1]]) }, ok('datum.xlsx'), { cli: true });
  add('values', 'a gigantic number cell', { 'jatte.xlsx': xlsx([HEADER, ['L1', '0182', 2024, 'T', 1e308]]) }, err(['out-of-range', 'type-error'], 'jatte.xlsx', { sheet: 'Blad1', cell: 'E2' }), { cli: true });
  add('values', 'nächste update date 2024-13-45', { 'matt2.csv': csv('Mått-id;Titel;Enhet;Riktning;Verksamhetsområde;Nästa uppdatering', 'L3;Tre;%;neutral;Miljö;2024-13-45') }, err(['date-format'], 'matt2.csv', { cell: 'F2' }));

  // Control characters in ids, titles and notes.
  for (const [label, ch] of [['U+0000', '\u0000'], ['U+0007', '\u0007'], ['U+001F', '\u001f'], ['U+007F', '\u007f'], ['U+202E', '\u202e']] as const) {
    add('control characters', `${label} in a title`, { 'titel.csv': csv('Mått-id;Titel;Enhet;Riktning;Verksamhetsområde', `L3;Tre${ch}fyra;%;neutral;Miljö`) }, ch === '\u0000' ? err(['corrupt-file'], 'titel.csv') : warn(['control-character'], 'titel.csv', { cell: 'B2' }));
  }
  add('control characters', 'U+0000 in an indicator id', { 'id.csv': longCsv('L\u00002;0182;2024;T;1') }, err(['corrupt-file'], 'id.csv'), { build: true });
  add('control characters', 'U+202E in an indicator id', { 'id2.csv': csv('Mått-id;Titel;Enhet;Riktning;Verksamhetsområde', 'L\u202e3;Tre;%;neutral;Miljö') }, warn(['control-character'], 'id2.csv', { cell: 'A2' }));
  add('control characters', 'U+0001 in a note', { 'not.csv': csv([...HEADER, 'Kommentar'].join(';'), 'L2;0182;2024;T;1;se\u0001här') }, warn(['control-character'], 'not.csv', { cell: 'F2' }));
  add('control characters', 'U+202E in a workbook title', { 'rtl.xlsx': bytesOf(book({ Mått: sheetOf([['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde'], ['L3', 'abc\u202edef', '%', 'neutral', 'Miljö']]) })) }, warn(['control-character'], 'rtl.xlsx', { sheet: 'Mått', cell: 'B2' }), { cli: true });

  // Very long text.
  add('long text', '1 MB in one title cell', { 'mb.csv': csv('Mått-id;Titel;Enhet;Riktning;Verksamhetsområde', `L3;${'x'.repeat(1024 * 1024)};%;neutral;Miljö`) }, err(['schema-error'], 'mb.csv', { cell: 'A2' }), { build: true });
  add('long text', '1 MB in one value cell', { 'mb-varde.csv': longCsv(`L2;0182;2024;T;${'1'.repeat(1024 * 1024)}`) }, err(['type-error', 'out-of-range'], 'mb-varde.csv', { cell: 'E2' }));
  // Excel caps a cell at 32 767 characters and SheetJS's writer enforces it: the text is patched in.
  add('long text', '1 MB in one workbook cell', { 'mb.xlsx': withPart(bytesOf(book({ Mått: sheetOf([['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde'], ['L3', 'PLATSHÅLLARE', '%', 'neutral', 'Miljö']]) })), (x) => x.replace('PLATSHÅLLARE', 'y'.repeat(1024 * 1024))) }, err(['schema-error'], 'mb.xlsx', { sheet: 'Mått', cell: 'A2' }), { cli: true });

  // Formula-like text in titles and notes: kept as text (neutralised only when written to CSV downloads).
  for (const [i, text] of ["=cmd|' /C calc'!A0", '+1+1', '@SUM(1)', '-2+3'].entries()) {
    add('formula-like text', `${text} in a title`, { [`formel-${i}.csv`]: csv('Mått-id;Titel;Enhet;Riktning;Verksamhetsområde', `L3;"${text.replace(/"/g, '""')}";%;neutral;Miljö`) }, warn([], `formel-${i}.csv`));
    add('formula-like text', `${text} as a value`, { [`formelvarde-${i}.csv`]: longCsv(`L2;0182;2024;T;"${text}"`) }, err(['type-error'], `formelvarde-${i}.csv`, { cell: 'E2' }), { build: i === 0 });
  }
  add('formula-like text', 'a formula in a note', { 'formelnot.csv': csv([...HEADER, 'Kommentar'].join(';'), "L2;0182;2024;T;1;=HYPERLINK(\"http://x\")") }, warn([], 'formelnot.csv'));

  // JSON.
  add('json', '10 000-deep nesting', { 'djup.json': '['.repeat(10_000) + ']'.repeat(10_000) }, err(['json-shape', 'json-syntax'], 'djup.json'));
  add('json', '100 000-deep nesting, unclosed', { 'djupare.json': '{"a":'.repeat(100_000) }, err(['json-syntax'], 'djupare.json'));
  add('json', 'a JSON that is a string', { 'strang.json': '"hej"' }, err(['json-shape'], 'strang.json'));
  add('json', 'a JSON that is null', { 'null.json': 'null' }, err(['json-shape'], 'null.json'));
  add('json', 'a JSON that is a number', { 'tal.json': '1e400' }, err(['json-shape'], 'tal.json'));
  add('json', 'a JSON array of junk', { 'lista.json': '[1, "a", null, {"__proto__": {"x": 1}}]' }, err(['json-shape'], 'lista.json'));
  add('json', 'Kolada values with period as an object', {
    'kolada.json': JSON.stringify({ values: [{ kpi: 'L2', municipality: '0182', period: { year: 2024 }, values: [{ gender: 'T', value: 1, status: '', count: 1 }] }] }),
  }, err(['json-shape', 'period-format'], 'kolada.json'), { build: true });
  add('json', 'Kolada value as the string "12,3"', {
    'kolada.json': JSON.stringify({ values: [{ kpi: 'L2', municipality: '0182', period: 2024, values: [{ gender: 'T', value: '12,3', status: '', count: 1 }] }] }),
  }, err(['json-shape', 'type-error'], 'kolada.json'));
  add('json', 'Kolada with __proto__ and constructor keys', {
    'kolada.json': '{"values": [{"__proto__": {"polluted": 1}, "constructor": 1, "kpi": "L2", "municipality": "0182", "period": 2024, "values": [{"gender": "T", "value": 1}]}]}',
  }, ok('kolada.json'));
  add('json', 'Kolada with values that is an object', { 'kolada.json': '{"values": {"length": 1000000000}}' }, err(['json-shape'], 'kolada.json'));
  add('json', 'a JSON syntax error', { 'trasig.json': '{"values": [\n  {"kpi": "N1",,}\n]}' }, err(['json-syntax'], 'trasig.json'));

  // Mapping sidecars.
  const wb = goodXlsx();
  add('mapping', 'a sidecar that is not JSON', { 'x.xlsx': wb, 'x.xlsx.mapping.json': '{layout: long' }, err(['json-syntax'], 'x.xlsx.mapping.json'), { cli: true, build: true });
  add('mapping', 'an empty sidecar', { 'x.xlsx': wb, 'x.xlsx.mapping.json': '' }, err(['json-syntax', 'mapping-invalid'], 'x.xlsx.mapping.json'), { cli: true });
  add('mapping', 'a sidecar with an unknown layout', { 'x.xlsx': wb, 'x.xlsx.mapping.json': JSON.stringify({ layout: 'diagonal' }) }, err(['mapping-invalid'], 'x.xlsx.mapping.json'), { cli: true });
  add('mapping', 'a sidecar with a __proto__ column field', { 'x.xlsx': wb, 'x.xlsx.mapping.json': '{"layout": "long", "columns": {"__proto__": "A"}}' }, err(['mapping-invalid'], 'x.xlsx.mapping.json'), { cli: true });
  add('mapping', 'a sidecar naming a missing sheet', { 'x.xlsx': wb, 'x.xlsx.mapping.json': JSON.stringify({ layout: 'long', sheet: 'Finns inte' }) }, err(['sheet-not-found'], 'x.xlsx', { sheet: 'Finns inte' }), { cli: true });
  add('mapping', 'a sidecar naming a column letter beyond the data', { 'x.xlsx': wb, 'x.xlsx.mapping.json': JSON.stringify({ layout: 'long', columns: { value: 'ZZ' } }) }, err(['mapping-invalid'], 'x.xlsx.mapping.json'), { cli: true });
  add('mapping', 'a sidecar naming column XFE (past Excel\'s last)', { 'x.csv': longCsv('L2;0182;2024;T;1'), 'x.csv.mapping.json': JSON.stringify({ layout: 'long', columns: { value: 'XFE' } }) }, err(['mapping-invalid'], 'x.csv.mapping.json'));
  add('mapping', 'a sidecar with headerRow past the end', { 'x.csv': longCsv('L2;0182;2024;T;1'), 'x.csv.mapping.json': JSON.stringify({ layout: 'long', headerRow: 1000 }) }, err(['missing-label', 'no-data', 'mapping-invalid'], 'x.csv'));

  // The site configuration.
  const site = JSON.parse(BASE['site.json'] as string) as Record<string, unknown>;
  add('config', 'site.json with a javascript: baseUrl', {}, err(['config-invalid'], 'site.json'), { base: { 'site.json': JSON.stringify({ ...site, baseUrl: 'javascript:alert(1)//' }) }, build: true });
  add('config', 'site.json with javascript: feedback and contact URLs', {}, err(['config-invalid'], 'site.json'), {
    base: { 'site.json': JSON.stringify({ ...site, feedback: { url: 'javascript:alert(document.cookie)' }, contact: { url: 'JaVaScRiPt:alert(1)' } }) },
  });
  add('config', 'site.json that is a string', {}, err(['config-invalid'], 'site.json'), { base: { 'site.json': '"site"' } });
  add('config', 'site.json that is not JSON', {}, err(['json-syntax'], 'site.json'), { base: { 'site.json': "{name: 'x'" } });
  add('config', 'site.json with a __proto__ key', {}, err(['config-invalid'], 'site.json'), { base: { 'site.json': JSON.stringify(site).replace(/^\{/, '{"__proto__": {"polluted": true},') } });

  // From ../shared/data/edge-cases, read in place and placed in the case folder under their own names.
  const edge: [string, ProblemCode[], 'error' | 'warning'][] = [
    ['frictionless/bom.csv', [], 'warning'], // "id,name": read as a list of areas with names
    ['frictionless/latin1.csv', [], 'warning'], // one © and no letter beyond ASCII: Windows-1252, nothing to check
    ['frictionless/table-infer-iso-8859-7.csv', ['encoding-suspect'], 'warning'],
    ['frictionless/invalid.csv', ['unknown-layout', 'blank-label', 'duplicate-label'], 'error'],
    ['frictionless/duplicate-headers.csv', ['unknown-layout', 'duplicate-label'], 'error'],
    ['frictionless/blank-headers.csv', ['unknown-layout', 'blank-label'], 'error'],
    ['frictionless/defective-rows.csv', ['unknown-layout', 'extra-cell', 'missing-cell'], 'error'],
    ['frictionless/merged-cells.xlsx', ['unknown-layout', 'merged-cell'], 'error'],
    ['frictionless/merged-cells.xls', ['unknown-layout', 'merged-cell'], 'error'],
    ['sheetjs/sheet_visibility.xlsx', ['hidden-sheet', 'unknown-layout'], 'error'],
    ['sheetjs/merge_cells.xlsb', ['unknown-layout', 'merged-cell'], 'error'],
    ['sheetjs/LO7322.fods', ['unknown-layout'], 'error'],
    ['sheetjs/formulae_test_simple.xlsx', ['unknown-layout'], 'error'],
    ['csv-spectrum/csvs/empty.csv', ['unknown-layout', 'no-data', 'blank-label'], 'error'],
  ];
  for (const [path, codes, severity] of edge) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    cases.push({
      group: 'shared edge cases',
      name: path,
      files: {},
      shared: true,
      cli: /\.(xlsx?|xlsb|fods|ods)$/.test(name),
      build: path === 'frictionless/merged-cells.xlsx',
      expect: { severity, codes, file: name },
      // Read lazily by the test (only where ../shared/data exists).
      base: { [`shared:${name}`]: shared('edge-cases', ...path.split('/')) },
    });
  }
  return cases;
}
