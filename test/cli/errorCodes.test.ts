// Every code in the error catalogue, produced by a real file run through the
// whole importer, must name the file — and the sheet and cell where it has
// them, the cell whose content is wrong — in its Swedish and English
// messages; and the example its "Förväntat" gives, written into that place,
// must pass the check that failed. A new code without a case here fails.
import * as XLSX from '@e965/xlsx';
import { zipSync } from 'fflate';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, formatReportText } from '../../src/cli/report.ts';
import { ingest, type IngestResult } from '../../src/ingest.ts';
import { catalogue, type ProblemCode } from '../../src/problems/catalogue.ts';
import type { Finding } from '../../src/problems/Finding.ts';
import { formatProblem } from '../../src/problems/formatProblem.ts';
import { ProblemList } from '../../src/problems/ProblemList.ts';
import { readFile } from '../../src/read/readFile.ts';
import { siteConfig } from '../../src/setup/initSite.ts';
import { findMunicipality } from '../../src/setup/municipalities.ts';
import { png } from '../support/png.ts';

type Aoa = (string | number | null)[][];
type Files = Record<string, string | Uint8Array>;

interface Case {
  files: Files;
  /**
   * The examples "Förväntat" gives (sv or en text in, examples out) and the same files with an
   * example written where the problem was: the importer must then not report the code there.
   */
  example?: { pick: (expected: string) => string[]; files: (example: string) => Files };
  /** The data folder as given to `check` (reports a missing site.json with the init command). */
  initHint?: string;
  /** For a code that no folder content can produce: call the stage directly. */
  direct?: (root: string) => Promise<Finding[]>;
  /** Where the problem must be reported. */
  at: { file: string; sheet?: string; cell?: string };
  /** Limits for the size codes, so the test needs no huge files. */
  limits?: Record<string, number>;
  isolation?: Record<string, number>;
  requireConfig?: boolean;
}

/** A valid catalogue and area list, so each case shows only its own problem. */
const BASE: Files = {
  'matt.csv': 'Mått-id;Titel;Enhet;Decimaler;Riktning;Verksamhetsområde\nL1;Andel nöjda;%;1;högre är bättre;Miljö\nL2;Antal besök;antal;0;neutral;Kultur\n',
  'omraden.csv': 'Kod;Namn;Typ\n0000;Riket;land\n0182;Nacka;kommun\n',
};

function workbook(sheets: Record<string, Aoa>, edit?: (wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  edit?.(wb);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

/** A valid site.json as `npm run init` writes it (with its placeholders), plus `extra`. */
function siteJson(extra: Record<string, unknown> = {}): string {
  const nacka = findMunicipality('0182');
  if (!nacka.ok) throw new Error(nacka.message);
  return JSON.stringify({ ...siteConfig(nacka.municipality, undefined, '2025-01-15'), ...extra });
}

const LONG_HEADER = ['Mått-id', 'Kommunkod', 'Period', 'Kön', 'Värde'];
const DIALOGUE_HEADER = ['Dialog-id', 'Titel', 'Start', 'Form', 'Status'];
const long = (...rows: Aoa): Aoa => [LONG_HEADER, ...rows];
const csv = (...lines: string[]) => lines.join('\n') + '\n';
const longCsv = (...rows: string[]) => csv('Mått-id;Kommunkod;Period;Kön;Värde', ...rows);

// Supplier invoices (data/leverantorsreskontra/): the specification's nine mandatory columns.
const invoices = (...rows: string[]) => csv('kopare_id;kopare;verifikationsnummer;leverantor;leverantor_id;konto_nr;konto_text;datum;belopp;kommun_id', ...rows);
const INVOICE = (voucher: string, amount: string, date = '2024-03-05') => `2120009994;Exempelkommun;${voucher};Bygg AB;556000-0019;4010;Material;${date};${amount};`;
const SITE_JSON = JSON.stringify({
  name: 'Nacka', siteName: 'Nackas resultat', municipality: '0182', baseUrl: 'https://x.se/', comparison: {}, feedback: { email: 'a@x.se' }, contact: {},
  accessibility: { compliance: 'full', assessedOn: '2025-01-01', updatedOn: '2025-01-01', method: 'Test.' },
});

const CASES: Record<ProblemCode, Case> = {
  'file-too-large': { files: { 'stor.csv': longCsv('L1;0182;2024;T;1') }, at: { file: 'stor.csv' }, limits: { maxBytes: 10 } },
  'zip-bomb': {
    files: { 'bomb.xlsx': zipSync({ '[Content_Types].xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 }) },
    at: { file: 'bomb.xlsx' },
  },
  'encrypted-file': {
    files: {
      'lasta.xlsx': (() => {
        const cfb = XLSX.CFB.utils.cfb_new();
        XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array(64));
        XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(512));
        return XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array;
      })(),
    },
    at: { file: 'lasta.xlsx' },
  },
  'corrupt-file': { files: { 'trasig.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 1]) }).slice(0, 300) }, at: { file: 'trasig.xlsx' } },
  'empty-file': { files: { 'tom.csv': '' }, at: { file: 'tom.csv' } },
  'format-mismatch': { files: { 'fel.xlsx': longCsv('L1;0182;2024;T;1') }, at: { file: 'fel.xlsx' }, example: { pick: (e) => [after(e)], files: (ext) => ({ [`fel${ext}`]: longCsv('L1;0182;2024;T;1') }) } },
  'unsupported-file': { files: { 'bild.docx': 'x' }, at: { file: 'bild.docx' } },
  'encoding-suspect': {
    files: { 'latin.csv': Buffer.from(csv('Mått-id;Kommunkod;Period;Kön;Värde;Kommentar', 'L1;0182;2024;T;1;Enkät av Müller & Søn'), 'latin1') },
    at: { file: 'latin.csv' },
    example: { pick: (e) => [e.slice(0, 5)], files: (encoding) => ({ 'latin.csv': Buffer.from(csv('Mått-id;Kommunkod;Period;Kön;Värde;Kommentar', 'L1;0182;2024;T;1;Enkät av Müller & Søn'), encoding === 'UTF-8' ? 'utf8' : 'latin1') }) },
  },
  'encoding-error': { files: { 'kolada.json': new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]) }, at: { file: 'kolada.json' } },
  'wrong-delimiter': {
    files: { 'pipe.csv': csv('Mått-id|Kommunkod|Period|Kön|Värde', 'L1|0182|2024|T|1') },
    at: { file: 'pipe.csv', cell: 'A1' },
    example: { pick: () => [';', ',', '\t'], files: (d) => ({ 'pipe.csv': csv(['Mått-id', 'Kommunkod', 'Period', 'Kön', 'Värde'].join(d), ['L1', '0182', '2024', 'T', '1'].join(d)) }) },
  },
  'format-error': {
    files: { 'citat.csv': longCsv('L1;0182;2024;T;"1') },
    at: { file: 'citat.csv', cell: 'A2' },
    example: { pick: (e) => [e.slice(e.indexOf('"'), e.lastIndexOf('"') + 1)], files: (field) => ({ 'citat.csv': csv('Mått-id;Kommunkod;Period;Kön;Värde;Kommentar', `L1;0182;2024;T;1;${field}`) }) },
  },
  'sheet-not-found': {
    files: { 'x.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 1]) }), 'x.xlsx.mapping.json': JSON.stringify({ layout: 'long', sheet: 'Finns inte' }) },
    at: { file: 'x.xlsx', sheet: 'Finns inte' },
  },
  'sheet-too-large': { files: { 'stor.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 1], ['L1', '0182', 2023, 'T', 2]) }) }, at: { file: 'stor.xlsx', sheet: 'Blad1' }, limits: { maxCells: 8 } },
  'unknown-layout': { files: { 'vad.csv': csv('Hej;Hopp', 'a;b') }, at: { file: 'vad.csv' }, example: { pick: (e) => [quoted(e).join(';')], files: (header) => ({ 'vad.csv': csv(header, 'L1;0182;2024;T;1') }) } },
  'sheet-skipped': { files: { 'b.xlsx': workbook({ Data: long(['L1', '0182', 2024, 'T', 1]), Instruktion: [['Läs detta först']] }) }, at: { file: 'b.xlsx', sheet: 'Instruktion' } },
  'hidden-sheet': {
    files: {
      'd.xlsx': workbook({ Data: long(['L1', '0182', 2024, 'T', 1]), Gammalt: long(['L1', '0182', 2020, 'T', 5]) }, (wb) => {
        wb.Workbook = { Sheets: [{ name: 'Data', Hidden: 0 }, { name: 'Gammalt', Hidden: 1 }] };
      }),
    },
    at: { file: 'd.xlsx', sheet: 'Gammalt' },
  },
  'no-data': { files: { 'rubrik.csv': longCsv() }, at: { file: 'rubrik.csv', cell: 'A1' } },
  'json-syntax': { files: { 'kolada.json': '{"values": [' }, at: { file: 'kolada.json' } },
  'json-shape': { files: { 'kolada.json': '{"rows": []}' }, at: { file: 'kolada.json' }, example: { pick: (e) => [e], files: (json) => ({ 'kolada.json': json }) } },
  'mapping-invalid': {
    files: { 'x.csv': longCsv('L1;0182;2024;T;1'), 'x.csv.mapping.json': JSON.stringify({ layout: 'diagonal' }) },
    at: { file: 'x.csv.mapping.json' },
  },
  'config-invalid': { files: { 'site.json': JSON.stringify({ name: 'X' }) }, at: { file: 'site.json' }, requireConfig: true },
  // Not reachable from file content by design (it reports a fault of the program): a file
  // that vanishes between listing and reading is the nearest real cause.
  'read-failed': { files: {}, direct: (root) => readFile(join(root, 'borta.csv'), 'borta.csv').then((r) => r.findings), at: { file: 'borta.csv' } },
  'file-timeout': {
    // Thousands of rows, not one: a reader thread kept warm from an earlier case read a one-row
    // workbook within the millisecond (seen in CI). The timer is due first whatever the machine does.
    files: { 'seg.xlsx': workbook({ Blad1: long(...Array.from({ length: 5_000 }, (_, i) => ['L1', '0182', 1900 + (i % 100), 'T', i])) }) },
    at: { file: 'seg.xlsx' },
    isolation: { timeoutMs: 1 },
  },
  'memory-limit': {
    // 20 000 rows of text need far more than a 4 MB heap once parsed.
    files: { 'tung.xlsx': workbook({ Blad1: long(...Array.from({ length: 20_000 }, (_, i) => ['L2', '0182', 1900 + (i % 100), 'T', `${i} text som tar plats i minnet`])) }) },
    at: { file: 'tung.xlsx' },
    isolation: { maxMemoryMb: 4 },
  },
  'blank-label': {
    files: { 'a.csv': csv('Mått-id;Kommunkod;;Period;Kön;Värde', 'L1;0182;x;2024;T;1') },
    at: { file: 'a.csv', cell: 'C1' },
    example: { pick: quoted, files: (header) => ({ 'a.csv': csv(`Mått-id;Kommunkod;${header};Period;Kön;Värde`, 'L1;0182;x;2024;T;1') }) },
  },
  'duplicate-label': { files: { 'a.csv': csv('Mått-id;Kommunkod;Period;Kön;Värde;Värde', 'L1;0182;2024;T;1;2') }, at: { file: 'a.csv', cell: 'F1' } },
  'unsafe-header': {
    files: { 'a.csv': csv('Mått-id;Kommunkod;Period;Kön;Värde;__proto__', 'L1;0182;2024;T;1;x') },
    at: { file: 'a.csv', cell: 'F1' },
    example: { pick: quoted, files: (header) => ({ 'a.csv': csv(`Mått-id;Kommunkod;Period;Kön;Värde;${header}`, 'L1;0182;2024;T;1;x') }) },
  },
  'missing-label': {
    files: { 'a.xlsx': workbook({ Blad1: [['Mått-id', 'Kommunkod', 'Kön', 'Värde', 'Status'], ['L1', '0182', 'T', 1, null]] }) },
    at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'A1' },
    example: { pick: quoted, files: (header) => ({ 'a.xlsx': workbook({ Blad1: [['Mått-id', 'Kommunkod', 'Kön', 'Värde', 'Status', header], ['L1', '0182', 'T', 1, null, 2024]] }) }) },
  },
  'unknown-label': { files: { 'a.csv': csv('Mått-id;Kommunkod;Period;Kön;Värde;Färg', 'L1;0182;2024;T;1;blå') }, at: { file: 'a.csv', cell: 'F1' } },
  'type-error': { files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', '12,5 st']) }) }, at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'E2' }, example: { pick: (e) => [after(e)], files: (v) => ({ 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', v]) }) }) } },
  'ambiguous-number': { files: { 'a.csv': longCsv('L2;0182;2024;T;1.234,5') }, at: { file: 'a.csv', cell: 'E2' }, example: { pick: (e) => [e.replace(/\.$/, '').split(/: | or /).pop()!], files: (v) => ({ 'a.csv': longCsv(`L2;0182;2024;T;${v}`) }) } },
  'missing-cell': { files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', null, 'T', 1]) }) }, at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'C2' }, example: { pick: (e) => [after(e)], files: (v) => ({ 'a.xlsx': workbook({ Blad1: long(['L1', '0182', v, 'T', 1]) }) }) } },
  'extra-cell': { files: { 'a.csv': longCsv('L1;0182;2024;T;1;5') }, at: { file: 'a.csv', cell: 'F2' } },
  'blank-row': { files: { 'a.csv': longCsv('L1;0182;2024;T;1', ';;;;', 'L1;0182;2023;T;2') }, at: { file: 'a.csv', cell: 'A3' } },
  'formula-error-cell': {
    files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 1]) }, (wb) => void (wb.Sheets.Blad1.E2 = { t: 'e', v: 7, w: '#DIV/0!' })) },
    at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'E2' },
  },
  'merged-cell': {
    files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 1], ['L1', null, 2023, 'T', 2]) }, (wb) => void (wb.Sheets.Blad1['!merges'] = [XLSX.utils.decode_range('B2:B3')])) },
    at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'B2' },
  },
  'hidden-row': {
    files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 1], ['L1', '0182', 2023, 'T', 2]) }, (wb) => void (wb.Sheets.Blad1['!rows'] = [{}, {}, { hidden: true }])) },
    at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'A3' },
  },
  'hidden-column': {
    files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 1]) }, (wb) => void (wb.Sheets.Blad1['!cols'] = [{}, {}, {}, { hidden: true }])) },
    at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'D1' },
  },
  'period-format': {
    files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 'våren', 'T', 1]) }) },
    at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'C2' },
    example: { pick: (e) => e.match(/\d{4}[^\s,.]*/g)!, files: (p) => ({ 'a.xlsx': workbook({ Blad1: long(['L1', '0182', p, 'T', 1]) }) }) },
  },
  'area-code': { files: { 'a.xlsx': workbook({ Blad1: long(['L1', 182, 2024, 'T', 1]) }) }, at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'B2' }, example: { pick: (e) => [after(e)], files: (code) => ({ 'a.xlsx': workbook({ Blad1: long(['L1', code, 2024, 'T', 1]) }) }) } },
  'unknown-area': { files: { 'a.xlsx': workbook({ Blad1: long(['L1', 'Atlantis', 2024, 'T', 1]) }) }, at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'B2' }, example: { pick: (e) => [e.match(/\((\d{4})\)/)![1]], files: (code) => ({ 'a.xlsx': workbook({ Blad1: long(['L1', code, 2024, 'T', 1]) }) }) } },
  'unlisted-area': { files: { 'a.csv': longCsv('L1;0999;2024;T;1') }, at: { file: 'a.csv', cell: 'B2' } },
  'unknown-unit': { files: { 'a.csv': csv('Mått-id;Enhets-id;Period;Kön;Värde', 'L1;SKOLA-9;2024;T;1') }, at: { file: 'a.csv', cell: 'B2' } },
  'gender-code': { files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'X', 1]) }) }, at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'D2' }, example: { pick: (e) => e.match(/\b[TKM](?= \()/g)!, files: (g) => ({ 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, g, 1]) }) }) } },
  'status-code': {
    files: { 'a.csv': csv('Mått-id;Kommunkod;Period;Kön;Värde;Status', 'L1;0182;2024;T;;okänd') },
    at: { file: 'a.csv', cell: 'F2' },
    example: { pick: (e) => e.match(/(?:^|, | eller | or )(\S+) \(/g)!.map((m) => m.replace(/^(, | eller | or )/, '').replace(/ \($/, '')), files: (s) => ({ 'a.csv': csv('Mått-id;Kommunkod;Period;Kön;Värde;Status', `L1;0182;2024;T;;${s}`) }) },
  },
  'out-of-range': { files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 140]) }) }, at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'E2' }, example: { pick: (e) => e.match(/\d+(?:[,.]\d+)?/g)!, files: (v) => ({ 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', v]) }) }) } },
  // Reported at the cell holding the unknown id, not at the row's value.
  'unknown-indicator': { files: { 'a.xlsx': workbook({ Blad1: long(['X9', '0182', 2024, 'T', 1]) }) }, at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'A2' }, example: { pick: (e) => [after(e)], files: (id) => ({ 'a.xlsx': workbook({ Blad1: long([id, '0182', 2024, 'T', 1]) }) }) } },
  'conflicting-value': { files: { 'a.csv': longCsv('L1;0182;2024;T;1'), 'b.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', 2]) }) }, at: { file: 'b.xlsx', sheet: 'Blad1', cell: 'E2' } },
  'duplicate-row': { files: { 'a.csv': longCsv('L1;0182;2024;T;1', 'L1;0182;2024;T;1') }, at: { file: 'a.csv', cell: 'E3' } },
  'duplicate-indicator': { files: { 'mer.csv': 'Mått-id;Titel;Enhet;Decimaler;Riktning;Verksamhetsområde\nL1;Igen;%;1;neutral;Miljö\n' }, at: { file: 'mer.csv', cell: 'A2' } },
  'target-without-year': {
    files: { 'mal.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde', 'Mål', 'Målår'], ['L3', 'Tre', '%', 'högre är bättre', 'Miljö', 80, null]] }) },
    // The empty year cell is the one to fill.
    at: { file: 'mal.xlsx', sheet: 'Mått', cell: 'G2' },
    example: { pick: (e) => [after(e)], files: (year) => ({ 'mal.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde', 'Mål', 'Målår'], ['L3', 'Tre', '%', 'högre är bättre', 'Miljö', 80, year]] }) }) },
  },
  'date-format': {
    files: { 'm.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde', 'Nästa uppdatering'], ['L3', 'Tre', '%', 'neutral', 'Miljö', 'snart']] }) },
    at: { file: 'm.xlsx', sheet: 'Mått', cell: 'F2' },
    example: { pick: (e) => [after(e)], files: (date) => ({ 'm.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde', 'Nästa uppdatering'], ['L3', 'Tre', '%', 'neutral', 'Miljö', date]] }) }) },
  },
  'invalid-value': {
    files: { 'm.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde'], ['L3', 'Tre', '%', 'åt sidan', 'Miljö']] }) },
    at: { file: 'm.xlsx', sheet: 'Mått', cell: 'D2' },
    example: { pick: quoted, files: (direction) => ({ 'm.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde'], ['L3', 'Tre', '%', direction, 'Miljö']] }) }) },
  },
  'schema-error': {
    files: { 'm.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde'], ['L3', 'T'.repeat(400), '%', 'neutral', 'Miljö']] }) },
    at: { file: 'm.xlsx', sheet: 'Mått', cell: 'A2' },
  },
  'trailing-space': { files: { 'a.csv': longCsv('L1 ;0182;2024;T;1') }, at: { file: 'a.csv', cell: 'A2' } },
  'control-character': {
    files: { 'm.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde'], ['L3', 'Tre\u0007', '%', 'neutral', 'Miljö']] }) },
    at: { file: 'm.xlsx', sheet: 'Mått', cell: 'B2' },
  },
  'preliminary-value': { files: { 'a.xlsx': workbook({ Blad1: long(['L1', '0182', 2024, 'T', '74*']) }) }, at: { file: 'a.xlsx', sheet: 'Blad1', cell: 'E2' } },
  'invoice-amount': {
    files: { 'leverantorsreskontra/2024-03.csv': invoices(INVOICE('1', '1,234')) },
    at: { file: 'leverantorsreskontra/2024-03.csv', cell: 'I2' },
    example: { pick: (e) => e.match(/-?\d[\d ]*[.,]\d\d/g) ?? [], files: (amount) => ({ 'leverantorsreskontra/2024-03.csv': invoices(INVOICE('1', amount)) }) },
  },
  'invoice-org-number': { files: { 'leverantorsreskontra/2024-03.csv': invoices('2120009994;Exempelkommun;1;Bygg AB;556000-0018;4010;Material;2024-03-05;10;') }, at: { file: 'leverantorsreskontra/2024-03.csv', cell: 'E2' } },
  'invoice-supplier-id': { files: { 'leverantorsreskontra/2024-03.csv': invoices('2120009994;Exempelkommun;1;Bygg AB;L-123;4010;Material;2024-03-05;10;') }, at: { file: 'leverantorsreskontra/2024-03.csv', cell: 'E2' } },
  'invoice-outside-period': { files: { 'leverantorsreskontra/2024-03.csv': invoices(INVOICE('1', '10', '2024-04-01')) }, at: { file: 'leverantorsreskontra/2024-03.csv', cell: 'H2' } },
  'invoice-conflict': {
    files: { 'leverantorsreskontra/a-2024.csv': invoices(INVOICE('7', '10')), 'leverantorsreskontra/b-2024.csv': invoices(INVOICE('1', '5'), INVOICE('7', '11')) },
    at: { file: 'leverantorsreskontra/b-2024.csv', cell: 'C3' },
  },
  'invoice-duplicate': {
    files: { 'leverantorsreskontra/a-2024.csv': invoices(INVOICE('7', '10')), 'leverantorsreskontra/b-2024.csv': invoices(INVOICE('7', '10')) },
    at: { file: 'leverantorsreskontra/b-2024.csv', cell: 'C2' },
  },
  'invoice-municipality': {
    files: { 'site.json': SITE_JSON, 'leverantorsreskontra/2024-03.csv': invoices(`${INVOICE('1', '10')}9999`) },
    at: { file: 'leverantorsreskontra/2024-03.csv', cell: 'J2' },
  },
  'invoice-personal-data': { files: { 'leverantorsreskontra/2024-03.csv': invoices('2120009994;Exempelkommun;1;Bygg AB;556000-0019;4010;Ersättning 19121212-1212;2024-03-05;10;') }, at: { file: 'leverantorsreskontra/2024-03.csv', cell: 'G2' } },
  'unknown-kolada-indicator': {
    files: { 'kolada/N15428.json': JSON.stringify({ count: 1, values: [{ kpi: 'N15428', municipality: '0182', period: 2024, values: [{ count: 1, gender: 'T', status: '', value: 74 }] }] }) },
    at: { file: 'kolada/N15428.json' },
  },
  'config-missing': { files: {}, at: { file: 'site.json' }, initHint: '' },
  'config-placeholder': { files: { 'site.json': siteJson() }, at: { file: 'site.json' } },
  'logo-missing': { files: { 'site.json': siteJson({ logo: 'logo.svg' }) }, at: { file: 'site.json' } },
  'logo-format': { files: { 'site.json': siteJson({ logo: 'logo.png' }), 'logo.png': '<svg xmlns="http://www.w3.org/2000/svg"/>' }, at: { file: 'logo.png' } },
  'logo-unsafe': {
    files: { 'site.json': siteJson({ logo: 'logo.svg' }), 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>' },
    at: { file: 'logo.svg' },
  },
  'logo-too-large': {
    files: { 'site.json': siteJson({ logo: 'logo.svg' }), 'logo.svg': `<svg xmlns="http://www.w3.org/2000/svg"><!-- ${'x'.repeat(210_000)} --></svg>` },
    at: { file: 'logo.svg' },
  },
  'hard-to-read': {
    files: { 'm.xlsx': workbook({ Mått: [['Mått-id', 'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde', 'Lättläst'], ['L3', 'Tre', '%', 'neutral', 'Miljö', 'Måttet visar t.ex. hur många som är nöjda.']] }) },
    at: { file: 'm.xlsx', sheet: 'Mått', cell: 'F2' },
  },
  'logo-small': { files: { 'site.json': siteJson({ logo: 'logo.png' }), 'logo.png': png(20, 10) }, at: { file: 'logo.png' } },
  // The dialogue (data/dialog/, src/dialog/).
  'personal-data': { files: { 'dialog/fragor.csv': csv('Mått-id;Frågedatum;Fråga', 'L1;2025-01-10;Ring mig på 070-123 45 67 om ni undrar') }, at: { file: 'dialog/fragor.csv', cell: 'C2' } },
  'date-order': { files: { 'dialog/fragor.csv': csv('Mått-id;Frågedatum;Fråga;Svar;Svarsdatum', 'L1;2025-02-10;Varför?;Därför.;2025-01-10') }, at: { file: 'dialog/fragor.csv', cell: 'E2' } },
  'status-date-mismatch': { files: { 'dialog/logg.csv': csv('Senast uppdaterad: 2025-10-15', '', 'Dialog-id;Titel;Start;Form;Status', 'd-1;Ett möte;2025-03-01;möte;planerad') }, at: { file: 'dialog/logg.csv', cell: 'E4' } },
  'duplicate-dialogue': {
    files: { 'dialog/logg.xlsx': workbook({ Dialoger: [DIALOGUE_HEADER, ['d-1', 'Ett möte', '2025-03-01', 'möte', 'genomförd'], ['d-1', 'Ett till', '2025-04-01', 'möte', 'genomförd']] }) },
    at: { file: 'dialog/logg.xlsx', sheet: 'Dialoger', cell: 'A3' },
  },
  // Budget and outcome (data/budget/)
  'budget-unit-missing': { files: { 'budget/a.csv': csv('Verksamhet;År;Budget;Utfall', 'Skola;2024;100;110') }, at: { file: 'budget/a.csv', cell: 'C1' } },
  'budget-unit-conflict': { files: { 'budget/a.csv': csv('Verksamhet;År;Budget (tkr);Utfall (mnkr)', 'Skola;2024;100;0,1') }, at: { file: 'budget/a.csv', cell: 'C1' } },
  'budget-period': {
    files: { 'budget/a.xlsx': workbook({ Drift: [['Verksamhet', 'Period', 'Budget (tkr)', 'Utfall (tkr)'], ['Skola', '2024Q1', 100, 110]] }) },
    at: { file: 'budget/a.xlsx', sheet: 'Drift', cell: 'B2' },
  },
  'budget-negative-costs': { files: { 'budget/a.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr)', 'Skola;2024;-100;-110') }, at: { file: 'budget/a.csv', cell: 'C1' } },
  'budget-deviation': { files: { 'budget/a.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr);Avvikelse (tkr)', 'Skola;2024;100;110;5') }, at: { file: 'budget/a.csv', cell: 'E2' } },
  'budget-measure': { files: { 'budget/a.csv': csv('Verksamhet;År;Typ;Belopp (tkr)', 'Skola;2024;Budgett;100') }, at: { file: 'budget/a.csv', cell: 'C2' } },
  'budget-no-amount': { files: { 'budget/a.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr)', 'Skola;2024;;', 'Vård;2024;5;6') }, at: { file: 'budget/a.csv', cell: 'C2' } },
  'budget-population': {
    files: { 'budget/a.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr);Invånare', 'Skola;2024;100;110;12,5') },
    at: { file: 'budget/a.csv', cell: 'E2' },
    example: { pick: (e) => [after(e).replace(/,$/, '')], files: (residents) => ({ 'budget/a.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr);Invånare', `Skola;2024;100;110;${residents}`) }) },
  },
  'budget-no-population': { files: { 'budget/a.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr)', 'Skola;2024;100;110') }, at: { file: 'budget/a.csv' } },
};

/** The quoted examples in a text: ”Värde” or "Value". */
function quoted(text: string): string[] {
  return [...text.matchAll(/[”"]([^”"]+)[”"]/g)].map((m) => m[1]);
}
/** The example after "t.ex." / "e.g.", without the sentence's full stop. */
function after(text: string): string {
  const m = /(?:t\.ex\.|e\.g\.) (\S+?)\.?(?:\s|$)/.exec(text);
  if (!m) throw new Error(`no example in ${JSON.stringify(text)}`);
  return m[1];
}

/**
 * Codes whose "Förväntat" describes rather than gives a value to write where the problem was, and why.
 */
const DESCRIBES: Partial<Record<ProblemCode, string>> = {
  'invoice-org-number': 'states the form of an organisation number; the fix is the supplier\'s real number, which no example can give',
  'invoice-supplier-id': 'asks for the supplier\'s own organisation number, which no example can give',
  'invoice-outside-period': 'states the rule (the file\'s month); the fix is to move the row or rename the file',
  'invoice-conflict': 'states the rule; the fix is to delete one of the two bookings',
  'invoice-municipality': 'the site\'s own code, given in the message itself',
  'personal-data': 'states what must not be there; the fix is to remove it',
  'date-order': 'states the order of two cells; the fix is either date',
  'status-date-mismatch': 'states which status fits which dates; the fix may be the status or a date',
  'duplicate-dialogue': 'any id not used already; the fix is a new id',
  'budget-unit-missing': 'names the units and where to write them; the file\'s unit is the controller\'s to state',
  'budget-unit-conflict': 'states the rule; the fix is to convert the amounts',
  'budget-period': 'states the forms a period takes; which period is the controller\'s',
  'budget-deviation': 'a formula over other cells; the fix is in whichever cell is wrong',
  'budget-measure': 'lists the words read; the fix is one of them or a mapping',
  'budget-no-amount': 'states the rule; the fix is an amount or deleting the row',
  'unsupported-file': 'lists the file types read; the fix is to move the file away',
  'encoding-error': 'names the encodings; the fix is to save the file again from Excel',
  'json-syntax': 'a whole Kolada response, not a value',
  'mapping-invalid': 'points to the schema and the README',
  'config-invalid': 'points to the schema',
  'unknown-label': 'points to the README: any recognised header',
  'extra-cell': 'a count of columns: the fix is to remove the cell',
  'formula-error-cell': 'the fix is in the formula of the source workbook',
  'merged-cell': 'the fix is to unmerge the cells',
  'conflicting-value': 'the fix is to delete one of the two rows',
  'config-missing': 'names the command that writes site.json, not a value',
  'config-placeholder': 'asks for the municipality\'s own details, which no example can give',
  'logo-missing': 'about the logo file beside site.json: the fix is another image, not a value in a cell',
  'logo-format': 'about the logo file beside site.json: the fix is another image, not a value in a cell',
  'logo-unsafe': 'about the logo file beside site.json: the fix is another image, not a value in a cell',
  'logo-too-large': 'about the logo file beside site.json: the fix is another image, not a value in a cell',
  'logo-small': 'about the logo file beside site.json: the fix is another image, not a value in a cell',
  'hard-to-read': 'states the plain-language rules; the fix is to rewrite the sentence',
  'unknown-kolada-indicator': 'names where the description should come from (the catalogue or Kolada\'s KPI catalogue), not a value',
};

const roots: string[] = [];
afterAll(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
});

function listOf(findings: Finding[]): ProblemList {
  const list = new ProblemList();
  list.addAll(findings);
  return list;
}

async function folder(files: Files): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'oppna-codes-'));
  roots.push(root);
  for (const [name, content] of Object.entries({ ...BASE, ...files })) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), content);
  }
  return root;
}

describe('every error code names its place', () => {
  for (const [code, c] of Object.entries(CASES) as [ProblemCode, Case][]) {
    it(code, async () => {
      const root = await folder(c.files);
      const result: IngestResult = c.direct
        ? { problems: listOf(await c.direct(root)), files: [], counts: { files: 0, indicators: 0, observations: 0, values: 0 }, sections: new Map() }
        : await ingest(root, { requireConfig: c.requireConfig ?? false, ...(c.initHint !== undefined ? { initHint: c.initHint } : {}), ...(c.limits ? { limits: c.limits } : {}), ...(c.isolation ? { isolation: c.isolation } : {}) });
      const found = result.problems.findings.filter((f) => f.code === code);
      expect(found.map((f) => `${f.file} ${f.sheet ?? ''} ${f.cell ?? ''}`), `findings: ${JSON.stringify(result.problems.findings.map((f) => [f.code, f.file, f.sheet, f.cell]))}`).toContainEqual(
        `${c.at.file} ${c.at.sheet ?? ''} ${c.at.cell ?? ''}`,
      );
      // The place appears in the text a controller reads, in both languages.
      for (const lang of ['sv', 'en'] as const) {
        const text = formatReportText(buildReport(result, lang));
        const line = text.split('\n').find((l) => l.includes(`[${code}]`) && l.includes(c.at.file));
        expect(line, text).toBeDefined();
        if (c.at.sheet) expect(line).toContain(c.at.sheet);
        if (c.at.cell && c.at.sheet) expect(line).toContain(c.at.cell);
        if (c.at.cell && !c.at.sheet) expect(line).toMatch(lang === 'sv' ? /rad \d+, kolumn [A-Z]+/ : /row \d+, column [A-Z]+/);
      }
      // Errors stop the run; warnings alone do not.
      expect(result.dataset === undefined).toBe(catalogue[code].severity === 'error' || result.problems.hasErrors);
    });
  }

  it('has a case for every code in the catalogue', () => {
    for (const [code, entry] of Object.entries(catalogue) as [ProblemCode, (typeof catalogue)[ProblemCode]][]) {
      // Every "Förväntat" either gives an example that is checked below or says why it gives none.
      if ('expected' in entry.sv) expect(CASES[code].example !== undefined || DESCRIBES[code] !== undefined, code).toBe(true);
    }
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(catalogue).sort());
  });
});

describe('the example in "Förväntat" passes the check that failed', () => {
  const run = async (files: Files, c: Case) =>
    ingest(await folder(files), { requireConfig: c.requireConfig ?? false, ...(c.limits ? { limits: c.limits } : {}), ...(c.isolation ? { isolation: c.isolation } : {}) });
  const place = (f: { file: string; sheet?: string; cell?: string }) => `${f.file} ${f.sheet ?? ''} ${f.cell ?? ''}`;

  for (const [code, c] of Object.entries(CASES) as [ProblemCode, Case][]) {
    if (!c.example) continue;
    const { pick, files } = c.example;
    it(code, async () => {
      const found = (await run(c.files, c)).problems.findings.find((f) => f.code === code && place(f) === place(c.at));
      expect(found, code).toBeDefined();
      for (const lang of ['sv', 'en'] as const) {
        const expected = formatProblem(found!, lang).expected!;
        const examples = pick(expected);
        expect(examples.length, expected).toBeGreaterThan(0);
        for (const example of examples) {
          // The example written where the problem was: the check that failed now passes.
          const after = (await run(files(example), c)).problems.findings.filter((f) => f.code === code);
          expect(after.map(place), `${lang}: ${expected} → ${JSON.stringify(example)}`).toEqual([]);
        }
      }
    });
  }
});
