// CSV/TSV/TXT reading: frictionless' edge cases read in place, generated cases, and a round-trip property.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsvBytes, readCsvText } from '../../src/read/readCsv.ts';
import { describeShared, shared } from '../support/sharedData.ts';

const frictionless = (name: string) => readFileSync(shared('edge-cases', 'frictionless', name));
const read = (name: string) => readCsvBytes(frictionless(name), `frictionless/${name}`);
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describeShared('frictionless CSV edge cases', () => {
  it('bom.csv: the BOM is stripped from the first header', () => {
    const r = read('bom.csv');
    expect(r.table!.rows[0]).toEqual(['id', 'name']);
    expect(r.table!.rows[2]).toEqual(['2', '中国人']);
    expect(r.findings).toEqual([]);
  });

  it('latin1.csv: byte A9 reads as © (Windows-1252); no letter beyond ASCII, so no warning', () => {
    const r = read('latin1.csv');
    expect(r.table!.rows).toEqual([['id', 'name'], ['1', 'english'], ['2', '©']]);
    expect(r.findings).toEqual([]);
  });

  it('table-infer-iso-8859-7.csv: Greek letters come out right, named ISO-8859-7', () => {
    const r = read('table-infer-iso-8859-7.csv');
    // Bytes CB E5 F9 ED E9 E4 E1 F2 are Λεωνιδας in ISO-8859-7 (and ËåùíéäáÒ in Windows-1252).
    expect(r.table!.rows.map((row) => row[2])).toEqual(['name', 'Λεωνιδας', 'Αλεξανδρος', 'Μυρων', 'Ευστοργιος']);
    expect(r.findings).toEqual([
      {
        code: 'encoding-suspect',
        file: 'frictionless/table-infer-iso-8859-7.csv',
        params: { encoding: 'ISO-8859-7', 'encoding@sv': 'ISO-8859-7 (grekiska bokstäver)', 'encoding@en': 'ISO-8859-7 (Greek letters)', 'letters@sv': ' – särskilt Λ ε ω ν ι', 'letters@en': ', especially Λ ε ω ν ι' },
      },
    ]);
  });

  it('leading-zeros.csv keeps "01"-style text', () => {
    expect(read('leading-zeros.csv').table!.rows).toEqual([['value'], ['01'], ['002'], ['00003']]);
  });

  it('issue-1009-semicolon.csv and delimiter.csv are read with ";"', () => {
    const a = read('issue-1009-semicolon.csv');
    expect(a.delimiter).toBe(';');
    expect(a.table!.rows).toEqual([['fieldNameA', 'fieldNameB'], ['0123', 'c']]);
    const b = read('delimiter.csv');
    expect(b.delimiter).toBe(';');
    expect(b.table!.rows).toEqual([['id', 'name'], ['1', 'english'], ['2', '中国人']]);
  });

  it('defective-rows.csv keeps ragged rows as they are', () => {
    const r = read('defective-rows.csv');
    expect(r.delimiter).toBe(',');
    expect(r.table!.rows).toEqual([['id', 'name', 'age'], ['1101', 'John'], ['1102', 'Julie', '26', 'Potatoes']]);
    expect(r.findings).toEqual([]);
  });

  it('duplicate-headers.csv and blank-headers.csv are read as-is (header checks belong to the normaliser)', () => {
    expect(read('duplicate-headers.csv').table!.rows[0]).toEqual(['id', 'name', 'id', 'age', 'id']);
    expect(read('duplicate-headers.csv').table!.rows[1]).toEqual(['1101', 'John', '0', '30', '001101']);
    expect(read('blank-headers.csv').table!.rows[0]).toEqual(['id', '', 'age']);
  });

  it('empty.csv → empty-file, no table', () => {
    const r = read('empty.csv');
    expect(r.table).toBeNull();
    expect(codes(r)).toEqual(['empty-file']);
  });

  it('CSV tables have no sheet, merges or hidden rows, and date1904 false', () => {
    const t = read('bom.csv').table!;
    expect(t).toMatchObject({ file: 'frictionless/bom.csv', merges: [], hiddenRows: [], hiddenColumns: [], date1904: false });
    expect('sheet' in t).toBe(false);
  });
});

describeShared('sheetjs TSV', () => {
  it('minimal_112.tsv read with a forced tab matches the same data in minimal_112.xlsx', () => {
    const r = readCsvBytes(readFileSync(shared('edge-cases', 'sheetjs', 'minimal_112.tsv')), 'minimal_112.tsv', { delimiter: '\t' });
    expect(r.findings).toEqual([]);
    expect(r.table!.rows.length).toBe(3);
    expect(r.table!.rows.every((row) => row.length === 2)).toBe(true);
  });
});

describe('decoding', () => {
  const text = 'Kommun;Värde;År\nGöteborg;1,5;2023\nMölndal;2;2024\n';
  const expected = [['Kommun', 'Värde', 'År'], ['Göteborg', '1,5', '2023'], ['Mölndal', '2', '2024']];

  it('Swedish Excel "CSV (semikolonavgränsad)" in Windows-1252: å, ä, ö right, and no warning', () => {
    const r = readCsvBytes(new Uint8Array(Buffer.from(text, 'latin1')), 'x.csv');
    expect(r.table!.rows).toEqual(expected);
    expect(r.findings).toEqual([]);
  });

  it('Windows-1252-only bytes (the euro sign 0x80) decode as Windows-1252, not ISO-8859-1', () => {
    const bytes = new Uint8Array([...Buffer.from('a;b\n'), 0x80, ...Buffer.from(';x\n')]);
    expect(readCsvBytes(bytes, 'x.csv').table!.rows).toEqual([['a', 'b'], ['€', 'x']]);
  });

  it('UTF-8 without BOM: no warning', () => {
    const r = readCsvBytes(new TextEncoder().encode(text), 'x.csv');
    expect(r.table!.rows).toEqual(expected);
    expect(r.findings).toEqual([]);
  });

  it('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16(); // BE: swap every code unit, BOM included (FF FE → FE FF)
    expect(readCsvBytes(new Uint8Array(le), 'le.csv').table!.rows).toEqual(expected);
    expect(readCsvBytes(new Uint8Array(be), 'be.csv').table!.rows).toEqual(expected);
    expect(readCsvBytes(new Uint8Array(be), 'be.csv').findings).toEqual([]);
  });

  it('"Unicode text" from Excel (UTF-16 LE, tab-separated) reads with tabs', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll(';', '\t'), 'utf16le')]);
    const r = readCsvBytes(new Uint8Array(le), 'x.txt');
    expect(r.delimiter).toBe('\t');
    expect(r.table!.rows).toEqual(expected);
  });
});

describe('delimiters and structure', () => {
  it('semicolon with decimal commas picks ";"', () => {
    const r = readCsvText('Kommun;Andel\nA;1,5\nB;2,25\nC;3,0\n', 'x.csv');
    expect(r.delimiter).toBe(';');
    expect(r.table!.rows[1]).toEqual(['A', '1,5']);
  });

  it('a title in A1 and blank lines do not hide the delimiter', () => {
    const r = readCsvText('Resultat 2023\n\nKommun;Värde;År\nA;1;2023\nB;2;2023\n', 'x.csv');
    expect(r.delimiter).toBe(';');
    expect(r.table!.rows).toEqual([['Resultat 2023'], [''], ['Kommun', 'Värde', 'År'], ['A', '1', '2023'], ['B', '2', '2023']]);
  });

  it('trailing blank lines are trimmed; "" stays ""', () => {
    const r = readCsvText('a,b\n1,\n\n\n', 'x.csv');
    expect(r.table!.rows).toEqual([['a', 'b'], ['1', '']]);
  });

  it('whitespace only → empty-file', () => {
    expect(codes(readCsvText('\n\n\r\n', 'x.csv'))).toEqual(['empty-file']);
  });

  it('a semicolon file forced to tab (.tsv) lands in one column → wrong-delimiter', () => {
    const r = readCsvText('Kommun;Värde\nA;1\n', 'x.tsv', { delimiter: '\t' });
    expect(r.findings).toEqual([{ code: 'wrong-delimiter', file: 'x.tsv', cell: 'A1', value: 'Kommun;Värde', params: { delimiter: 'tabb' } }]);
  });

  it('every line wrapped in quotes (one column holding semicolons) → wrong-delimiter', () => {
    const r = readCsvText('"Kommun;Värde"\n"A;1"\n', 'x.csv');
    expect(codes(r)).toEqual(['wrong-delimiter']);
  });

  it('a pipe-separated file lands in one column → wrong-delimiter', () => {
    const r = readCsvText('Mått-id|Kommunkod|Värde\nL1|0182|1\n', 'pipe.csv');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'wrong-delimiter', cell: 'A1', value: 'Mått-id|Kommunkod|Värde' })]);
  });

  it('a genuine one-column file is fine', () => {
    expect(readCsvText('Kommun\nA\nB\n', 'x.csv').findings).toEqual([]);
  });

  it('an unterminated quote → format-error naming the row, no throw', () => {
    const r = readCsvText('a,b\n1,2\n3,"oops\n4,5\n', 'x.csv');
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'format-error', file: 'x.csv', cell: 'A3', params: expect.objectContaining({ row: 3 }) }),
    ]);
    expect(r.table!.rows[0]).toEqual(['a', 'b']);
  });

  it('"__proto__" and duplicate headers stay plain array cells', () => {
    const r = readCsvText('__proto__,constructor,a,a\n1,2,3,4\n', 'x.csv');
    expect(r.table!.rows[0]).toEqual(['__proto__', 'constructor', 'a', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('more rows than maxRows → sheet-too-large, no table', () => {
    const r = readCsvText('a\n1\n2\n3\n4\n', 'x.csv', { maxRows: 3 });
    expect(r.table).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ code: 'sheet-too-large', params: expect.objectContaining({ 'limit@sv': '3 rader' }) })]);
  });
});

describe('properties', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', 'å', 'Ä', 'ö', '€', '中', ' ', 'x', '0') }),
  );

  it('CSV round trip: Papa.unparse(quotes) → readCsvBytes gives the same rows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 })),
        (delimiter, rows) => {
          // A trailing all-empty row is indistinguishable from a trailing blank line, which is trimmed.
          fc.pre(rows[rows.length - 1].some((c) => c !== ''));
          const text = Papa.unparse(rows, { quotes: true, delimiter, newline: '\r\n' });
          const r = readCsvBytes(new TextEncoder().encode(text), 'x.csv', { delimiter });
          expect(r.table!.rows).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('detects the delimiter itself on quoted multi-column output', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 8 }),
        (delimiter, rows) => {
          fc.pre(rows[rows.length - 1].some((c) => c !== ''));
          const text = Papa.unparse(rows, { quotes: true, delimiter });
          expect(readCsvText(text, 'x.csv').table!.rows).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random bytes never throw and always give a table or findings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = readCsvBytes(bytes, 'x.csv');
        expect(r.table !== null || r.findings.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
