/**
 * Exempelkommun's supplier invoices for 2024 (data/leverantorsreskontra/), all invented: about three
 * thousand booking lines from some 120 companies, a few sole traders whose id is a test personnummer
 * (födelsenummer 980–999, the series Skatteverket keeps for testing), rows an export has already
 * masked, credit notes, invoices split over several accounts and six förvaltningar.
 *
 * Each month is saved the way some real system saves it, so the example shows every form the
 * importer reads: Swedish Excel's CSV (semicolon, decimal comma, with and without BOM, Windows-1252
 * with thousands spaces), a workbook with a title row, UTF-16 with commas (Göteborg), bare CR line
 * ends with dot decimals and the aliases bokforingsdatum/nettobelopp (Västra Götalandsregionen), and
 * plain comma CSV. Deterministic: a seeded generator, fixed workbook dates.
 */
import * as XLSX from '@e965/xlsx';

export interface InvoiceExampleTools {
  /** A seeded random generator per name (make-example-data's). */
  rng: (key: string) => () => number;
  encodeWindows1252: (text: string) => Buffer;
}

const YEAR = 2024;
const BUYER_ID = '2120009994';
const BUYER = 'Exempelkommun';
const MUNICIPALITY = '9999';
const FOLDER = 'data/leverantorsreskontra';
const WORKBOOK_DATE = new Date(Date.UTC(2025, 0, 1));

const DEPARTMENTS = [
  'Barn- och utbildningsförvaltningen',
  'Socialförvaltningen',
  'Vård- och omsorgsförvaltningen',
  'Samhällsbyggnadsförvaltningen',
  'Kultur- och fritidsförvaltningen',
  'Kommunledningskontoret',
] as const;

const ACCOUNTS: readonly [string, string][] = [
  ['1220', 'Inventarier'],
  ['4110', 'Livsmedel'],
  ['4210', 'Förbrukningsmaterial'],
  ['4310', 'Böcker och läromedel'],
  ['4540', 'Bidrag till föreningar'],
  ['4610', 'Köp av huvudverksamhet'],
  ['4650', 'Köp av tjänster'],
  ['5810', 'Kurser och konferenser'],
  ['6110', 'Lokalhyror'],
  ['6210', 'El och värme'],
  ['6310', 'Fastighetsunderhåll'],
  ['6410', 'IT-tjänster och licenser'],
  ['6510', 'Konsulttjänster'],
  ['6710', 'Försäkringar'],
  ['7010', 'Resor och transporter'],
];

/** Kinds of supplier: the accounts they are booked on, their förvaltningar and a typical amount. */
const TRADES: readonly { words: string[]; accounts: string[]; departments: number[]; amount: number; perMonth: number }[] = [
  { words: ['Bygg', 'Mark & Anläggning', 'Fasad', 'Tak', 'VVS', 'Elinstallation'], accounts: ['6310', '1220'], departments: [3], amount: 48_000, perMonth: 1.2 },
  { words: ['Livs', 'Grossist', 'Bageri', 'Mejeri', 'Frukt & Grönt'], accounts: ['4110'], departments: [0, 2], amount: 14_000, perMonth: 2.5 },
  { words: ['Kontorsvaror', 'Papper', 'Städmaterial', 'Skolmaterial'], accounts: ['4210', '4310'], departments: [0, 1, 2, 5], amount: 4_200, perMonth: 1.4 },
  { words: ['Omsorg', 'Vård', 'Behandlingshem', 'Assistans'], accounts: ['4610'], departments: [1, 2], amount: 95_000, perMonth: 1.3 },
  { words: ['IT', 'Data', 'Systemhus', 'Molntjänster'], accounts: ['6410'], departments: [5, 0], amount: 22_000, perMonth: 0.9 },
  { words: ['Konsult', 'Revision', 'Juristbyrå', 'Arkitekter'], accounts: ['6510', '4650'], departments: [5, 3], amount: 36_000, perMonth: 0.6 },
  { words: ['Fastigheter', 'Lokaler'], accounts: ['6110'], departments: [0, 2, 4], amount: 120_000, perMonth: 1 },
  { words: ['Energi', 'Värme', 'Elhandel'], accounts: ['6210'], departments: [3, 0], amount: 65_000, perMonth: 1 },
  { words: ['Buss', 'Taxi', 'Transport'], accounts: ['7010', '4650'], departments: [0, 1, 2], amount: 9_500, perMonth: 1.2 },
  { words: ['Utbildning', 'Konferens', 'Kursgård'], accounts: ['5810'], departments: [0, 1, 2, 3, 4, 5], amount: 7_800, perMonth: 0.5 },
  { words: ['Idrottsförening', 'Kulturförening', 'Musikförening'], accounts: ['4540'], departments: [4], amount: 18_000, perMonth: 0.25 },
  { words: ['Försäkring'], accounts: ['6710'], departments: [5], amount: 40_000, perMonth: 0.3 },
];
const PLACES = ['Ek', 'Björk', 'Lind', 'Sjö', 'Berg', 'Ås', 'Dal', 'Strand', 'Skog', 'Äng', 'Holm', 'Vik'];
const FORMS = ['AB', 'AB', 'AB', 'HB', 'Ekonomisk förening', 'AB'];

interface Supplier {
  name: string;
  id: string;
  trade: (typeof TRADES)[number];
  /** Masked in the export itself (name replaced, no id), as Varberg and Borås do. */
  exportMasked?: string;
}

function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let n = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

/** An invented organisationsnummer: group digit (5 aktiebolag, 7 ekonomisk förening, 8 ideell förening, 9 handelsbolag), digits 3–4 ≥ 20, valid check digit. */
function orgNumber(random: () => number, group: string): string {
  const nine = `${group}${Math.floor(random() * 10)}${20 + Math.floor(random() * 79)}${String(Math.floor(random() * 100_000)).padStart(5, '0')}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
}

/** A test personnummer: a real date, födelsenummer 980–999, valid check digit. */
function testPersonnummer(random: () => number): string {
  const year = 1950 + Math.floor(random() * 50);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const nine = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${980 + Math.floor(random() * 20)}`;
  return `${year.toString().slice(0, 2)}${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
}

/** Sole traders: their id is the owner's (test) personnummer, so neither name nor id is ever published. */
const SOLE_TRADERS: readonly [string, number][] = [
  ['Anna Lindqvists Städ', 2],
  ['Bertil Ek Snickeri', 0],
  ['Cecilia Holm Konsult', 5],
  ['David Sjöbergs Trädgård', 0],
  ['Eva Bergs Fotvård', 3],
  ['Fredrik Dahl Musik', 9],
  ['Greta Ås Översättningar', 5],
  ['Hassan Vik Måleri', 0],
];

function suppliers(tools: InvoiceExampleTools): Supplier[] {
  const random = tools.rng('invoices:suppliers');
  const list: Supplier[] = [];
  const names = new Set<string>();
  for (let i = 0; list.length < 118; i++) {
    const trade = TRADES[i % TRADES.length];
    const name = `${PLACES[Math.floor(random() * PLACES.length)]} ${trade.words[Math.floor(random() * trade.words.length)]} ${FORMS[Math.floor(random() * FORMS.length)]}`;
    if (names.has(name)) continue;
    names.add(name);
    const group = trade.accounts[0] === '4540' ? '8' : name.endsWith(' HB') ? '9' : name.endsWith('förening') ? '7' : '5';
    list.push({ name, id: orgNumber(random, group), trade });
  }
  for (const [name, trade] of SOLE_TRADERS) list.push({ name, id: testPersonnummer(random), trade: TRADES[trade] });
  // Rows the export has already masked: Varberg's and Borås' markers, and Umeå's asterisk.
  list.push({ name: '', id: '', trade: TRADES[3], exportMasked: '[innehåller personuppgifter]' });
  list.push({ name: '', id: '', trade: TRADES[9], exportMasked: '[Kan innehålla personuppgifter]' });
  list.push({ name: '', id: '', trade: TRADES[1], exportMasked: 'J*** S*****' });
  return list;
}

/** One booking line, as every export below writes it. */
export interface ExampleInvoiceRow {
  voucher: string;
  supplier: string;
  supplierId: string;
  account: string;
  accountText: string;
  date: string;
  /** Whole öre. */
  ore: number;
  department: string;
  invoiceNo: string;
  basis: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Every booking line of the year, by date and voucher. */
export function invoiceExampleRows(tools: InvoiceExampleTools): ExampleInvoiceRow[] {
  const random = tools.rng('invoices:rows');
  const rows: ExampleInvoiceRow[] = [];
  let voucher = 2_400_001;
  const all = suppliers(tools);
  const invoices: { date: string; supplier: Supplier; serial: number }[] = [];
  all.forEach((supplier, s) => {
    const weight = supplier.exportMasked ? 0.4 : supplier.id.startsWith('19') ? 0.5 : 0.6 + random() * 1.6;
    for (let month = 1; month <= 12; month++) {
      let n = supplier.trade.perMonth * weight;
      while (n > 0) {
        if (random() < Math.min(1, n)) {
          const day = 1 + Math.floor(random() * 28);
          invoices.push({ date: `${YEAR}-${pad2(month)}-${pad2(day)}`, supplier, serial: s * 1000 + invoices.length });
        }
        n -= 1;
      }
    }
  });
  invoices.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.serial - b.serial));
  for (const invoice of invoices) {
    const { supplier } = invoice;
    const trade = supplier.trade;
    const department = DEPARTMENTS[trade.departments[Math.floor(random() * trade.departments.length)]];
    const credit = random() < 0.03;
    const debit = Math.round(trade.amount * (0.25 + random() * random() * 3.5) * 100);
    const total = credit ? -Math.round(debit / 2) : debit;
    // One in five invoices is split over two or three accounts (one row per kontering).
    const parts = random() < 0.2 ? 2 + Math.floor(random() * 2) : 1;
    const accounts = [...trade.accounts, ...ACCOUNTS.map(([a]) => a)].slice(0, Math.max(parts, trade.accounts.length));
    let left = total;
    const invoiceNo = supplier.id.startsWith('19') || supplier.exportMasked ? String(100 + Math.floor(random() * 900)) : `F${String(YEAR).slice(2)}-${String(Math.floor(random() * 100_000)).padStart(5, '0')}`;
    for (let p = 0; p < parts; p++) {
      const ore = p === parts - 1 ? left : Math.round((left * (0.3 + random() * 0.4)) / 100) * 100;
      left -= ore;
      const account = accounts[p % accounts.length];
      rows.push({
        voucher: String(voucher),
        supplier: supplier.exportMasked ?? supplier.name,
        supplierId: supplier.id,
        account,
        accountText: ACCOUNTS.find(([a]) => a === account)![1],
        date: invoice.date,
        ore,
        department,
        invoiceNo,
        basis: trade.accounts[0] === '4610' || trade.accounts[0] === '4110' ? 'Ramavtal' : random() < 0.3 ? 'Direktupphandling' : '',
      });
    }
    voucher++;
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// The files

const SPEC_HEADER = ['kopare_id', 'kopare', 'verifikationsnummer', 'leverantor', 'leverantor_id', 'konto_nr', 'konto_text', 'datum', 'belopp', 'forvaltning', 'fakturanummer', 'grund', 'avtal', 'kommun_id', 's_kod_nr'];
/** Västra Götalandsregionen's order and names. */
const VGR_HEADER = ['kopare_id', 'kopare', 'verifikationsnummer', 'leverantor', 'leverantor_id', 'konto_nr', 'konto_text', 'bokforingsdatum', 'forvaltning', 'fakturanummer', 'nettobelopp', 'grund', 'avtal', 'kommun_id', 's_kod_nr'];

function amount(ore: number, decimal: ',' | '.', thousands = false): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  let kr = String(Math.floor(abs / 100));
  if (thousands) kr = kr.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${kr}${decimal}${pad2(abs % 100)}`;
}

function specRecord(row: ExampleInvoiceRow): Record<string, string> {
  return {
    kopare_id: BUYER_ID,
    kopare: BUYER,
    verifikationsnummer: row.voucher,
    leverantor: row.supplier,
    leverantor_id: row.supplierId,
    konto_nr: row.account,
    konto_text: row.accountText,
    datum: row.date,
    bokforingsdatum: row.date,
    forvaltning: row.department,
    fakturanummer: row.invoiceNo,
    grund: row.basis,
    avtal: '',
    kommun_id: MUNICIPALITY,
    s_kod_nr: '',
  };
}

function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly ExampleInvoiceRow[], o: { delimiter: string; eol: string; decimal: ',' | '.'; thousands?: boolean; amountColumns?: string[] }): string {
  const lines = [header.map((h) => field(h, o.delimiter)).join(o.delimiter)];
  for (const row of rows) {
    const record = specRecord(row);
    lines.push(header.map((h) => field(h === 'belopp' || h === 'nettobelopp' ? amount(row.ore, o.decimal, o.thousands) : record[h], o.delimiter)).join(o.delimiter));
  }
  return lines.join(o.eol) + o.eol;
}

function workbook(rows: readonly ExampleInvoiceRow[], title: string): Buffer {
  const aoa: (string | number | Date)[][] = [[title], [], SPEC_HEADER];
  for (const row of rows) {
    const record = specRecord(row);
    aoa.push(SPEC_HEADER.map((h) => (h === 'belopp' ? row.ore / 100 : h === 'datum' ? new Date(`${row.date}T00:00:00Z`) : h === 'verifikationsnummer' ? Number(row.voucher) : record[h])));
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'yyyy-mm-dd', UTC: true });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet, 'Leverantörsreskontra');
  wb.Props = { Title: title, Author: 'Exempelkommun', CreatedDate: WORKBOOK_DATE, ModifiedDate: WORKBOOK_DATE };
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array);
}

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** How each month is saved, and what the data README says about it. */
const MONTH_FORMS: readonly { months: number[]; describe: string; write: (rows: ExampleInvoiceRow[], month: number, tools: InvoiceExampleTools) => Buffer }[] = [
  {
    months: [1, 2, 3, 4, 5, 6],
    describe: 'Excels ”CSV UTF-8”: UTF-8 med BOM, semikolon, decimalkomma, CRLF.',
    write: (rows) => Buffer.from('\uFEFF' + csv(SPEC_HEADER, rows, { delimiter: ';', eol: '\r\n', decimal: ',' }), 'utf8'),
  },
  {
    months: [7, 8],
    describe: 'Excels ”CSV (semikolonavgränsad)”: Windows-1252, semikolon, decimalkomma och mellanslag mellan tusental.',
    write: (rows, _m, tools) => tools.encodeWindows1252(csv(SPEC_HEADER, rows, { delimiter: ';', eol: '\r\n', decimal: ',', thousands: true })),
  },
  {
    months: [9],
    describe: 'En Excel-arbetsbok med en rubrikrad ovanför tabellen, belopp som tal och datum som datumceller.',
    write: (rows, month) => workbook(rows, `Leverantörsreskontra ${MONTH_NAMES[month - 1]} ${YEAR} – Exempelkommun`),
  },
  {
    months: [10],
    describe: 'UTF-16 LE med BOM, komma som avgränsare och decimalkomma inom citattecken (som Göteborgs filer).',
    write: (rows) => utf16le(csv(SPEC_HEADER, rows, { delimiter: ',', eol: '\r\n', decimal: ',' })),
  },
  {
    months: [11],
    describe: 'UTF-8 utan BOM, semikolon, decimalpunkt, bara CR som radslut och kolumnnamnen bokforingsdatum och nettobelopp (som Västra Götalandsregionens filer).',
    write: (rows) => Buffer.from(csv(VGR_HEADER, rows, { delimiter: ';', eol: '\r', decimal: '.' }), 'utf8'),
  },
  {
    months: [12],
    describe: 'Vanlig CSV: UTF-8, komma, decimalpunkt, LF.',
    write: (rows) => Buffer.from(csv(SPEC_HEADER, rows, { delimiter: ',', eol: '\n', decimal: '.' }), 'utf8'),
  },
];

function fileName(month: number): string {
  return `leverantorsreskontra-${YEAR}-${pad2(month)}.${month === 9 ? 'xlsx' : 'csv'}`;
}

/** The mask list: one company the municipality masks although its id is an organisationsnummer. */
function maskList(rows: readonly ExampleInvoiceRow[]): { text: string; name: string } {
  const hb = rows.find((r) => / HB$/.test(r.supplier))!;
  return { name: hb.supplier, text: `leverantor_id;kommentar\r\n${hb.supplierId};Maskeras efter beslut 2024-02-01\r\n` };
}

function readme(rows: readonly ExampleInvoiceRow[]): string {
  const forms = MONTH_FORMS.map((f) => `| ${f.months.map(fileName).map((n) => `\`${n}\``).join(', ')} | ${f.describe} |`).join('\n');
  return `# Exempeldata: leverantörsreskontra för Exempelkommun ${YEAR}

**Allt här är påhittat**: leverantörer, organisationsnummer, belopp och verifikationer. Personnumren är
testpersonnummer (födelsenummer 980–999). Filerna skapas av \`node scripts/make-example-data.ts\`.

Lägg kommunens export av leverantörsfakturor här, en fil per månad (eller en per år), med kolumnerna i
[specifikationen för leverantörsreskontra](https://lankadedata.se/spec/leverantorsreskontra/1.1):
\`kopare_id, kopare, verifikationsnummer, leverantor, leverantor_id, konto_nr, konto_text, datum, belopp\`
(måste finnas) och \`forvaltning, fakturanummer, grund, avtal, kommun_id, s_kod_nr\` (kan finnas). Ordningen
spelar ingen roll. Filens namn säger vilken månad den gäller (\`…-2024-03.csv\`); en rad från en annan månad
är ett fel.

Exemplet har ${rows.length} konteringsrader. Varje månad är sparad på ett av de sätt som svenska system gör:

| Fil | Format |
|---|---|
${forms}

## Personuppgifter

Enskilda näringsidkare har ägarens personnummer som leverantörs-id. De, och rader som exporten redan har
maskerat (\`[innehåller personuppgifter]\`, \`*\` i namnet, tomt id), publiceras bara i en grupp utan namn:
*Enskilda näringsidkare och privatpersoner – uppgifterna visas inte*. Beloppen räknas med i alla summor.

\`maskera.csv\` listar fler leverantörer som ska maskeras (kolumnen \`leverantor_id\`, eller \`leverantor\`
med namnmönster som \`MR *\`). Filen läses men publiceras aldrig.
`;
}

/** Every file of data/leverantorsreskontra/, by path from the repository root. */
export function generateInvoiceExample(tools: InvoiceExampleTools): Map<string, Buffer> {
  const rows = invoiceExampleRows(tools);
  const files = new Map<string, Buffer>();
  for (const form of MONTH_FORMS) {
    for (const month of form.months) {
      const monthRows = rows.filter((r) => r.date.startsWith(`${YEAR}-${pad2(month)}`));
      files.set(`${FOLDER}/${fileName(month)}`, form.write(monthRows, month, tools));
    }
  }
  files.set(`${FOLDER}/maskera.csv`, Buffer.from(maskList(rows).text, 'utf8'));
  files.set(`${FOLDER}/README.md`, Buffer.from(readme(rows), 'utf8'));
  return files;
}

/**
 * What the published site must never show (for the tests): the sole traders' names and test
 * personnummer, the names the export masked, and the supplier on the mask list with its number.
 */
export function secretsOfInvoiceExample(tools: InvoiceExampleTools): string[] {
  const rows = invoiceExampleRows(tools);
  const masked = maskList(rows);
  const personal = rows.filter((r) => r.supplierId.startsWith('19') || r.supplierId === '');
  const listed = rows.find((r) => r.supplier === masked.name)!;
  const numbers = personal.filter((r) => r.supplierId).flatMap((r) => [r.supplierId, r.supplierId.slice(2), r.supplierId.replace('-', ''), r.supplierId.slice(2).replace('-', '')]);
  return [...new Set([...personal.map((r) => r.supplier).filter((n) => !n.startsWith('[')), ...numbers, masked.name, listed.supplierId, listed.supplierId.replace('-', '')])].sort();
}
