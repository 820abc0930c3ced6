// Privacy before anything is written: sole traders (whose id is a personnummer), rows the export
// masked, a company on the mask list, a personnummer inside other text, and the real Oxford
// council file's refunds to private persons ("MR …", masked by a name rule in its mapping). None of
// their names or numbers may reach the written data, the downloads, the API or the bulk zip, and
// their amounts still count in every total. The built-site tests prove the same for the pages, the
// search index, the feeds and the sitemap of the example site.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { InvoiceSummary } from '../../src/model/types.gen.ts';
import { findPersonalDataInSite } from '../../src/verify/personalData.ts';
import { describeShared, shared } from '../support/sharedData.ts';
import { listFiles, publish, publishedTexts } from './publish.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/invoices-privacy/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'oppna-invoice-privacy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What must never be published: the persons' names and numbers, also without hyphen and century. */
const SECRETS = [
  'Anna Andersson', '19121212-1212', '121212-1212', '1212121212',
  'Bertil Berg', '850709-9805', '8507099805',
  'Cecilia Ceder', '19900101-9927', '900101-9927',
  'Dragan Drake', '701063-2391', '7010632391',
  'Eva Ek Fotvård', '0501019806', '050101-9806',
  'G*** H****',
  'Fredrik och Frida Fisk', '916000-0015', '9160000015',
];

function expectNothingOf(texts: Map<string, string>, secrets: readonly string[]): void {
  const leaks = [...texts].flatMap(([file, text]) => secrets.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`));
  expect(leaks).toEqual([]);
}

describe('the privacy fixture, published without pages', async () => {
  const out = await publish(FIXTURE, join(tmp, 'fixture'));
  const texts = new Map<string, string>([...publishedTexts(out.data)].map(([f, t]) => [`data/${f}`, t]));
  for (const [f, t] of publishedTexts(out.files)) texts.set(`files/${f}`, t);

  it('writes invoice data, downloads, API documents and the bulk zip', () => {
    const names = [...texts.keys()];
    for (const expected of ['data/leverantorsreskontra/summary.json', 'files/oppna-data/leverantorsreskontra/leverantorsreskontra-2024.csv', 'files/api/v1/leverantorsreskontra/2024/2024-05.json', 'files/oppna-data/alla-resultat.zip/leverantorsreskontra.csv', 'files/oppna-data/alla-resultat.zip/leverantorsreskontra.json']) {
      expect(names, expected).toContain(expected);
    }
  });

  it('publishes no name or number of a sole trader, an export-masked row or a mask-listed supplier', () => {
    expectNothingOf(texts, SECRETS);
  });

  it('the gate rule finds no personnummer in any published text, zip entry included', async () => {
    expect(await findPersonalDataInSite(out.files, listFiles(out.files), new Set(['belopp', 'varde']))).toEqual([]);
    expect(await findPersonalDataInSite(out.data, listFiles(out.data), new Set())).toEqual([]);
  });

  it('keeps their amounts in every total, in one unnamed group', () => {
    const summary = JSON.parse(texts.get('data/leverantorsreskontra/summary.json')!) as InvoiceSummary;
    const year = summary.years[0];
    // Persons: 1000,50 + 2000,50 + 3000,50 + 4000,50 + 5000,50; export-masked: 777 + 888; mask list: 555,55.
    expect(year.masked).toEqual({ total: 15002.5 + 777 + 888 + 555.55, count: 8 });
    expect(year.total).toBe(15002.5 + 777 + 888 + 555.55 + 20000 + 20001 + 999);
    expect(year.suppliers).toBe(2);
    const rows = Papa.parse<Record<string, string>>(texts.get('files/oppna-data/leverantorsreskontra/leverantorsreskontra-2024.csv')!, { header: true, skipEmptyLines: true }).data;
    expect(rows.filter((r) => r.leverantor === '[innehåller personuppgifter]' && r.leverantor_id === '')).toHaveLength(8);
  });

  it('removes a personnummer from any other text of a row, and says so', () => {
    const rows = JSON.parse(texts.get('files/api/v1/leverantorsreskontra/2024/2024-05.json')!) as Record<string, string>[];
    const row = rows.find((r) => r.belopp === (999 as unknown as string))!;
    expect(row.konto_text).toBe('Ersättning avser [personuppgift borttagen]');
    expect(row.fakturanummer).toBe('Ref [personuppgift borttagen]');
  });
});

describe('the gate rule itself', () => {
  const site = mkdtempSync(join(tmp, 'gate-'));
  const put = (path: string, content: string | Uint8Array) => {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), content);
  };

  it('finds a personnummer in a page, a JSON string, a CSV cell, a feed, a search fragment and a zip entry', async () => {
    const { zipSync } = await import('fflate');
    const { gzipSync } = await import('node:zlib');
    put('a/index.html', '<p>Leverantör 19121212-1212</p>');
    put('b.json', JSON.stringify({ namn: 'x', id: '8507099805' }));
    put('c.csv', 'namn,id\r\nx,900101-9927\r\n');
    put('d.xml', '<entry><title>701063-2391</title></entry>');
    put('pagefind/fragment/sv_1.pf_fragment', gzipSync(Buffer.from('pagefind_dcd{"content":"Anna 121212+1212"}')));
    put('e.zip', zipSync({ 'tabell.csv': Buffer.from('id\r\n0501019806\r\n') }));
    const problems = await findPersonalDataInSite(site, listFiles(site), new Set());
    expect(problems.map((p) => [p.file, p.rule])).toEqual([
      ['a/index.html', 'personal-data'],
      ['b.json', 'personal-data'],
      ['c.csv', 'personal-data'],
      ['d.xml', 'personal-data'],
      ['e.zip/tabell.csv', 'personal-data'],
      ['pagefind/fragment/sv_1.pf_fragment', 'personal-data'],
    ]);
    // The report never repeats the whole number.
    expect(problems.map((p) => p.detail).join(' ')).not.toMatch(/1212-1212|9927|2391|9806/);
    expect(problems[0].detail).toContain('19121212-****');
  });

  it('leaves alone what is not a person: organisation numbers, dates, decimals, hashes, JSON numbers, numeric CSV columns', async () => {
    const clean = mkdtempSync(join(tmp, 'clean-'));
    const write = (path: string, content: string) => {
      mkdirSync(join(clean, path, '..'), { recursive: true });
      writeFileSync(join(clean, path), content);
    };
    write('a.html', '<p>556000-0019 2024-03-05 20240305 1212121212.50 12.1212121212 belopp 1 212 121 212 kr</p>');
    write('b.json', JSON.stringify({ sha256: 'ab1212121212cdef0123456789abcdef0123456789abcdef0123456789abcdef', value: 1212121212 }));
    write('c.csv', 'varde,namn\r\n1212121212,x\r\n');
    expect(await findPersonalDataInSite(clean, listFiles(clean), new Set(['varde']))).toEqual([]);
  });
});

describeShared('the real Oxford council file (OGL v3.0), read in place through a mapping', async () => {
  const SOURCE = shared('leverantorsreskontra', 'oxford-expenditure-over-500', 'expenditure-over-500-jan-mar-2018.csv');
  const dir = join(tmp, 'oxford');
  // The file is copied into a temporary data folder for the run, never into the repository.
  mkdirSync(join(dir, 'leverantorsreskontra'), { recursive: true });
  for (const f of ['site.json', 'matt.csv', 'omraden.csv', 'resultat.csv']) copyFileSync(join(FIXTURE, f), join(dir, f));
  copyFileSync(SOURCE, join(dir, 'leverantorsreskontra', 'expenditure-over-500-jan-mar-2018.csv'));
  writeFileSync(
    join(dir, 'leverantorsreskontra', 'expenditure-over-500-jan-mar-2018.csv.mapping.json'),
    JSON.stringify({
      columns: { kopare: 'Client', forvaltning: 'Service Area', konto_text: 'Expenditure Catergory', konto_nr: 'Expenditure Code', datum: 'Paid Date', verifikationsnummer: 'Trans No', belopp: 'Amount', leverantor_id: 'Supplier ID', leverantor: 'Supplier Name' },
      constants: { kopare_id: 'OCC' },
      dateFormat: 'DD/MM/YYYY',
      supplierIds: 'internal',
      // Refunds to private persons: the publisher names them with a title.
      maskSuppliers: { names: ['MR *', 'MRS *', 'MS *', 'MISS *', 'DR *', 'MX *'] },
    }),
  );
  const rows = Papa.parse<Record<string, string>>(readFileSync(SOURCE, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const persons = rows.filter((r) => /^(MR|MRS|MS|MISS|DR|MX) /.test(r['Supplier Name']));
  const noId = rows.filter((r) => r['Supplier ID'] === '');
  const inputOre = rows.reduce((s, r) => s + Math.round(Number(r.Amount) * 100), 0);
  const out = await publish(dir, join(tmp, 'oxford-out'));
  const texts = new Map([...publishedTexts(out.data), ...publishedTexts(out.files)]);

  it('reads all 1 220 rows, with the refunds to persons and the rows without supplier id in the masked group', () => {
    const summary = JSON.parse(readFileSync(join(out.data, 'leverantorsreskontra', 'summary.json'), 'utf8')) as InvoiceSummary;
    const year = summary.years[0];
    expect(persons.length).toBe(11);
    expect(year.count).toBe(rows.length);
    expect(year.masked.count).toBe(persons.length + noId.length);
    expect(Math.round(year.total * 100)).toBe(inputOre);
  });

  it('publishes none of their names, anywhere', () => {
    const names = [...new Set(persons.map((r) => r['Supplier Name']))];
    expectNothingOf(texts, names);
    // Nor the surname alone (the part after the title and initials).
    expectNothingOf(texts, names.map((n) => n.split(' ').at(-1)!).filter((s) => s.length > 3 && !rows.some((r) => !persons.includes(r) && r['Supplier Name'].includes(s))));
  });
});
