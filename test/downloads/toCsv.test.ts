import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLines, dialectCell, STANDARD_CSV, toCsv, plainNumber } from '../../src/downloads/toCsv.ts';
import { RECORDS_PER_PIECE } from '../../src/write/textPieces.ts';
import { toExcelCsv } from '../../src/downloads/toExcelCsv.ts';
import { toRows } from '../../src/downloads/toRows.ts';
import { DOWNLOAD_COLUMNS } from '../../src/downloads/columns.ts';
import { areas, sampleIndicator, sampleObservations, units } from './sample.ts';

const rows = toRows(sampleIndicator(), sampleObservations(), areas, units);
const col = (header: string) => DOWNLOAD_COLUMNS.findIndex((c) => c.header === header);

function parse(text: string, delimiter: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('toCsv (RFC 4180)', () => {
  const csv = toCsv(rows);

  it('has no BOM, CRLF line ends only, and a header row', () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(DOWNLOAD_COLUMNS.map((c) => c.header).join(','));
  });

  it('parses back to exactly the observations’ values, with decimal points', () => {
    const data = parse(csv, ',');
    expect(data).toHaveLength(rows.length + 1);
    const values = data.slice(1).map((r) => (r[col('varde')] === '' ? null : Number(r[col('varde')])));
    expect(values).toEqual(rows.map((r) => r.value));
    expect(values).toContain(-5);
    expect(csv).toContain(',1234567.5,');
    expect(csv).toContain(',-5,');
  });

  it('writes a missing value as an empty value plus the status symbol and word', () => {
    const data = parse(csv, ',');
    const riket2023 = data[1];
    expect(riket2023[col('varde')]).toBe('');
    expect(riket2023[col('status_symbol')]).toBe('-');
    expect(riket2023[col('status')]).toBe('bortfall');
    expect(data[data.length - 1][col('status_symbol')]).toBe('..');
  });

  it('neutralises formula-like text but leaves numbers as numbers', () => {
    const evil = toRows(
      sampleIndicator({ title: '=HYPERLINK("http://x")' }),
      [{ indicator: 'N15428', area: '9999', period: '2024', gender: 'T', value: -5, note: '@SUM(1)', source: { file: 'a.csv' } }],
      areas,
      units,
    );
    const data = parse(toCsv(evil), ',');
    expect(data[1][col('matt')]).toBe(`'=HYPERLINK("http://x")`);
    expect(data[1][col('kommentar')]).toBe(`'@SUM(1)`);
    expect(data[1][col('varde')]).toBe('-5');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const tricky = toRows(
      sampleIndicator({ title: 'Andel, "behöriga"' }),
      [{ indicator: 'N15428', area: '9999', period: '2024', gender: 'T', value: 1, note: 'rad ett\nrad två', source: { file: 'a.csv' } }],
      areas,
      units,
    );
    const text = toCsv(tricky);
    expect(text).toContain('"Andel, ""behöriga"""');
    const data = parse(text, ',');
    expect(data[1][col('matt')]).toBe('Andel, "behöriga"');
    expect(data[1][col('kommentar')]).toBe("'rad ett\nrad två");
  });

  it('never writes exponent notation', () => {
    expect(plainNumber(1e-7, '.')).toBe('0.0000001');
    expect(plainNumber(1e21, '.')).toBe('1000000000000000000000');
    expect(plainNumber(-0.5, ',')).toBe('-0,5');
  });
});

describe('toExcelCsv (Swedish Excel)', () => {
  const csv = Buffer.from(toExcelCsv(rows)).toString('utf8');

  it('starts with a BOM and uses semicolons and CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(DOWNLOAD_COLUMNS.map((c) => c.header).join(';'));
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('parses back to the same values with decimal commas', () => {
    const data = parse(csv.slice(1), ';');
    const values = data.slice(1).map((r) => {
      const v = r[col('varde')];
      return v === '' ? null : Number(v.replace(',', '.'));
    });
    expect(values).toEqual(rows.map((r) => r.value));
    expect(csv).toContain(';1234567,5;');
    expect(csv).toContain(';74,3;');
    expect(csv).toContain(';-5;');
  });

  it('quotes text that contains a semicolon', () => {
    const r = toRows(sampleIndicator({ title: 'a;b' }), sampleObservations().slice(1, 2), areas, units);
    expect(Buffer.from(toExcelCsv(r)).toString('utf8')).toContain('"a;b"');
  });
});

describe('csvLines', () => {
  it('gives a line per row, in pieces of RECORDS_PER_PIECE rows', () => {
    const one = toRows(sampleIndicator(), sampleObservations(), areas, units);
    const rows = Array.from({ length: 2 * RECORDS_PER_PIECE + 3 }, (_, i) => ({ ...one[i % one.length], period: String(1900 + i) }));
    const pieces = csvLines(rows, STANDARD_CSV);
    expect(pieces).toHaveLength(3);
    expect(pieces.join('')).toBe(rows.map((row) => DOWNLOAD_COLUMNS.map((c) => dialectCell(row[c.key], STANDARD_CSV)).join(',') + '\r\n').join(''));
    expect(csvLines([], STANDARD_CSV)).toEqual([]);
  });
});
