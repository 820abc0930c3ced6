import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../src/downloads/toXlsx.ts';
import { toRows } from '../../src/downloads/toRows.ts';
import { DOWNLOAD_COLUMNS } from '../../src/downloads/columns.ts';
import { areas, sampleIndicator, sampleObservations, units } from './sample.ts';

const indicator = sampleIndicator();
const rows = toRows(indicator, sampleObservations(), areas, units);
const col = (header: string) => DOWNLOAD_COLUMNS.findIndex((c) => c.header === header);

function read(bytes: Uint8Array) {
  return XLSX.read(bytes, { type: 'array', cellFormula: true, cellHTML: false });
}

describe('toXlsx', () => {
  const bytes = toXlsx(rows, indicator, { licence: 'CC0-1.0', publisher: 'Exempelkommun' });

  it('has a data sheet and an "Om datat" sheet', () => {
    expect(read(bytes).SheetNames).toEqual(['Data', 'Om datat']);
  });

  it('parses back to exactly the observations’ values, as number cells', () => {
    const sheet = read(bytes).Sheets.Data;
    const data = XLSX.utils.sheet_to_json<(string | number | null)[]>(sheet, { header: 1, defval: null, raw: true });
    expect(data[0]).toEqual(DOWNLOAD_COLUMNS.map((c) => c.header));
    expect(data.slice(1).map((r) => r[col('varde')])).toEqual(rows.map((r) => r.value));
    const valueCells = rows.map((_, i) => sheet[XLSX.utils.encode_cell({ r: i + 1, c: col('varde') })]);
    expect(valueCells.filter(Boolean).every((c) => c.t === 'n')).toBe(true);
    expect(data.slice(1).map((r) => r[col('antal')])).toEqual(rows.map((r) => r.n));
  });

  it('keeps codes as text and a missing value as empty + status symbol', () => {
    const sheet = read(bytes).Sheets.Data;
    const a2 = sheet[XLSX.utils.encode_cell({ r: 1, c: col('omradeskod') })];
    expect(a2).toMatchObject({ t: 's', v: '0000' });
    expect(sheet[XLSX.utils.encode_cell({ r: 1, c: col('varde') })]).toBeUndefined();
    expect(sheet[XLSX.utils.encode_cell({ r: 1, c: col('status_symbol') })]).toMatchObject({ t: 's', v: '-' });
  });

  it('writes no formulas: formula-like text is a neutralised string cell', () => {
    const evilIndicator = sampleIndicator({ title: '=HYPERLINK("http://x")' });
    const evil = toRows(
      evilIndicator,
      [{ indicator: 'N15428', area: '9999', period: '2024', gender: 'T', value: -5, note: '@SUM(1)', source: { file: 'a.csv' } }],
      areas,
      units,
    );
    const wb = read(toXlsx(evil, evilIndicator));
    for (const name of wb.SheetNames) {
      for (const [ref, cell] of Object.entries(wb.Sheets[name])) {
        if (ref.startsWith('!')) continue;
        expect((cell as XLSX.CellObject).f, `${name}!${ref}`).toBeUndefined();
      }
    }
    const sheet = wb.Sheets.Data;
    expect(sheet[XLSX.utils.encode_cell({ r: 1, c: col('matt') })]).toMatchObject({ t: 's', v: `'=HYPERLINK("http://x")` });
    expect(sheet[XLSX.utils.encode_cell({ r: 1, c: col('kommentar') })]).toMatchObject({ t: 's', v: "'@SUM(1)" });
    expect(sheet[XLSX.utils.encode_cell({ r: 1, c: col('varde') })]).toMatchObject({ t: 'n', v: -5 });
  });

  it('describes the indicator, source, attribution and licence in "Om datat"', () => {
    const about = XLSX.utils.sheet_to_json<string[]>(read(bytes).Sheets['Om datat'], { header: 1, defval: '' });
    const facts = new Map(about.filter((r) => r.length >= 2).map((r) => [r[0], r[1]]));
    expect(facts.get('Mått')).toBe(indicator.title);
    expect(facts.get('Definition')).toBe(indicator.definition);
    expect(facts.get('Källa')).toBe('Skolverket via Kolada');
    expect(facts.get('Attribuering')).toBe('Källa: Kolada');
    expect(facts.get('Licens')).toBe('CC0-1.0');
    expect(facts.get('varde')).toMatch(/Värdet/);
  });

  it('gives identical bytes on two builds', async () => {
    const again = toXlsx(toRows(indicator, sampleObservations().reverse(), areas, units), indicator, {
      licence: 'CC0-1.0',
      publisher: 'Exempelkommun',
    });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('takes the workbook dates from the data, not the clock', () => {
    const wb = read(bytes);
    expect(wb.Props?.CreatedDate?.toISOString()).toBe('2026-09-15T00:00:00.000Z');
  });
});

describe('toXlsx compression', () => {
  it('deflates with zlib (dynamic Huffman blocks), not SheetJS’s fixed-code fallback', () => {
    const bytes = Buffer.from(toXlsx(rows, indicator));
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const header = bytes.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]), bytes.indexOf(name) - 30);
    expect(bytes.readUInt16LE(header + 8)).toBe(8); // deflate
    const data = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    // BTYPE, bits 1–2 of the first block header: 2 = dynamic Huffman codes.
    expect((bytes[data] >> 1) & 0b11).toBe(2);
  });
});
