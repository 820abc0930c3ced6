// A thread reads and normalises a text export a slice of rows at a time: whatever the slices, the
// lines, suppliers and findings must be those of normalising the whole table at once.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineViews } from '../../src/invoices/normalise/LineStore.ts';
import { newInvoiceContext, normaliseInvoiceTable } from '../../src/invoices/normalise/normaliseInvoices.ts';
import { NO_RULES } from '../../src/invoices/privacy/maskRules.ts';
import { readAndNormalise } from '../../src/invoices/read/readAndNormalise.ts';
import { BYTE_TEXT_FROM, isByteText } from '../../src/read/byteText.ts';
import { readFile } from '../../src/read/readFile.ts';
import type { InvoiceMapping } from '../../src/model/types.gen.ts';
import { dataFolder, removeFolders } from './support.ts';

afterAll(removeFolders);

const header = 'kopare_id;kopare;verifikationsnummer;leverantor;leverantor_id;konto_nr;konto_text;datum;belopp';
const line = (n: number, amount = '10,00') => `2120009994;K;${n};Bygg AB;556000-0019;4010;Material;2024-01-05;${amount}`;

async function compare(text: string, mapping?: InvoiceMapping) {
  const root = await dataFolder({ 'a-2024-01.csv': text });
  const task = { index: 0, absPath: join(root, 'a-2024-01.csv'), relPath: 'a-2024-01.csv', ...(mapping ? { mapping } : {}) };
  const here = newInvoiceContext(NO_RULES, '9999');
  const read = await readFile(task.absPath, task.relPath);
  const whole = read.kind === 'tables' ? normaliseInvoiceTable(read.tables[0], 0, mapping, here) : undefined;
  for (const sliceChars of [1, 7, 60, 1000]) {
    const ctx = newInvoiceContext(NO_RULES, '9999');
    const sliced = await readAndNormalise(task, ctx, { sliceChars });
    expect(sliced.read.findings).toEqual(read.findings);
    expect(sliced.normalised === undefined).toBe(whole === undefined);
    if (!whole) continue;
    expect(sliced.normalised).toEqual(whole);
    expect(ctx.refs).toEqual(here.refs);
    expect(lineViews(ctx.store, ctx.refs)).toEqual(lineViews(here.store, here.refs));
  }
  return whole;
}

describe('reading an export a slice of rows at a time', () => {
  it('gives the lines and findings of the whole table', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => line(i + 1, i === 17 ? '1,234' : '10,00'));
    rows.splice(25, 0, '', ';;;', '2120009994;K;99;Anna A;19121212-1212;4010;M;2024-01-06;5,00');
    const whole = await compare(['Leverantörsreskontra 2024', '', header, ...rows, '', ''].join('\r\n'));
    expect(whole!.end).toBe(40);
    expect(whole!.findings.map((f) => [f.code, f.cell])).toEqual([['invoice-amount', 'I21']]);
  });

  it('finds the header a mapping names far down, and none beyond the data', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `titel;${i}`);
    const text = [...rows, header, line(1), line(2), '', '', ''].join('\n');
    expect((await compare(text, { headerRow: 51 }))!.end).toBe(2);
    expect((await compare(text, { headerRow: 54 }))!.recognised).toBe(false);
    expect((await compare(text, { headerRow: 60 }))!.recognised).toBe(false);
  });

  it('reads quoted text whole, and short files without a header as unrecognised', async () => {
    expect(await compare(' \n\n')).toBeUndefined();
    expect((await compare('\n\n;;\n'))!.recognised).toBe(false);
    expect((await compare(`${header}\n\n\n`))!.end).toBe(0);
    const quoted = await compare([header, line(1), '2120009994;K;2;"Bygg; AB";556000-0019;4010;"Material\nmer";2024-01-05;5,00'].join('\n'));
    expect(quoted!.end).toBe(2);
  });

  it('reads a large UTF-8 export as byte text to the same lines, texts and findings', async () => {
    // Every place a cell that is not ASCII can reach: names (masked and not), account texts with a
    // personnummer or a hidden character, vouchers, invoice numbers, amounts grouped by no-break and
    // thin spaces or signed with U+2212, dates followed by a no-break space, a row of no-break
    // spaces (blank), and wrong values shown in findings.
    const variants = [
      (n: number) => `2120009994;Kommunen Å;V-${n}ö;Bygg & Söner AB;556000-0019;4010;Tjänster åäö;2024-01-05;1\u00a0234,50;Förvaltning Ö;F\u00a0${n};;;9999;`,
      (n: number) => `2120009994;Kommunen Å;${n};Åsa Öberg;19121212-1212;4010;Ersättning till 19121212-1212;2024-01-06\u00a0;−14\u00a0250,00;Förvaltning Ö;;;;9999;`,
      (n: number) => `2120009994;Kommunen Å;${n};[innehåller personuppgifter];;4011;Material\u200b och mer;2024-01-07;1\u2009234,00;Stöd;;Grund é;Avtal ü;9999;`,
      (n: number) => `2120009994;Kommunen Å;${n};Bygg & Söner AB;556000-0019;4010;Tjänster åäö;2024-01-05;12à;Förvaltning Ö;;;;9999;`,
      (n: number) => `2120009994;Kommunen Å;${n};Bygg & Söner AB;556000\u00a0-0019;4010;Tjänster åäö;5 januari;10,00;Förvaltning Ö;;;;9999;`,
      () => '\u00a0;\u00a0;;;;;;;;;;;;;',
    ];
    const full = `${header};forvaltning;fakturanummer;grund;avtal;kommun_id;s_kod_nr`;
    const rows: string[] = [];
    for (let n = 0; rows.join('\n').length < BYTE_TEXT_FROM; n++) for (const v of variants) rows.push(v(n));
    const text = ['Leverantörsreskontra 2024 – januari', full, ...rows, ''].join('\n');
    expect(isByteText(new TextEncoder().encode(text))).toBe(true);
    const whole = await compare(text);
    const codes = new Set(whole!.findings.map((f) => f.code));
    for (const code of ['invoice-amount', 'date-format', 'invoice-personal-data', 'control-character']) expect(codes).toContain(code);
    expect(whole!.findings.find((f) => f.code === 'invoice-amount')!.value).toBe('12à');
    expect(whole!.masked.size).toBe(2);
    // Windows line ends: the line break is guessed from the same window of text.
    expect((await compare(text.replaceAll('\n', '\r\n')))!.end).toBe(whole!.end);
  });
});
