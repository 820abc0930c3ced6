import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import Ajv2020 from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_HEADERS, LONG_HEADERS, generateExampleData } from '../scripts/make-example-data.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const files = generateExampleData();

function file(path: string): Buffer {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`the generator made no ${path}`);
  return bytes;
}

function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;
}

function workbook(path: string): XLSX.WorkBook {
  return XLSX.read(file(path), { type: 'buffer', cellNF: true, UTC: true });
}

function sheetRows(wb: XLSX.WorkBook, sheet: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet], { header: 1, raw: true, blankrows: true, defval: null });
}

function headerRowIndex(rows: unknown[][], first: string): number {
  return rows.findIndex((r) => r[0] === first);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [relative(ROOT, join(dir, e.name)).split('\\').join('/')]);
}

function loadSchema(name: string): object {
  return JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as object;
}

/** Everything the example data says about values, gathered independently of the generator's internals. */
function exampleValues(): { indicator: string; place: string; period: string; value: number | null }[] {
  const out: { indicator: string; place: string; period: string; value: number | null }[] = [];
  for (const [path, bytes] of files) {
    if (/^data\/kolada\/[NU]\d{5}\.json$/.test(path)) {
      const json = JSON.parse(bytes.toString('utf8')) as { values: { kpi: string; municipality: string; period: number; values: { value: number | null }[] }[] };
      for (const v of json.values) for (const g of v.values) out.push({ indicator: v.kpi, place: v.municipality, period: String(v.period), value: g.value });
    }
  }
  for (const r of csvRows(file('data/kolada/kolada-export.csv').toString('utf8')).slice(1)) {
    out.push({ indicator: r[0], place: r[2], period: r[4], value: r[6] === '' ? null : Number(r[6]) });
  }
  const local = csvRows(new TextDecoder('windows-1252').decode(file('data/resultat-lokala.csv')));
  for (const r of local.slice(2)) {
    out.push({ indicator: r[0], place: r[1], period: r[2], value: r[4] === '' ? null : Number(r[4].replace('*', '').replace(',', '.')) });
  }
  const units = workbook('data/enheter-resultat.xlsx');
  for (const sheet of units.SheetNames) {
    const rows = sheetRows(units, sheet);
    const h = headerRowIndex(rows, 'Enhets-id');
    const header = rows[h].map(String);
    const idCol = header.indexOf('Mått-id');
    const titleId = /\(([NU]\d{5})\)/.exec(String(rows[0][0]))?.[1];
    const firstPeriod = idCol >= 0 ? idCol + 1 : 2;
    for (const r of rows.slice(h + 1)) {
      if (r[0] === null || String(r[0]).startsWith('Källa')) continue;
      const indicator = idCol >= 0 ? String(r[idCol]) : (titleId ?? '?');
      for (let c = firstPeriod; c < header.length; c++) {
        const cell = units.Sheets[sheet][XLSX.utils.encode_cell({ r: rows.indexOf(r), c })] as XLSX.CellObject | undefined;
        const pct = cell?.z !== undefined && String(cell.z).includes('%');
        out.push({ indicator, place: String(r[0]), period: header[c], value: typeof r[c] === 'number' ? (pct ? Math.round((r[c] as number) * 1000) / 10 : (r[c] as number)) : null });
      }
    }
  }
  const mapping = JSON.parse(file('data/synpunkter-export.xlsx.mapping.json').toString('utf8')) as { constants: { indicator: string; area: string } };
  const feedback = sheetRows(workbook('data/synpunkter-export.xlsx'), 'Blad1');
  for (const r of feedback.slice(4, 10)) out.push({ indicator: mapping.constants.indicator, place: mapping.constants.area, period: String(r[0]).replace(' ', ''), value: r[1] as number });
  return out;
}

describe('example data generator', () => {
  it('is deterministic: two runs give byte-identical files', () => {
    const again = generateExampleData();
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, bytes] of files) {
      const a = createHash('sha256').update(bytes).digest('hex');
      const b = createHash('sha256').update(again.get(path) as Buffer).digest('hex');
      expect(b, path).toBe(a);
    }
  });

  it('matches the committed data/ folder exactly (run node scripts/make-example-data.ts after changing it)', () => {
    expect(listFiles(join(ROOT, 'data')).sort()).toEqual([...files.keys()].sort());
    for (const [path, bytes] of files) expect(readFileSync(join(ROOT, path)).equals(bytes), path).toBe(true);
  });
});

describe('example data contents', () => {
  it('site.json validates against schemas/site.schema.json and says it is example data', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(loadSchema('site.schema.json'));
    const site = JSON.parse(file('data/site.json').toString('utf8')) as { exampleData: boolean; municipality: string };
    expect(validate(site), JSON.stringify(validate.errors)).toBe(true);
    expect(site.exampleData).toBe(true);
    expect(site.municipality).toBe('9999');
  });

  it('the mapping sidecar validates against schemas/mapping.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(loadSchema('mapping.schema.json'));
    const mapping: unknown = JSON.parse(file('data/synpunkter-export.xlsx.mapping.json').toString('utf8'));
    expect(validate(mapping), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the catalogue workbook has the Mått, Mål and Analys headers, visible sheets only, and real date cells', () => {
    const wb = workbook('data/matt.xlsx');
    expect(wb.SheetNames).toEqual(['Läs mig', 'Mått', 'Mål', 'Analys']);
    expect((wb.Workbook?.Sheets ?? []).every((s) => !s.Hidden)).toBe(true);

    const rows = sheetRows(wb, 'Mått');
    const h = headerRowIndex(rows, 'Mått-id');
    expect(h).toBeGreaterThan(0); // a title row above the header, as in real exports
    expect(rows[h]).toEqual([...CATALOGUE_HEADERS]);
    const lastUpdated = CATALOGUE_HEADERS.indexOf('Senast uppdaterad');
    const cell = wb.Sheets['Mått'][XLSX.utils.encode_cell({ r: h + 1, c: lastUpdated })] as XLSX.CellObject;
    expect(cell.t).toBe('n');
    expect(XLSX.SSF.is_date(String(cell.z))).toBe(true);

    const targets = sheetRows(wb, 'Mål');
    expect(targets[headerRowIndex(targets, 'Mått-id')]).toEqual(['Mått-id', 'Mål', 'Målår', 'Beslut']);
    const analysis = sheetRows(wb, 'Analys');
    expect(analysis[headerRowIndex(analysis, 'Mått-id')]).toEqual(['Mått-id', 'Period', 'Så tolkar vi resultatet', 'Det här gör vi']);
  });

  it('the local long CSV is Windows-1252 with semicolons and decimal commas, as Swedish Excel saves it', () => {
    const bytes = file('data/resultat-lokala.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(Buffer.from([0xe5]))).toBe(true); // å as one byte
    const rows = csvRows(new TextDecoder('windows-1252').decode(bytes));
    expect(rows[1]).toEqual([...LONG_HEADERS]);
    expect(rows.slice(2).some((r) => /^\d+,\d+$/.test(r[4]))).toBe(true);
    expect(rows.slice(2).some((r) => r[4].endsWith('*'))).toBe(true); // a preliminary value
    expect(new Set(rows.slice(2).map((r) => r[5]).filter(Boolean))).toEqual(new Set(['-', '.']));
  });

  it('areas and units are UTF-8 CSV with BOM, codes as four-digit text', () => {
    for (const path of ['data/omraden.csv', 'data/enheter.csv']) {
      const bytes = file(path);
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    const areas = csvRows(file('data/omraden.csv').toString('utf8').slice(1));
    expect(areas[0]).toEqual(['Kod', 'Namn', 'Typ']);
    const codes = areas.slice(1).map((r) => r[0]);
    expect(codes.slice(0, 2)).toEqual(['0000', '9001']);
    expect(codes.slice(-4)).toEqual(['9991', '9992', '9993', '9999']);
    // The whole made-up country: 290 municipalities, each named once, so a page can rank among all of them.
    const municipalities = areas.slice(1).filter((r) => r[2] === 'kommun');
    expect(municipalities).toHaveLength(290);
    expect(new Set(municipalities.map((r) => r[1])).size).toBe(290);
    const units = csvRows(file('data/enheter.csv').toString('utf8').slice(1));
    expect(units[0]).toEqual(['Enhets-id', 'Namn', 'Typ', 'Huvudman', 'Adress', 'Kommunkod']);
  });

  it('Kolada API files have the API v2 shape, with null values only as status Missing', () => {
    const jsonFiles = [...files.keys()].filter((p) => p.startsWith('data/kolada/') && p.endsWith('.json'));
    expect(jsonFiles.length).toBeGreaterThanOrEqual(4);
    for (const path of jsonFiles) {
      const json = JSON.parse(file(path).toString('utf8')) as { count: number; values: { kpi: string; municipality: string; period: number; values: { count: number; gender: string; status: string; value: number | null }[] }[] };
      expect(json.count, path).toBe(json.values.length);
      for (const v of json.values) {
        expect(path.endsWith(`${v.kpi}.json`)).toBe(true);
        expect(v.municipality).toMatch(/^\d{4}$/);
        expect(Number.isInteger(v.period)).toBe(true);
        for (const g of v.values) expect(g.value === null, `${path} ${v.municipality} ${v.period}`).toBe(g.status === 'Missing');
      }
    }
  });

  it('every indicator, area and unit used has a definition, and percentages stay within 0–100', () => {
    const catalogue = sheetRows(workbook('data/matt.xlsx'), 'Mått');
    const h = headerRowIndex(catalogue, 'Mått-id');
    const unitOf = new Map(catalogue.slice(h + 1).map((r) => [String(r[0]), String(r[6])]));
    const kolada = new Set(csvRows(file('data/kolada/kpi-katalog.csv').toString('utf8')).slice(1).map((r) => r[0]));
    const areas = new Set(csvRows(file('data/omraden.csv').toString('utf8').slice(1)).slice(1).map((r) => r[0]));
    const units = new Set(csvRows(file('data/enheter.csv').toString('utf8').slice(1)).slice(1).map((r) => r[0]));

    const values = exampleValues();
    expect(values.length).toBeGreaterThan(1000);
    const used = new Set(values.map((v) => v.indicator));
    expect(used.size).toBeGreaterThanOrEqual(14);
    for (const id of used) expect(unitOf.has(id), id).toBe(true);
    for (const id of unitOf.keys()) expect(used.has(id), `${id} has no values`).toBe(true);
    for (const id of used) if (/^[NU]\d{5}$/.test(id)) expect(kolada.has(id), `${id} missing from kpi-katalog.csv`).toBe(true);
    for (const v of values) expect(areas.has(v.place) || units.has(v.place), v.place).toBe(true);
    for (const v of values) {
      if (unitOf.get(v.indicator) === '%' && v.value !== null && v.indicator !== 'N03102') {
        expect(v.value, `${v.indicator} ${v.place} ${v.period}`).toBeGreaterThanOrEqual(0);
        expect(v.value, `${v.indicator} ${v.place} ${v.period}`).toBeLessThanOrEqual(100);
      }
    }
    // The example covers every kind of period.
    const periods = values.map((v) => v.period);
    for (const kind of [/^\d{4}$/, /^\d{4}\/\d{2}$/, /^\d{4}H[12]$/, /^\d{4}Q[1-4]$/, /^\d{4}-\d{2}$/]) {
      expect(periods.some((p) => kind.test(p)), String(kind)).toBe(true);
    }
  });

  it('targets and analysis texts refer to catalogue indicators, and analysis to periods that have data', () => {
    const wb = workbook('data/matt.xlsx');
    const catalogue = sheetRows(wb, 'Mått');
    const ids = new Set(catalogue.slice(headerRowIndex(catalogue, 'Mått-id') + 1).map((r) => String(r[0])));
    const targets = sheetRows(wb, 'Mål');
    const targetRows = targets.slice(headerRowIndex(targets, 'Mått-id') + 1);
    expect(targetRows.length).toBeGreaterThanOrEqual(12);
    for (const r of targetRows) {
      expect(ids.has(String(r[0]))).toBe(true);
      expect(typeof r[1]).toBe('number');
      expect(r[2]).toBeGreaterThanOrEqual(2024);
    }
    const withData = new Set(exampleValues().filter((v) => v.place === '9999' && v.value !== null).map((v) => `${v.indicator}|${v.period}`));
    const analysis = sheetRows(wb, 'Analys');
    const analysisRows = analysis.slice(headerRowIndex(analysis, 'Mått-id') + 1);
    expect(analysisRows.length).toBeGreaterThanOrEqual(12);
    for (const r of analysisRows) expect(withData.has(`${String(r[0])}|${String(r[1])}`), `${String(r[0])} ${String(r[1])}`).toBe(true);
  });
});
