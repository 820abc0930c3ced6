// Every budget/outcome layout the README documents, read from real files (CSV bytes in the
// encodings Excel writes, workbooks made with SheetJS) through the whole importer: the amounts in
// kronor, their cells, the unit and sign as stated, and the rows that are not data left out.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { BASE, csv, line, run, workbook, type Aoa } from './support.ts';

const cell = (v: number, z = '#,##0'): XLSX.CellObject => ({ t: 'n', v, z });

/** Windows-1252 bytes of a text (Swedish Excel's "CSV (semikolonavgränsad)"). */
function cp1252(text: string): Uint8Array {
  const map: Record<string, number> = { å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6, é: 0xe9 };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

describe('rows layout: one row per area and period, a column per amount', () => {
  it('reads a UTF-8 CSV with BOM: unit in the title, a Summa row and a note skipped, the deviation checked', async () => {
    const text = '\ufeff' + csv(
      'Driftredovisning per verksamhet, tkr',
      'Nämnd;Verksamhet;År;Budget;Utfall;Avvikelse',
      'Utbildningsnämnden;Grundskola;2023;780 000;795 400;-15 400',
      'Utbildningsnämnden;Grundskola;2024;800 000;811 200;-11 200',
      'Socialnämnden;Äldreomsorg;2024;750 000;748 000;2 000',
      'Summa;;2024;1 550 000;1 559 200;-9 200',
      '',
      'Källa: ekonomisystemet',
    );
    const { budget, codes } = await run({ 'budget/drift.csv': text });
    expect(codes.filter((c) => c.startsWith('budget') && !c.startsWith('budget-no-population'))).toEqual([]);
    expect(budget?.lines.map((l) => [l.area, l.period, l.budget, l.outcome, l.committee])).toEqual([
      ['Grundskola', '2023', 780_000_000, 795_400_000, 'Utbildningsnämnden'],
      ['Grundskola', '2024', 800_000_000, 811_200_000, 'Utbildningsnämnden'],
      ['Äldreomsorg', '2024', 750_000_000, 748_000_000, 'Socialnämnden'],
    ]);
    expect(line(budget, 'Grundskola', '2024')?.sources.outcome).toEqual({ file: 'budget/drift.csv', cell: 'E4', unit: 'tkr' });
  });

  it('reads a workbook with År and Månad columns: accumulated months, annual budget and forecast, the unit in each header', async () => {
    const aoa: Aoa = [
      ['Verksamhet', 'År', 'Månad', 'Budget ack (mnkr)', 'Utfall ack (mnkr)', 'Årsbudget (mnkr)', 'Prognos helår (mnkr)'],
      ['Grundskola', 2025, 7, cell(483.8, '0.0'), cell(492.4, '0.0'), cell(829.4, '0.0'), cell(839.4, '0.0')],
      ['Grundskola', 2025, 'augusti', cell(552.9, '0.0'), cell(563.4, '0.0'), cell(829.4, '0.0'), cell(839.4, '0.0')],
    ];
    const { budget, codes } = await run({ 'budget/uppfoljning.xlsx': workbook({ Uppföljning: aoa }) });
    expect(codes).toEqual([]);
    expect(line(budget, 'Grundskola', '2025-07')).toMatchObject({ budget: 483_800_000, outcome: 492_400_000, annualBudget: 829_400_000, forecast: 839_400_000 });
    expect(line(budget, 'Grundskola', '2025-08')?.sources.budget).toEqual({ file: 'budget/uppfoljning.xlsx', sheet: 'Uppföljning', cell: 'D3', unit: 'mnkr' });
  });

  it('takes the period from the sheet name when the table has none (a sheet per year)', async () => {
    const sheet = (b: number, o: number): Aoa => [['Belopp i tkr'], ['Verksamhet', 'Budget', 'Utfall'], ['Förskola', b, o]];
    const { budget, codes } = await run({ 'budget/drift.xlsx': workbook({ '2023': sheet(390_000, 392_100), '2024': sheet(400_000, 397_000) }) });
    expect(codes).toEqual(['budget-no-population budget/drift.xlsx 2023']);
    expect(budget?.lines.map((l) => [l.period, l.budget, l.outcome])).toEqual([
      ['2023', 390_000_000, 392_100_000],
      ['2024', 400_000_000, 397_000_000],
    ]);
  });

  it('reads a committee-only table: the committee is the line', async () => {
    const { budget } = await run({ 'budget/namnder.csv': csv('Nämnd;År;Budget (tkr);Utfall (tkr)', 'Kommunstyrelsen;2024;188 800;188 000') });
    expect(budget?.lines.map((l) => [l.area, l.committee])).toEqual([['Kommunstyrelsen', 'Kommunstyrelsen']]);
  });
});

describe('wide layout: one row per area, a column per kind of amount and period', () => {
  it('reads "Budget 2023 (mnkr)" headers with decimal commas, the current year with a budget only', async () => {
    const text = csv('Verksamhet;Budget 2023 (mnkr);Utfall 2023 (mnkr);Budget 2024 (mnkr);Utfall 2024 (mnkr);Budget 2025 (mnkr)', 'Grundskola;780,0;795,4;800,0;811,2;829,4');
    const { budget, codes } = await run({ 'budget/drift.csv': text });
    expect(codes.filter((c) => !c.startsWith('budget-no-population'))).toEqual([]);
    expect(budget?.lines.map((l) => [l.period, l.budget, l.outcome])).toEqual([
      ['2023', 780_000_000, 795_400_000],
      ['2024', 800_000_000, 811_200_000],
      ['2025', 829_400_000, undefined],
    ]);
  });

  it('reads a two-row header with the years merged over Budget, Utfall and Avvikelse', async () => {
    const aoa: Aoa = [
      ['Driftredovisning (tkr)'],
      ['Verksamhet', '2023', null, null, '2024', null, null],
      [null, 'Budget', 'Utfall', 'Avvikelse', 'Budget', 'Utfall', 'Avvikelse'],
      ['Äldreomsorg', 733_000, 735_900, -2_900, 760_400, 753_600, 6_800],
    ];
    const merges = [
      { s: { r: 1, c: 1 }, e: { r: 1, c: 3 } },
      { s: { r: 1, c: 4 }, e: { r: 1, c: 6 } },
      { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
    ];
    const { budget, codes } = await run({ 'budget/drift.xlsx': workbook({ Drift: aoa }, (wb) => (wb.Sheets.Drift['!merges'] = merges)) });
    expect(codes.filter((c) => !c.startsWith('budget-no-population'))).toEqual([]);
    expect(budget?.lines.map((l) => [l.period, l.budget, l.outcome])).toEqual([
      ['2023', 733_000_000, 735_900_000],
      ['2024', 760_400_000, 753_600_000],
    ]);
  });

  it('reads a two-row header whose years are written once over their columns, without merged cells', async () => {
    const aoa: Aoa = [
      ['Verksamhet', 2023, null, 2024, null, 'Kommentar'],
      [null, 'Budget (tkr)', 'Utfall (tkr)', 'Budget (tkr)', 'Utfall (tkr)', null],
      ['Förskola', 390_000, 392_100, 400_000, 397_000, 'Fler barn än väntat'],
    ];
    const { budget, codes } = await run({ 'budget/drift.xlsx': workbook({ Blad1: aoa }) });
    expect(codes.filter((c) => !c.startsWith('budget-no-population'))).toEqual([]);
    expect(budget?.lines.map((l) => [l.period, l.budget, l.outcome])).toEqual([
      ['2023', 390_000_000, 392_100_000],
      ['2024', 400_000_000, 397_000_000],
    ]);
  });
});

describe('long layout: one row per area, period and kind of amount', () => {
  it('reads a Windows-1252 CSV with a Typ column and a Belopp column', async () => {
    const text = csv('Verksamhet;År;Typ;Belopp (tkr)', 'Grundskola;2024;Budget;800 000', 'Grundskola;2024;Utfall;811 200', 'Äldreomsorg;2024;Bokslut;748 000', 'Äldreomsorg;2024;Budget;750 000');
    const { budget, codes } = await run({ 'budget/bi-export.csv': cp1252(text) });
    // Windows-1252 with only Swedish letters: read as Swedish Excel saves it, without a warning (issue 9).
    expect(codes.filter((c) => !c.startsWith('budget-no-population'))).toEqual([]);
    expect(budget?.lines.map((l) => [l.area, l.budget, l.outcome])).toEqual([
      ['Grundskola', 800_000_000, 811_200_000],
      ['Äldreomsorg', 750_000_000, 748_000_000],
    ]);
    expect(line(budget, 'Äldreomsorg', '2024')?.sources.outcome?.cell).toBe('D4');
  });
});

describe('signs', () => {
  it('turns a table whose every amount is negative, and says so', async () => {
    const { budget, codes } = await run({ 'budget/drift.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr);Avvikelse (tkr)', 'Grundskola;2024;-800 000;-811 200;-11 200') });
    expect(codes).toContain('budget-negative-costs budget/drift.csv C1');
    expect(line(budget, 'Grundskola', '2024')).toMatchObject({ budget: 800_000_000, outcome: 811_200_000 });
    expect(line(budget, 'Grundskola', '2024')?.sources.budget).toMatchObject({ negated: true });
  });

  it('keeps a net income line (negative amid positive costs) as it is', async () => {
    const { budget, codes } = await run({ 'budget/drift.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr)', 'Grundskola;2024;800 000;811 200', 'Exploatering;2024;-20 000;-31 500') });
    expect(codes.some((c) => c.startsWith('budget-negative-costs'))).toBe(false);
    expect(line(budget, 'Exploatering', '2024')).toMatchObject({ budget: -20_000_000, outcome: -31_500_000 });
  });
});

describe('mapping sidecar: an export no built-in layout reads', () => {
  it('names the columns, the unit, the sign, the period and the words of its Typ column', async () => {
    const aoa: Aoa = [
      ['Rapport 17 – uttag ur ekonomisystemet'],
      ['Ansv', 'Verks', 'Värdetyp', 'Saldo'],
      ['510', 'Grundskola', 'Internbudget', -812_000],
      ['510', 'Grundskola', 'Ack', -823_400],
    ];
    const mapping = {
      layout: 'long',
      sheet: 'Uttag',
      headerRow: 2,
      columns: { area: 'B', measure: 'Värdetyp', amount: 'D' },
      constants: { period: '2024' },
      unit: 'tkr',
      costSign: 'negative',
      measures: { Internbudget: 'budget', Ack: 'outcome' },
    };
    const { budget, codes } = await run({
      'budget/uttag.xlsx': workbook({ Uttag: aoa, Annat: [['x']] }),
      'budget/uttag.xlsx.mapping.json': JSON.stringify(mapping),
    });
    expect(codes.filter((c) => !c.startsWith('budget-no-population'))).toEqual(['unknown-label budget/uttag.xlsx Uttag A2']);
    // A unit in a header that disagrees with the mapping's is a contradiction to resolve, not to pick from.
    const contradicted = await run({
      'budget/uttag.xlsx': workbook({ Uttag: aoa.map((row, i) => (i === 1 ? ['Ansv', 'Verks', 'Värdetyp', 'Saldo (kr)'] : row)) }),
      'budget/uttag.xlsx.mapping.json': JSON.stringify(mapping),
    });
    expect(contradicted.codes).toContain('budget-unit-conflict budget/uttag.xlsx Uttag D2');
    expect(line(budget, 'Grundskola', '2024')).toMatchObject({ budget: 812_000_000, outcome: 823_400_000 });
  });

  it('reports a mapping that breaks its schema, and reads nothing of the file', async () => {
    const { budget, codes } = await run({
      'budget/drift.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr)', 'Grundskola;2024;800 000;811 200'),
      'budget/drift.csv.mapping.json': JSON.stringify({ layout: 'sideways' }),
    });
    expect(codes).toContain('mapping-invalid budget/drift.csv.mapping.json');
    expect(budget).toBeUndefined();
  });
});

describe('residents', () => {
  it('takes them from an Invånare column before Kolada N01951, and computes nothing else', async () => {
    const { budget } = await run({
      'budget/drift.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr);Invånare', 'Grundskola;2024;800 000;811 200;64 000', 'Äldreomsorg;2024;750 000;748 000;64 000'),
      'kolada/N01951.json': JSON.stringify({ count: 1, values: [{ kpi: 'N01951', municipality: '9999', period: 2024, values: [{ count: 1, gender: 'T', status: '', value: 63_908 }] }] }),
      'matt.csv': `${BASE['matt.csv']}N01951;Invånare;antal;Befolkning\n`,
    });
    expect(budget?.population).toEqual([{ year: '2024', residents: 64_000, source: { file: 'budget/drift.csv', cell: 'E2' } }]);
  });

  it('takes them from N01951 (or the local indicator carrying it) for the home municipality', async () => {
    const base = {
      'matt.csv': 'Mått-id;Titel;Enhet;Verksamhetsområde;Kolada-id\nINV;Invånare;antal;Befolkning;N01951\n',
      'omraden.csv': 'Kod;Namn;Typ\n0000;Riket;land\n9999;Exempelkommun;kommun\n',
      'resultat.csv': 'Mått-id;Kommunkod;Period;Värde\nN01951;9999;2024;63908\nN01951;0000;2024;10551707\n',
    };
    const { budget, codes } = await run({ 'budget/drift.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr)', 'Grundskola;2024;800 000;811 200') }, base);
    expect(codes).toEqual([]);
    expect(budget?.population).toEqual([{ year: '2024', residents: 63_908, indicator: 'INV', source: { file: 'resultat.csv', cell: 'D2' } }]);
  });

  it('warns once, naming the years, when a year with an outcome has no residents', async () => {
    const { codes, findings } = await run({ 'budget/drift.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr)', 'Grundskola;2023;780 000;795 400', 'Grundskola;2024;800 000;811 200', 'Grundskola;2025;829 400;') });
    expect(codes).toEqual(['budget-no-population budget/drift.csv']);
    expect(findings[0].params?.period).toBe('2023 och 2024');
  });
});

describe('across files', () => {
  it('merges a budget file and an outcome file, and rejects the same amount given twice with different values', async () => {
    const { budget } = await run({
      'budget/budget.csv': csv('Verksamhet;År;Budget (tkr)', 'Grundskola;2024;800 000'),
      'budget/utfall.csv': csv('Verksamhet;År;Utfall (tkr)', 'grundskola;2024;811 200'),
    });
    expect(budget?.lines.map((l) => [l.area, l.budget, l.outcome])).toEqual([['Grundskola', 800_000_000, 811_200_000]]);
    const clash = await run({
      'budget/a.csv': csv('Verksamhet;År;Budget (tkr)', 'Grundskola;2024;800 000'),
      'budget/b.csv': csv('Verksamhet;År;Budget (tkr)', 'Grundskola;2024;801 000'),
    });
    expect(clash.codes).toContain('conflicting-value budget/b.csv C2');
    expect(clash.budget).toBeUndefined();
  });

  it('leaves the results alone: a budget folder is not read as results, and a budget error withholds everything', async () => {
    const ok = await run({ 'budget/drift.csv': csv('Verksamhet;År;Budget (tkr);Utfall (tkr)', 'Grundskola;2024;800 000;811 200') });
    expect(ok.result.dataset?.indicators.map((i) => i.id)).toEqual(['L1', 'L2']);
    const bad = await run({ 'budget/drift.csv': csv('Verksamhet;År;Budget;Utfall', 'Grundskola;2024;800 000;811 200') });
    expect(bad.codes).toContain('budget-unit-missing budget/drift.csv C1');
    expect(bad.result.dataset).toBeUndefined();
    expect(bad.result.sections.size).toBe(0);
  });
});
