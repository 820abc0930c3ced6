import { describe, expect, it } from 'vitest';
import { AreaDirectory } from '../../src/normalise/AreaDirectory.ts';
import { detectLayout } from '../../src/normalise/detectLayout.ts';
import { joinHeaderRows } from '../../src/normalise/joinHeaderRows.ts';
import { normaliseTable } from '../../src/normalise/normaliseTable.ts';
import type { Cell } from '../../src/read/RawTable.ts';
import { describeShared, shared } from '../support/sharedData.ts';
import { sheetTable, table } from './support.ts';

const n = (v: number, z?: string): Cell => (z === undefined ? { t: 'n', v } : { t: 'n', v, z });
const directory = () => new AreaDirectory([{ code: '0182', name: 'Nacka', type: 'municipality' }]);
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('long layout', () => {
  const rows: Cell[][] = [
    ['Resultat för Nacka kommun'],
    [],
    ['Mått-id', 'Kommunkod', 'Period', 'Kön', 'Värde', 'Status', 'Antal svar', 'Kommentar', 'Preliminär'],
    ['N15428', '0182', n(2023), 'T', n(91.4), null, n(120), '', null],
    ['N15428', '0182', '2023', 'K', '..', null, null, 'För få svar', null],
    ['N15428', '0182', 'läsår 2023/24', 'Män', '74,5*', null, null, null, null],
    ['N15428', '0000', '2024', 'T', '', null, null, null, null],
    ['N15428', 'Nacka', '2024', 'T', '12', null, null, null, 'ja'],
    ['U28112', '0182', '2024', 'T', n(0.5, '0%'), null, null, null, null],
    ['U28112', '0182', '2024', 'K', '-', '..', null, null, null],
    [],
    ['Källa: Kolada'],
  ];

  it('is detected below its title rows', () => {
    const d = detectLayout(table(rows))!;
    expect(d.layout).toBe('long');
    expect(d.headerRow).toBe(2);
    expect(d.titleText).toEqual(['Resultat för Nacka kommun']);
    expect([...d.columns]).toEqual([['indicator', 0], ['area', 1], ['period', 2], ['gender', 3], ['value', 4], ['status', 5], ['n', 6], ['note', 7], ['preliminary', 8]]);
  });

  it('reads every row into observations with the value cell as provenance', () => {
    const out = normaliseTable(table(rows), { areas: directory() });
    const src = (cell: string) => ({ file: 'test.xlsx', sheet: 'Blad1', cell });
    expect(out.observations).toEqual([
      { indicator: 'N15428', area: '0182', period: '2023', gender: 'T', value: 91.4, n: 120, source: src('E4') },
      { indicator: 'N15428', area: '0182', period: '2023', gender: 'K', value: null, status: 'suppressed', note: 'För få svar', source: src('E5') },
      { indicator: 'N15428', area: '0182', period: '2023/24', gender: 'M', value: 74.5, preliminary: true, source: src('E6') },
      { indicator: 'N15428', area: '0000', period: '2024', gender: 'T', value: null, status: 'missing', source: src('E7') },
      { indicator: 'N15428', area: '0182', period: '2024', gender: 'T', value: 12, preliminary: true, source: src('E8') },
      { indicator: 'U28112', area: '0182', period: '2024', gender: 'T', value: 50, source: src('E9') },
      { indicator: 'U28112', area: '0182', period: '2024', gender: 'K', value: null, status: 'suppressed', source: src('E10') },
    ]);
    expect(codes(out.findings)).toEqual(['preliminary-value', 'preliminary-value']);
    for (const o of out.observations) for (const v of Object.values(o)) expect(v).not.toBeUndefined();
  });

  it('reads CSV tables (cells are strings) and ignores label columns', () => {
    const out = normaliseTable(
      { file: 'x.csv', rows: [['kpi', 'kpi_title', 'municipality_id', 'municipality', 'year', 'gender', 'value'], ['N1', 'Titel', '0182', 'Nacka', '2020', 'K', '1.5']], merges: [], hiddenRows: [], hiddenColumns: [], date1904: false },
      { areas: new AreaDirectory() },
    );
    expect(out.findings).toEqual([]);
    expect(out.observations).toEqual([{ indicator: 'N1', area: '0182', period: '2020', gender: 'K', value: 1.5, source: { file: 'x.csv', cell: 'G2' } }]);
  });

  it('reads unit observations', () => {
    const out = normaliseTable(table([['Enhets-id', 'År', 'Värde'], ['V15E018200101', '2024', '88']]), { areas: new AreaDirectory() });
    expect(out.findings.map((f) => f.code)).toEqual(['missing-label']);
    expect(out.findings[0].params).toMatchObject({ field: 'indicator' });
    const titled = normaliseTable(table([['N15428 Behöriga'], ['Enhets-id', 'År', 'Värde'], ['V15E018200101', '2024', '88']]), { areas: new AreaDirectory() });
    expect(titled.observations).toEqual([{ indicator: 'N15428', unit: 'V15E018200101', period: '2024', gender: 'T', value: 88, source: { file: 'test.xlsx', sheet: 'Blad1', cell: 'C3' } }]);
  });

  it('joins a second header line of text (units under the headers)', () => {
    const t = table([
      ['Mått-id', 'Kommunkod', 'År', 'Värde'],
      ['(id)', '(kod)', '(åååå)', '(%)'],
      ['N1', '0182', '2024', '5'],
    ]);
    const d = detectLayout(t)!;
    expect(d.headerRows).toBe(2);
    expect(d.labels).toEqual(['Mått-id (id)', 'Kommunkod (kod)', 'År (åååå)', 'Värde (%)']);
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.observations.map((o) => o.source.cell)).toEqual(['D3']);
  });
});

describe('wide layout', () => {
  const rows: Cell[][] = [
    ['N15428 Elever i åk 9 som är behöriga till yrkesprogram, andel (%)'],
    [],
    ['Kommun', 'Kommunnamn', n(2019), '2020', '2021'],
    ['0182', 'Nacka', n(91.4), '92,1', '..'],
    ['0000', 'Riket', n(85), '85,6', '86,0'],
    ['Totalt', '', n(1), '2', '3'],
    [],
    ['Källa: Kolada'],
    ['* Preliminära värden'],
  ];

  it('is detected with period columns and the KPI id from the title', () => {
    const d = detectLayout(table(rows))!;
    expect(d.layout).toBe('wide');
    expect(d.headerRow).toBe(2);
    expect(d.periodColumns).toEqual([{ col: 2, period: '2019' }, { col: 3, period: '2020' }, { col: 4, period: '2021' }]);
    expect([...d.columns]).toEqual([['area', 0]]);
    expect(d.ignoredColumns).toEqual([1]);
  });

  it('reads one observation per period cell, skipping total and note rows', () => {
    const out = normaliseTable(table(rows), { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.observations.map((o) => [o.indicator, o.area, o.period, o.value, o.status ?? '', o.source.cell])).toEqual([
      ['N15428', '0182', '2019', 91.4, '', 'C4'],
      ['N15428', '0182', '2020', 92.1, '', 'D4'],
      ['N15428', '0182', '2021', null, 'suppressed', 'E4'],
      ['N15428', '0000', '2019', 85, '', 'C5'],
      ['N15428', '0000', '2020', 85.6, '', 'D5'],
      ['N15428', '0000', '2021', 86, '', 'E5'],
    ]);
  });

  it('reads a two-line header with a merged group title over the years', () => {
    const t = table(
      [
        ['N15428 Behörighet'],
        ['Kommun', 'Andel behöriga (%)', null, null],
        [null, '2019', '2020', '2021'],
        ['0182', '1', '2', '3'],
      ],
      { merges: [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }, { s: { r: 1, c: 1 }, e: { r: 1, c: 3 } }] },
    );
    const d = detectLayout(t)!;
    expect(d).toMatchObject({ layout: 'wide', headerRow: 1, headerRows: 2 });
    expect(d.labels).toEqual(['Kommun', 'Andel behöriga (%) 2019', 'Andel behöriga (%) 2020', 'Andel behöriga (%) 2021']);
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.observations.map((o) => `${o.period}=${o.value}@${o.source.cell}`)).toEqual(['2019=1@B4', '2020=2@C4', '2021=3@D4']);
  });

  it('with an indicator column needs no title, and reads gender per row', () => {
    const out = normaliseTable(table([['Mått-id', 'Område', 'Kön', '2023/24', '2024/25'], ['N1', '0182', 'K', '1', '2']]), { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.observations.map((o) => `${o.indicator} ${o.gender} ${o.period} ${o.value}`)).toEqual(['N1 K 2023/24 1', 'N1 K 2024/25 2']);
  });
});

describe('catalogue, targets and analysis sheets', () => {
  const catalogue = table(
    [
      ['Mått-id', 'Titel', 'Fråga', 'Vad betyder måttet', 'Enhet', 'Decimaler', 'Riktning', 'Verksamhetsområde', 'Källa', 'Kolada-id', 'Mål', 'Målår', 'Beslut', 'Senast uppdaterad', 'Relaterade mått', 'Nyckelmått', 'Attribuering'],
      ['N15428', 'Behöriga till yrkesprogram', 'Hur många är behöriga?', 'Andel elever …', '%', null, 'högre är bättre', 'Grundskola', 'Kolada', 'N15428', n(90), n(2026), 'KF 2023-06-12 § 45', n(45747, 'yyyy-mm-dd'), 'N15419; N15436', 'ja', null],
      ['LOK1', 'Kostnad per invånare', null, null, 'kr', n(0), 'lägre', 'Ekonomi', 'Egen uppföljning', null, null, null, null, '2025-03-31', null, 'nej', 'Egen'],
      ['LOK2', 'Nöjdhet', null, null, 'index', null, 'neutral', 'Kultur', 'SCB', null, null, null, null, null, null, null, 'Bearbetad Kolada'],
    ],
    { sheet: 'Mått' },
  );

  it('reads catalogue rows as drafts with defaults for % and attribution', () => {
    expect(detectLayout(catalogue)?.layout).toBe('catalogue');
    const out = normaliseTable(catalogue, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.indicators).toEqual([
      {
        id: 'N15428', metadata: { file: 'test.xlsx', sheet: 'Mått', cell: 'A2' },
        title: 'Behöriga till yrkesprogram', question: 'Hur många är behöriga?', description: 'Andel elever …', unit: '%', decimals: 1,
        direction: 'higher-is-better', operatingArea: 'Grundskola', source: 'Kolada', koladaId: 'N15428', attribution: 'kolada',
        range: { min: 0, max: 100 },
        targets: [{ value: 90, year: 2026, decision: 'KF 2023-06-12 § 45', source: { file: 'test.xlsx', sheet: 'Mått', cell: 'K2' } }],
        lastUpdated: '2025-03-31', related: ['N15419', 'N15436'], relatedSource: { file: 'test.xlsx', sheet: 'Mått', cell: 'O2' }, keyIndicator: true,
      },
      {
        id: 'LOK1', metadata: { file: 'test.xlsx', sheet: 'Mått', cell: 'A3' },
        title: 'Kostnad per invånare', unit: 'kr', decimals: 0, direction: 'lower-is-better', operatingArea: 'Ekonomi', source: 'Egen uppföljning',
        attribution: 'local', targets: [], lastUpdated: '2025-03-31', related: [], keyIndicator: false,
      },
      {
        id: 'LOK2', metadata: { file: 'test.xlsx', sheet: 'Mått', cell: 'A4' },
        title: 'Nöjdhet', unit: 'index', decimals: 0, direction: 'neutral', operatingArea: 'Kultur', source: 'SCB',
        attribution: 'kolada-processed', targets: [], related: [],
      },
    ]);
  });

  it('reports a target without a year, a year without a target and a wrong direction', () => {
    const out = normaliseTable(
      table([
        ['Mått-id', 'Titel', 'Riktning', 'Mål', 'Målår'],
        ['A', 'a', 'uppåt', null, null],
        ['B', 'b', 'högre', n(5), null],
        ['C', 'c', 'högre', null, n(2026)],
      ]),
      { areas: new AreaDirectory() },
    );
    expect(out.findings.map((f) => [f.code, f.cell])).toEqual([['invalid-value', 'C2'], ['target-without-year', 'E3'], ['missing-cell', 'D4']]);
    expect(out.indicators).toEqual([]);
  });

  it('reads a targets sheet', () => {
    const t = table([['Mått-id', 'Mål', 'Målår', 'Beslut'], ['N15428', '90', n(2026), 'KF § 45'], ['N15428', '95,5', '2030', null]], { sheet: 'Mål' });
    expect(detectLayout(t)?.layout).toBe('targets');
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.targets).toEqual([
      { indicator: 'N15428', indicatorSource: { file: 'test.xlsx', sheet: 'Mål', cell: 'A2' }, value: 90, year: 2026, decision: 'KF § 45', source: { file: 'test.xlsx', sheet: 'Mål', cell: 'B2' } },
      { indicator: 'N15428', indicatorSource: { file: 'test.xlsx', sheet: 'Mål', cell: 'A3' }, value: 95.5, year: 2030, source: { file: 'test.xlsx', sheet: 'Mål', cell: 'B3' } },
    ]);
  });

  it('reads an analysis sheet', () => {
    const t = table([['Mått-id', 'Period', 'Så tolkar vi resultatet', 'Det här gör vi'], ['N15428', n(2024), 'Bättre än riket.', 'Läxhjälp\noch mentorer.']], { sheet: 'Analys' });
    expect(detectLayout(t)?.layout).toBe('analysis');
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.analysis).toEqual([
      { indicator: 'N15428', indicatorSource: { file: 'test.xlsx', sheet: 'Analys', cell: 'A2' }, period: '2024', interpretation: 'Bättre än riket.', actions: 'Läxhjälp\noch mentorer.', source: { file: 'test.xlsx', sheet: 'Analys', cell: 'C2' } },
    ]);
  });
});

describe('areas and units', () => {
  it('reads an area list with types from words or codes', () => {
    const t = table([
      ['Kod', 'Namn', 'Typ', 'Ingår i'],
      ['0182', 'Nacka', null, '0001'],
      ['0001', 'Region Stockholm', null, null],
      ['G1', 'Liknande kommuner', 'grupp', null],
      ['D-sickla', 'Sickla', 'stadsdel', '0182'],
      ['0000', 'Riket', 'land', null],
    ]);
    expect(detectLayout(t)?.layout).toBe('areas');
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.areas.map((a) => [a.code, a.name, a.type, a.parent ?? ''])).toEqual([
      ['0182', 'Nacka', 'municipality', '0001'],
      ['0001', 'Region Stockholm', 'region', ''],
      ['G1', 'Liknande kommuner', 'group', ''],
      ['D-sickla', 'Sickla', 'district', '0182'],
      ['0000', 'Riket', 'country', ''],
    ]);
  });

  it('reads a unit list with operators and municipality names', () => {
    const t = table([
      ['Enhets-id', 'Namn', 'Typ', 'Huvudman', 'Adress', 'Kommun'],
      ['V15E018200101', 'Sickla skola', 'grundskola', 'kommunal', 'Skolvägen 1', 'Nacka'],
      ['V15E018200102', 'Friskolan', 'grundskola', 'Fristående', null, '0182'],
    ]);
    expect(detectLayout(t)?.layout).toBe('units');
    const out = normaliseTable(t, { areas: directory() });
    expect(out.findings).toEqual([]);
    expect(out.units).toEqual([
      { id: 'V15E018200101', name: 'Sickla skola', type: 'grundskola', operator: 'municipal', address: 'Skolvägen 1', area: '0182', metadata: { file: 'test.xlsx', sheet: 'Blad1', cell: 'A2' } },
      { id: 'V15E018200102', name: 'Friskolan', type: 'grundskola', operator: 'independent', area: '0182', metadata: { file: 'test.xlsx', sheet: 'Blad1', cell: 'A3' } },
    ]);
  });
});

describe('mapping sidecar', () => {
  const rows: Cell[][] = [
    ['Export från systemet'],
    ['Id', 'Kommun/enhet', 'Utfall 2024', 'Extra'],
    ['X1', '0182', '55', 'a'],
    ['Y', 'Summering', '999', null],
    ['X2', '0000', '60', null],
    ['Slut'],
  ];

  it('reads columns by letter or header, constants, header row, skipped rows and the last row', () => {
    const out = normaliseTable(table(rows), {
      areas: new AreaDirectory(),
      mapping: { layout: 'long', headerRow: 2, skipRows: [4], lastRow: 5, columns: { indicator: 'A', area: 'Kommun/enhet', value: 'C', note: 'Extra' }, constants: { period: '2024', gender: 'K' } },
    });
    expect(out.findings).toEqual([]);
    expect(out.observations).toEqual([
      { indicator: 'X1', area: '0182', period: '2024', gender: 'K', value: 55, note: 'a', source: { file: 'test.xlsx', sheet: 'Blad1', cell: 'C3' } },
      { indicator: 'X2', area: '0000', period: '2024', gender: 'K', value: 60, source: { file: 'test.xlsx', sheet: 'Blad1', cell: 'C5' } },
    ]);
  });

  it('reads percent cells as given when percentAsFraction is false', () => {
    const out = normaliseTable(table([['Mått-id', 'Kommunkod', 'År', 'Värde'], ['N1', '0182', '2024', n(74, '0%')]]), { areas: new AreaDirectory(), mapping: { layout: 'long', percentAsFraction: false } });
    expect(out.observations[0].value).toBe(74);
  });

  it('reports a column the header row does not have (mapping-invalid, naming the mapping file)', () => {
    const out = normaliseTable(table(rows), { areas: new AreaDirectory(), mapping: { layout: 'long', headerRow: 2, columns: { value: 'Resultat' } } });
    expect(out.findings).toMatchObject([{ code: 'mapping-invalid', file: 'test.xlsx.mapping.json' }]);
    expect(out.observations).toEqual([]);
  });

  it('reads a wide table with the indicator as a constant', () => {
    const out = normaliseTable(table([['Område', '2023', '2024'], ['0182', '1', '2']]), { areas: new AreaDirectory(), mapping: { layout: 'wide', constants: { indicator: 'LOK9' } } });
    expect(out.findings).toEqual([]);
    expect(out.observations.map((o) => `${o.indicator} ${o.period} ${o.value}`)).toEqual(['LOK9 2023 1', 'LOK9 2024 2']);
  });
});

describe('unrecognised tables', () => {
  it('returns null / nothing for a table with no known header', () => {
    const t = table([['Instruktioner'], ['Fyll i bladet Data.']]);
    expect(detectLayout(t)).toBeNull();
    expect(normaliseTable(t, { areas: new AreaDirectory() })).toMatchObject({ observations: [], findings: [] });
  });
});

describeShared('multi-line headers (frictionless multiline-headers.xlsx)', () => {
  it('joins merged header rows as Frictionless does', () => {
    const t = sheetTable(shared('edge-cases', 'frictionless', 'multiline-headers.xlsx'), 'multiline-headers.xlsx');
    expect(joinHeaderRows(t, 0, 4).map((h) => h.text)).toEqual([
      'Region',
      'Caloric contribution (%)',
      'Cumulative impact of changes on cost of food basket from previous quarter',
      'Cumulative impact of changes on cost of food basket from baseline (%)',
    ]);
  });
});

describe('the end of the data', () => {
  const H: Cell[] = ['Mått-id', 'Kommunkod', 'År', 'Värde'];

  it('stops at notes after an empty row, even notes without a prefix', () => {
    const out = normaliseTable(table([H, ['N1', '0182', '2024', '1'], [], ['Uppgifterna avser hösten.'], ['Källa: SCB'], ['* = preliminärt']]), { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.observations).toHaveLength(1);
  });

  it('stops at prefixed notes directly under the data', () => {
    const out = normaliseTable(table([H, ['N1', '0182', '2024', '1'], ['Källa: Kolada']]), { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.observations).toHaveLength(1);
  });

  it('keeps a row without a period directly under the data as data (missing-cell)', () => {
    const out = normaliseTable(table([H, ['N1', '0182', '2024', '1'], ['N1', '0182', '', '2']]), { areas: new AreaDirectory() });
    expect(out.findings.map((f) => [f.code, f.cell])).toEqual([['missing-cell', 'C3']]);
  });

  it('reports hidden period columns of a wide table and does not read them', () => {
    const out = normaliseTable(table([['N15428'], ['Kommunkod', '2023', '2024'], ['0182', '1', '2']], { hiddenColumns: [2] }), { areas: new AreaDirectory() });
    expect(out.findings.map((f) => [f.code, f.cell])).toEqual([['hidden-column', 'C2']]);
    expect(out.observations.map((o) => o.period)).toEqual(['2023']);
  });
});

describe('incomplete headers', () => {
  it('a long table without its value column is still long, and says which column is missing', () => {
    const t = table([['Mått-id', 'Kommunkod', 'År'], ['N1', '0182', '2024']]);
    expect(detectLayout(t)?.layout).toBe('long');
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toMatchObject([{ code: 'missing-label', file: 'test.xlsx', sheet: 'Blad1', cell: 'A1', params: { field: 'value' } }]);
  });
});

describe('workbook cells', () => {
  it('reads month columns formatted as dates and percent-formatted values in a wide sheet', () => {
    const t = table([
      ['U28112'],
      ['Kommunkod', n(45292, 'mmm yyyy'), n(45323, 'mmm yyyy')],
      ['0182', n(0.745, '0.0%'), n(0.07, '0%')],
    ]);
    const d = detectLayout(t)!;
    expect(d.periodColumns).toEqual([{ col: 1, period: '2024-01' }, { col: 2, period: '2024-02' }]);
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.observations.map((o) => [o.indicator, o.period, o.value])).toEqual([['U28112', '2024-01', 74.5], ['U28112', '2024-02', 7]]);
  });

  it('warns about spaces around a code and still reads it', () => {
    const out = normaliseTable(table([['Mått-id', 'Kommunkod', 'År', 'Värde'], ['N1', '0182 ', '2024', '1']]), { areas: new AreaDirectory() });
    expect(out.findings.map((f) => [f.code, f.cell, f.value])).toEqual([['trailing-space', 'B2', '0182 ']]);
    expect(out.observations[0].area).toBe('0182');
  });

  it('reads a date-formatted period cell in a long sheet as its month (1904 system too)', () => {
    const rows: Cell[][] = [['Mått-id', 'Kommunkod', 'Månad', 'Värde'], ['N1', '0182', n(45352, 'yyyy-mm-dd'), '1']];
    expect(normaliseTable(table(rows), { areas: new AreaDirectory() }).observations[0].period).toBe('2024-03');
    expect(normaliseTable(table(rows, { date1904: true }), { areas: new AreaDirectory() }).observations[0].period).toBe('2028-03');
  });
});
