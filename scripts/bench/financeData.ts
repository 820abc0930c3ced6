// A large city's year of supplier invoices for bench:finance: twelve monthly exports in the
// specification's columns as Swedish Excel saves them (UTF-8, semicolon, decimal comma), with
// 40 000 suppliers of which 5 % are sole traders (id = a personnummer-shaped number with a valid
// date and check digit), a long tail of small suppliers and a few very large ones (the largest
// has more than 10 000 lines), credit notes, 30 förvaltningar and 300 accounts. The results
// files are the example data's, so the whole site builds around the invoices.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FinanceScale {
  rows: number;
  suppliers: number;
  /** Share of suppliers that are sole traders (masked). */
  persons: number;
  /** Lines of the largest supplier. */
  largest: number;
}

export const FULL_FINANCE_SCALE: FinanceScale = { rows: 1_000_000, suppliers: 40_000, persons: 0.05, largest: 12_000 };

/** A small seeded generator (xorshift32): the same data on every run. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let n = (nine.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export interface FinanceInputs {
  /** The invoices and site.json alone: what the import is measured on. */
  importDir: string;
  /** The example's results beside the invoices: the whole site that is built. */
  dataDir: string;
  invoiceDir: string;
  files: string[];
  rows: number;
  bytes: number;
}

export function generateFinanceData(root: string, scale: FinanceScale = FULL_FINANCE_SCALE): FinanceInputs {
  const dataDir = join(root, 'data');
  const invoiceDir = join(dataDir, 'leverantorsreskontra');
  mkdirSync(invoiceDir, { recursive: true });
  const example = fileURLToPath(new URL('../../data/', import.meta.url));
  for (const entry of readdirSync(example)) if (entry !== 'leverantorsreskontra') cpSync(join(example, entry), join(dataDir, entry), { recursive: true });

  const rand = random(20240101);
  const persons = Math.round(scale.suppliers * scale.persons);
  const suppliers: { id: string; name: string }[] = [];
  const usedIds = new Set<string>();
  for (let i = 0; suppliers.length < scale.suppliers; i++) {
    const person = persons > 0 && suppliers.length % Math.round(1 / scale.persons) === 7;
    let nine: string;
    if (person) nine = `${pad(50 + Math.floor(rand() * 50), 2)}${pad(1 + Math.floor(rand() * 12), 2)}${pad(1 + Math.floor(rand() * 28), 2)}${pad(Math.floor(rand() * 1000), 3)}`;
    else nine = `5${Math.floor(rand() * 10)}${20 + Math.floor(rand() * 79)}${pad(Math.floor(rand() * 100_000), 5)}`;
    const id = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
    if (usedIds.has(id)) continue;
    usedIds.add(id);
    suppliers.push({ id: person ? `19${id}` : id, name: person ? `Enskild firma ${i}` : `Leverantör ${pad(i, 5)} AB` });
  }
  // Lines per supplier: one each, the largest its fixed share, the rest by a Zipf-like weight.
  const counts = new Array<number>(suppliers.length).fill(1);
  counts[0] = scale.largest;
  let left = scale.rows - suppliers.length - scale.largest + 1;
  const weights = suppliers.map((_, i) => (i === 0 ? 0 : 1 / Math.pow(i + 5, 0.9)));
  const sum = weights.reduce((a, b) => a + b, 0);
  for (let i = 1; i < suppliers.length && left > 0; i++) {
    const extra = Math.min(left, Math.floor((weights[i] / sum) * (scale.rows - suppliers.length - scale.largest)));
    counts[i] += extra;
    left -= extra;
  }
  for (let i = 1; left > 0; i = (i % (suppliers.length - 1)) + 1, left--) counts[i]++;

  // Each line gets a month; the months are written one file at a time.
  const departments = Array.from({ length: 30 }, (_, i) => `Förvaltning ${pad(i + 1, 2)} för ${['skola', 'omsorg', 'kultur', 'miljö', 'teknik', 'stöd'][i % 6]}`);
  const accounts = Array.from({ length: 300 }, (_, i) => [`${4 + (i % 4)}${pad(10 + i, 3)}`, `Konto ${i + 1} ${['material', 'tjänster', 'lokaler', 'transporter', 'licenser'][i % 5]}`]);
  const byMonth: number[][] = Array.from({ length: 12 }, () => []);
  counts.forEach((n, s) => {
    for (let k = 0; k < n; k++) byMonth[Math.floor(rand() * 12)].push(s);
  });

  const files: string[] = [];
  let bytes = 0;
  let voucher = 24_000_000;
  const header = 'kopare_id;kopare;verifikationsnummer;leverantor;leverantor_id;konto_nr;konto_text;datum;belopp;forvaltning;fakturanummer;grund;avtal;kommun_id;s_kod_nr\r\n';
  for (let m = 0; m < 12; m++) {
    const parts: string[] = [header];
    for (const s of byMonth[m]) {
      const supplier = suppliers[s];
      const [account, accountText] = accounts[Math.floor(rand() * accounts.length)];
      const ore = Math.round(Math.exp(6 + rand() * 7) * 100) * (rand() < 0.03 ? -1 : 1);
      const kr = Math.abs(ore) / 100;
      const amount = `${ore < 0 ? '-' : ''}${Math.floor(kr)},${pad(Math.abs(ore) % 100, 2)}`;
      parts.push(
        `2120009994;Storstad kommun;${voucher++};${supplier.name};${supplier.id};${account};${accountText};2024-${pad(m + 1, 2)}-${pad(1 + Math.floor(rand() * 28), 2)};${amount};${departments[Math.floor(rand() * departments.length)]};F${pad(Math.floor(rand() * 1e7), 7)};;;9999;\r\n`,
      );
    }
    const text = parts.join('');
    const file = join(invoiceDir, `leverantorsreskontra-2024-${pad(m + 1, 2)}.csv`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  const importDir = join(root, 'import');
  mkdirSync(importDir, { recursive: true });
  cpSync(join(dataDir, 'site.json'), join(importDir, 'site.json'));
  cpSync(invoiceDir, join(importDir, 'leverantorsreskontra'), { recursive: true });
  return { importDir, dataDir, invoiceDir, files: files.map((f) => join(importDir, 'leverantorsreskontra', basename(f))), rows: scale.rows, bytes };
}
