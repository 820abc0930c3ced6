// Reads the example data's SOURCE files (data/) directly with SheetJS, papaparse and JSON.parse —
// deliberately not through the pipeline — so the content test can compute the expected figures
// independently and compare them with what the built site shows.
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface SourceIndicator {
  id: string;
  unit: string;
  decimals: number;
  direction: Direction;
  targets: { value: number; year: number }[];
}

export interface SourceValue {
  period: string;
  value: number;
  /** file (and row/pointer) the value was read from, for messages. */
  from: string;
}

type Row = (string | number | boolean | Date | null)[];

const text = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** "74,1", "1 234,5", "−3,2", "62", 74.1 → number; status symbols, blanks and text → null. */
export function sourceNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const s = text(cell)
    .replace(/\s*(\*|\(prel\.?\))$/i, '') // preliminary marks
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

function direction(cell: unknown): Direction {
  const s = text(cell).toLowerCase();
  if (s.startsWith('högre') || s === 'upp' || s === '+') return 'higher-is-better';
  if (s.startsWith('lägre') || s === 'ner' || s === '-') return 'lower-is-better';
  return 'neutral';
}

/** Rows of a sheet as arrays, starting at the header row that has all of `labels`. */
function table(rows: Row[], labels: string[]): { header: Map<string, number>; rows: Row[] } | undefined {
  const at = rows.findIndex((row) => labels.every((label) => row.some((cell) => text(cell).toLowerCase() === label.toLowerCase())));
  if (at < 0) return undefined;
  const header = new Map<string, number>();
  rows[at].forEach((cell, i) => header.set(text(cell).toLowerCase(), i));
  return { header, rows: rows.slice(at + 1) };
}

/** The indicator catalogue (matt.xlsx: sheets Mått and Mål) by id. */
export function readCatalogue(dataDir: string): Map<string, SourceIndicator> {
  const workbook = XLSX.read(readFileSync(join(dataDir, 'matt.xlsx')), { type: 'buffer', cellDates: true, UTC: true, cellHTML: false, cellFormula: false });
  const sheets = workbook.SheetNames.map((name) => XLSX.utils.sheet_to_json<Row>(workbook.Sheets[name], { header: 1, raw: true, defval: null, blankrows: true }));
  const indicators = new Map<string, SourceIndicator>();
  for (const rows of sheets) {
    const catalogue = table(rows, ['Mått-id', 'Titel', 'Enhet']);
    if (!catalogue) continue;
    const col = (row: Row, label: string): unknown => {
      const i = catalogue.header.get(label.toLowerCase());
      return i === undefined ? null : row[i];
    };
    for (const row of catalogue.rows) {
      const id = text(col(row, 'Mått-id'));
      if (!id) continue;
      const unit = text(col(row, 'Enhet'));
      const decimals = sourceNumber(col(row, 'Decimaler'));
      const indicator: SourceIndicator = { id, unit, decimals: decimals ?? (unit === '%' ? 1 : 0), direction: direction(col(row, 'Riktning')), targets: [] };
      // A target may also sit on the catalogue row itself.
      const target = sourceNumber(col(row, 'Mål'));
      const year = sourceNumber(col(row, 'Målår'));
      if (target !== null && year !== null) indicator.targets.push({ value: target, year });
      indicators.set(id, indicator);
    }
  }
  for (const rows of sheets) {
    const targets = table(rows, ['Mått-id', 'Mål', 'Målår']);
    if (!targets || targets.header.has('titel')) continue;
    const [idCol, valueCol, yearCol] = ['mått-id', 'mål', 'målår'].map((label) => targets.header.get(label)!);
    for (const row of targets.rows) {
      const indicator = indicators.get(text(row[idCol]));
      const value = sourceNumber(row[valueCol]);
      const year = sourceNumber(row[yearCol]);
      if (indicator && value !== null && year !== null) indicator.targets.push({ value, year });
    }
  }
  return indicators;
}

function addValue(into: Map<string, SourceValue[]>, indicator: string, value: SourceValue): void {
  const list = into.get(indicator) ?? [];
  list.push(value);
  into.set(indicator, list);
}

/**
 * Every number for one area and gender T, by indicator: from Kolada API JSON (data/kolada/*.json),
 * Kolada long CSV (kpi,…,municipality_id,…,year,gender,value) and Swedish long CSV
 * (Mått-id;Kommunkod;Period;Kön;Värde …, Windows-1252 or UTF-8).
 */
export function readAreaValues(dataDir: string, area: string): Map<string, SourceValue[]> {
  const values = new Map<string, SourceValue[]>();
  const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort().map((name) => join(dir, name)) : []);

  for (const file of [...files(dataDir), ...files(join(dataDir, 'kolada'))]) {
    const name = file.slice(dataDir.length + 1);
    if (file.endsWith('.json') && !file.endsWith('site.json')) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { values?: { kpi: string; municipality?: string; period: number | string; values: { gender: string; value: number | null }[] }[] };
      json.values?.forEach((entry, i) => {
        if (entry.municipality !== area) return;
        entry.values.forEach((inner, j) => {
          if (inner.gender === 'T' && typeof inner.value === 'number') addValue(values, entry.kpi, { period: String(entry.period), value: inner.value, from: `${name} /values/${i}/values/${j}` });
        });
      });
    } else if (file.endsWith('.csv')) {
      const bytes = readFileSync(file);
      // Swedish Excel writes Windows-1252; anything that is not valid UTF-8 is read as such.
      let content: string;
      try {
        content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        content = new TextDecoder('windows-1252').decode(bytes);
      }
      content = content.replace(/^\uFEFF/, '');
      const firstLine = content.split('\n', 1)[0];
      const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
      const rows = Papa.parse<string[]>(content, { delimiter, skipEmptyLines: true }).data;
      const kolada = table(rows, ['kpi', 'municipality_id', 'year', 'gender', 'value']);
      const swedish = table(rows, ['Mått-id', 'Kommunkod', 'Period', 'Värde']);
      const found = kolada
        ? { t: kolada, id: 'kpi', area: 'municipality_id', period: 'year', gender: 'gender', value: 'value' }
        : swedish
          ? { t: swedish, id: 'mått-id', area: 'kommunkod', period: 'period', gender: 'kön', value: 'värde' }
          : undefined;
      if (!found) continue;
      const col = (label: string): number | undefined => found.t.header.get(label);
      const headerAt = rows.length - found.t.rows.length; // 1-based row of the first data row is headerAt + 1
      found.t.rows.forEach((row, i) => {
        const genderCol = col(found.gender);
        const gender = genderCol === undefined ? 'T' : text(row[genderCol]) || 'T';
        if (text(row[col(found.area)!]) !== area || gender !== 'T') return;
        const value = sourceNumber(row[col(found.value)!]);
        if (value !== null) addValue(values, text(row[col(found.id)!]), { period: text(row[col(found.period)!]), value, from: `${name} row ${headerAt + i + 1}` });
      });
    }
  }
  return values;
}

/** Where a period starts, in months, so that years, school years, halves, quarters and months sort together. */
export function periodStart(period: string): number {
  const m = /^(\d{4})(?:\/(\d{2})|H([12])|Q([1-4])|-(\d{2}))?$/.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  const year = Number(m[1]) * 12;
  if (m[2]) return year + 7; // a school year starts in August
  if (m[3]) return year + (Number(m[3]) - 1) * 6;
  if (m[4]) return year + (Number(m[4]) - 1) * 3;
  if (m[5]) return year + Number(m[5]) - 1;
  return year;
}

/** The year a period counts as for targets: the year it ends in (school year 2023/24 → 2024). */
export function periodYear(period: string): number {
  const m = /^(\d{4})(?:\/(\d{2}))?/.exec(period)!;
  return m[2] ? Number(m[1]) + 1 : Number(m[1]);
}
