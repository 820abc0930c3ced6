// Property tests of the whole importer (ingest: read in the isolated reader,
// normalise, validate) on random input: it never throws, every finding is a
// catalogue code with a file, and whatever it publishes validates. A crash is a
// failing test. numRuns stay modest: each workbook starts a reader thread.
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest.ts';
import { catalogue } from '../../src/problems/catalogue.ts';
import { explainErrors, validateObservation } from '../../src/validate/schemas.ts';
import { BASE } from './corpus.ts';

const work = await mkdtemp(join(tmpdir(), 'oppna-fuzz-'));
afterAll(() => rm(work, { recursive: true, force: true }));

let runs = 0;
async function ingestFolder(files: Record<string, string | Uint8Array>): Promise<IngestResult> {
  const dir = join(work, `run-${++runs}`);
  await mkdir(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  try {
    return await ingest(dir, { requireConfig: false });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function expectSound(result: IngestResult): void {
  expect(result.problems.findings.length > 0 || result.dataset !== undefined, 'findings or a dataset').toBe(true);
  for (const f of result.problems.findings) {
    expect(Object.hasOwn(catalogue, f.code), `${f.code} is in the catalogue`).toBe(true);
    expect(typeof f.file).toBe('string');
    expect(f.file.length).toBeGreaterThan(0);
  }
  for (const list of result.dataset?.observations.values() ?? []) {
    for (const o of list) expect(validateObservation(o), JSON.stringify({ o, errors: explainErrors('observation', o) })).toBe(true);
  }
}

const XLSX_BYTES = new Uint8Array(
  XLSX.write(
    (() => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Mått-id', 'Kommunkod', 'Period', 'Kön', 'Värde'], ['L2', '0182', 2024, 'T', 1]]), 'Blad1');
      return wb;
    })(),
    { type: 'buffer', bookType: 'xlsx' },
  ) as Buffer,
);

describe('random bytes', () => {
  const prefixes: [string, Uint8Array][] = [
    ['none', new Uint8Array(0)],
    ['zip local header', new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
    ['CFB header', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['UTF-16 BOM', new Uint8Array([0xff, 0xfe])],
  ];
  const input = fc.record({
    prefix: fc.oneof(
      fc.constantFrom(...prefixes.map(([, p]) => p)),
      // The first part of a real xlsx: a valid start, then anything.
      fc.integer({ min: 30, max: XLSX_BYTES.length - 1 }).map((n) => XLSX_BYTES.subarray(0, n)),
    ),
    body: fc.uint8Array({ maxLength: 2048 }),
    ext: fc.constantFrom('csv', 'xlsx', 'json', 'xls', 'ods', 'tsv'),
  });

  it('never throw, and always give findings or a dataset', async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ prefix, body, ext }) => {
        const bytes = new Uint8Array(prefix.length + body.length);
        bytes.set(prefix);
        bytes.set(body, prefix.length);
        expectSound(await ingestFolder({ [`slump.${ext}`]: bytes }));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('a real xlsx with random bytes overwritten never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 }), async (edits) => {
        const bytes = XLSX_BYTES.slice();
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        expectSound(await ingestFolder({ ...BASE, 'andrad.xlsx': bytes }));
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

// Headers from the synonym lists, plus names that have hurt parsers before, plus junk.
const HEADERS = [
  'Mått-id', 'Kommunkod', 'Period', 'Kön', 'Värde', 'Status', 'Antal svar', 'Kommentar', 'Preliminär', 'Enhets-id', 'År', 'kpi', 'municipality_id', 'value', 'gender',
  'Titel', 'Enhet', 'Riktning', 'Verksamhetsområde', 'Decimaler', 'Mål', 'Målår', 'Kod', 'Namn', 'Typ', '2023', '2024', '__proto__', 'constructor', 'toString', '', ' Värde ',
];
type SheetCell = string | number | boolean | Date | null | { t: 'e'; v: number };
const cell: fc.Arbitrary<SheetCell> = fc.oneof(
  fc.constantFrom<SheetCell>('L1', 'L2', 'X9', '0182', '0000', '182', 'Nacka', 'Riket', 2024, 2023, '2023/24', '2024Q1', 'T', 'K', 'M', 'X', '', null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.constantFrom<SheetCell>('12,5', '1 234,5', '1.234,5', '1,234.5', '12,5 st', '—', '..', '-', '74*', 'Infinity', '=1+1', '@SUM(1)', 'a;b', 'a,b', '"x"', '\u202e', '\u0000x'),
  fc.boolean(),
  fc.constantFrom(0x07, 0x2a, 0x17, 0x0f).map((v): SheetCell => ({ t: 'e', v })),
  fc.date({ min: new Date(Date.UTC(1899, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.string({ maxLength: 12 }),
);
// Column-appropriate values, valid but odd (codes as numbers, separators, symbols, dates), most of
// the time; anything at all now and then.
const POOLS = new Map<string, fc.Arbitrary<SheetCell>>([
  ['Mått-id', fc.oneof({ weight: 12, arbitrary: fc.constantFrom<SheetCell>('L1', 'L2', ' L2 ') }, { weight: 1, arbitrary: fc.constant<SheetCell>('X9') })],
  ['Kommunkod', fc.oneof({ weight: 12, arbitrary: fc.constantFrom<SheetCell>('0182', '0000', 'Nacka', 'Riket') }, { weight: 1, arbitrary: fc.constant<SheetCell>(182) })],
  ['Period', fc.constantFrom<SheetCell>(2024, 2023, '2024', '2023/24', '2024Q1', '2024-03')],
  ['Kön', fc.constantFrom<SheetCell>('T', 'K', 'M', 'kvinnor', 'Totalt', null)],
  ['Värde', fc.oneof({ weight: 8, arbitrary: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom<SheetCell>('12,5', '99,9', '..', null, '74*')) }, { weight: 1, arbitrary: fc.constantFrom<SheetCell>(true, '1 000', -0, 1e-300) })],
  ['Status', fc.constantFrom<SheetCell>(null, '', '..')],
  ['Antal svar', fc.constantFrom<SheetCell>(null, 12, '12', 0)],
  ['Kommentar', fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom<SheetCell>('=1+1', '@SUM(1)', '-2+3', 'a\u202eb', '<script>'))],
  ['Preliminär', fc.constantFrom<SheetCell>(null, 'ja', true, false)],
]);
/** Null three times in four: each oddity alone, seldom all at once (any error stops publishing). */
const rarely = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: a });

const sheet = fc
  .record({
    // The four required columns, some optional ones, in any order.
    header: fc.shuffledSubarray(['Kön', 'Status', 'Antal svar', 'Kommentar', 'Preliminär']).chain((optional) => {
      const all = ['Mått-id', 'Kommunkod', 'Period', 'Värde', ...optional];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    }),
    // Mostly one period per row, so that rows seldom collide as duplicates.
    distinctPeriods: fc.boolean(),
    extra: rarely(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 10 }))),
    title: fc.boolean(),
    rowCount: fc.integer({ min: 1, max: 8 }),
    noise: rarely(fc.array(fc.tuple(fc.nat(8), fc.nat(10), cell), { minLength: 1, maxLength: 2 })),
    merges: rarely(fc.array(fc.tuple(fc.nat(10), fc.nat(9), fc.nat(2), fc.nat(2)), { minLength: 1, maxLength: 2 })),
    hiddenRows: rarely(fc.array(fc.nat(10), { minLength: 1, maxLength: 2 })),
    hiddenCols: rarely(fc.array(fc.nat(9), { minLength: 1, maxLength: 1 })),
    bookType: fc.constantFrom<XLSX.BookType>('xlsx', 'xlsx', 'xlsx', 'ods', 'biff8'),
  })
  .chain((s) => {
    const header: string[] = s.extra === null ? s.header : [...s.header, s.extra];
    const row = fc.tuple(...header.map((h) => POOLS.get(h) ?? cell));
    return fc.array(row, { minLength: s.rowCount, maxLength: s.rowCount }).map((data) => {
      const rows: SheetCell[][] = [];
      if (s.title) rows.push(['Resultat 2024 – Nacka']);
      const p = header.indexOf('Period');
      if (s.distinctPeriods) (data as SheetCell[][]).forEach((row, r) => (row[p] = 2010 + r));
      rows.push(header, ...(data as SheetCell[][]));
      for (const [r, c, v] of s.noise ?? []) if (rows[r]) rows[r][c] = v;
      return { ...s, merges: s.merges ?? [], hiddenRows: s.hiddenRows ?? [], hiddenCols: s.hiddenCols ?? [], rows };
    });
  });

type Sheet = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function workbookBytes(s: Sheet): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(s.rows as unknown[][], { cellDates: true });
  ws['!merges'] = s.merges.map(([r, c, h, w]) => ({ s: { r, c }, e: { r: r + h, c: c + w } }));
  ws['!rows'] = [];
  for (const r of s.hiddenRows) ws['!rows'][r] = { hidden: true };
  ws['!cols'] = [];
  for (const c of s.hiddenCols) ws['!cols'][c] = { hidden: true };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Blad1');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: s.bookType }) as Buffer);
}

describe('random valid-but-odd spreadsheets', () => {
  it('never throw; findings carry catalogue codes and a file; published observations validate', async () => {
    let published = 0;
    await fc.assert(
      fc.asyncProperty(sheet, async (s) => {
        const ext = s.bookType === 'biff8' ? 'xls' : s.bookType;
        const result = await ingestFolder({ ...BASE, [`slump.${ext}`]: workbookBytes(s) });
        expectSound(result);
        for (const list of result.dataset?.observations.values() ?? []) published += list.filter((o) => o.source.file.startsWith('slump')).length;
      }),
      { numRuns: 40 },
    );
    // Odd, not hopeless: some of these sheets do publish observations.
    expect(published).toBeGreaterThan(0);
  }, 60_000);
});
