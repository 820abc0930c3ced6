// Every form of export the issue lists, read through the real importer: the same three booking
// lines written in each encoding, delimiter, line end, decimal mark and layout must give the same
// lines, the same total to the öre and the same masked supplier.
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../scripts/make-example-data.ts';
import { dataFolder, ingestInvoicesOf, removeFolders, workbook } from './support.ts';

afterAll(removeFolders);

const HEADER = ['kopare_id', 'kopare', 'verifikationsnummer', 'leverantor', 'leverantor_id', 'konto_nr', 'konto_text', 'datum', 'belopp', 'forvaltning'];
const ROWS = [
  ['2120009994', 'Exempelkommun', '2400001', 'Åkeri & Bygg AB', '556000-0019', '4010', 'Förbrukningsmaterial', '2024-03-05', 123450, 'Barn- och utbildningsförvaltningen'],
  ['2120009994', 'Exempelkommun', '2400001', 'Åkeri & Bygg AB', '556000-0019', '4020', 'Kreditering', '2024-03-05', -25000, 'Barn- och utbildningsförvaltningen'],
  ['2120009994', 'Exempelkommun', '2400002', 'Anna Andersson Konsult', '19121212-1212', '6510', 'Konsulttjänster', '2024-03-20', 123456700, 'Kommunledningskontoret'],
] as const;
const TOTAL = 123450 - 25000 + 123456700;

function amount(ore: number, decimal: string, thousands = ''): string {
  const abs = Math.abs(ore);
  const kr = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${ore < 0 ? '-' : ''}${kr}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

interface Form {
  delimiter: string;
  eol: string;
  decimal: string;
  thousands?: string;
  header?: readonly string[];
  order?: number[];
  above?: string[];
}

function csv(form: Form): string {
  const header = form.header ?? HEADER;
  const order = form.order ?? header.map((_, i) => i);
  const quote = (t: string) => (t.includes(form.delimiter) || t.includes('"') ? `"${t.replace(/"/g, '""')}"` : t);
  const lines = [...(form.above ?? []), order.map((i) => quote(header[i])).join(form.delimiter)];
  for (const row of ROWS) lines.push(order.map((i) => quote(typeof row[i] === 'number' ? amount(row[i] as number, form.decimal, form.thousands) : String(row[i]))).join(form.delimiter));
  return lines.join(form.eol) + form.eol;
}

const utf8 = (t: string) => Buffer.from(t, 'utf8');
const FORMS: [string, Uint8Array][] = [
  ['UTF-8, semicolon, decimal comma, CRLF', utf8(csv({ delimiter: ';', eol: '\r\n', decimal: ',' }))],
  ['UTF-8 with BOM, comma, decimal point, LF', utf8('\uFEFF' + csv({ delimiter: ',', eol: '\n', decimal: '.' }))],
  ['UTF-16 LE with BOM, comma, quoted decimal comma, CRLF', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv({ delimiter: ',', eol: '\r\n', decimal: ',' }), 'utf16le')])],
  ['Windows-1252, semicolon, thousands spaces, bare CR', encodeWindows1252(csv({ delimiter: ';', eol: '\r', decimal: ',', thousands: ' ' }))],
  ['tab-separated, no-break-space thousands', utf8(csv({ delimiter: '\t', eol: '\n', decimal: ',', thousands: '\u00a0' }))],
  [
    'aliases bokforingsdatum and nettobelopp, other order, Swedish and upper-case names, title rows',
    utf8(
      csv({
        delimiter: ';',
        eol: '\r\n',
        decimal: '.',
        header: ['Kopare_ID', 'Köpare', 'Verifikationsnummer', 'Leverantör', 'LEVERANTOR_ID', 'Konto', 'Kontotext', 'bokforingsdatum', 'nettobelopp', 'Förvaltning'],
        order: [9, 7, 8, 0, 1, 2, 3, 4, 5, 6],
        above: ['Leverantörsreskontra mars 2024;;', ''],
      }),
    ),
  ],
];

describe('one export in every form gives the same lines', () => {
  const expectSame = async (files: Record<string, string | Uint8Array>) => {
    const { result, data } = await ingestInvoicesOf(await dataFolder(files));
    expect(result.problems.findings.filter((f) => f.code !== 'encoding-suspect' && f.code !== 'sheet-skipped'), JSON.stringify(result.problems.findings)).toEqual([]);
    expect(data).toBeDefined();
    const lines = data!.lines;
    expect(lines.map((l) => [l.voucher, l.account, l.date, l.ore, l.supplier?.id ?? null, l.supplierName, l.department])).toEqual([
      ['2400001', '4010', '2024-03-05', 123450, '556000-0019', 'Åkeri & Bygg AB', 'Barn- och utbildningsförvaltningen'],
      ['2400001', '4020', '2024-03-05', -25000, '556000-0019', 'Åkeri & Bygg AB', 'Barn- och utbildningsförvaltningen'],
      ['2400002', '6510', '2024-03-20', 123456700, null, '', 'Kommunledningskontoret'],
    ]);
    expect(lines.reduce((s, l) => s + l.ore, 0)).toBe(TOTAL);
  };

  it.each(FORMS)('%s', async (_name, bytes) => {
    await expectSame({ 'leverantorsreskontra/leverantorsreskontra-2024-03.csv': bytes });
  });

  it('an xlsx workbook: a title row, numbers, dates as date cells, ids as text', async () => {
    const aoa: unknown[][] = [['Leverantörsreskontra mars 2024'], [], HEADER];
    for (const row of ROWS) aoa.push(row.map((v, i) => (i === 8 ? (v as number) / 100 : i === 7 ? new Date(`${v}T00:00:00Z`) : i === 2 ? Number(v) : v)));
    await expectSame({ 'leverantorsreskontra/2024-03.xlsx': workbook(aoa) });
  });

  it("an export with its own column names, read through a mapping sidecar (day-first dates, constants, the export's own supplier numbers, a name rule)", async () => {
    const text = [
      'Client,Service Area,Expenditure Category,Expenditure Code,Paid Date,Trans No,Amount,Supplier ID,Supplier Name',
      'OCC,Barn- och utbildningsförvaltningen,Förbrukningsmaterial,4010,05/03/2024,2400001,1234.50,20016580,Åkeri & Bygg AB',
      'OCC,Barn- och utbildningsförvaltningen,Kreditering,4020,05/03/2024,2400001,-250.00,20016580,Åkeri & Bygg AB',
      'OCC,Kommunledningskontoret,Konsulttjänster,6510,20/03/2024,2400002,1234567.00,20019371,MR A ANDERSSON',
      '',
    ].join('\r\n');
    const mapping = {
      columns: { forvaltning: 'Service Area', konto_text: 'Expenditure Category', konto_nr: 'Expenditure Code', datum: 'Paid Date', verifikationsnummer: 'Trans No', belopp: 'Amount', leverantor_id: 'Supplier ID', leverantor: 'Supplier Name' },
      constants: { kopare_id: '2120009994', kopare: 'Exempelkommun' },
      dateFormat: 'DD/MM/YYYY',
      supplierIds: 'internal',
      maskSuppliers: { names: ['MR *', 'MRS *'] },
    };
    const { result, data } = await ingestInvoicesOf(await dataFolder({ 'leverantorsreskontra/utbetalningar-mars-2024.csv': text, 'leverantorsreskontra/utbetalningar-mars-2024.csv.mapping.json': JSON.stringify(mapping) }));
    expect(result.problems.findings.map((f) => [f.code, f.value])).toEqual([['unknown-label', 'Client']]);
    expect(data!.lines.map((l) => [l.voucher, l.ore, l.supplier?.id ?? null, l.supplierName, l.buyerId])).toEqual([
      ['2400001', 123450, '20016580', 'Åkeri & Bygg AB', '2120009994'],
      ['2400001', -25000, '20016580', 'Åkeri & Bygg AB', '2120009994'],
      ['2400002', 123456700, null, '', '2120009994'],
    ]);
  });

  it('a yearly file and monthly files in subfolders', async () => {
    const text = csv({ delimiter: ';', eol: '\n', decimal: ',' });
    const { data } = await ingestInvoicesOf(await dataFolder({ 'leverantorsreskontra/2024/leverantorsreskontra-2024.csv': text }));
    expect(data!.lines).toHaveLength(3);
    expect(data!.files).toEqual([{ path: 'leverantorsreskontra/2024/leverantorsreskontra-2024.csv', rows: 3, period: '2024' }]);
  });
});
