import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import fc from 'fast-check';
import { checkFile, findingsIn, findInBytes, findInText, identityNumbersIn, mayHoldIdentityNumber } from '../../src/verify/personalData.ts';
import { Verdicts } from '../../src/verify/verdicts.ts';
import * as XLSX from '@e965/xlsx';
import { toXlsx } from '../../src/downloads/toXlsx.ts';
import type { Indicator } from '../../src/model/types.gen.ts';

describe('the privacy rule on bytes', () => {
  it('finds in the undecoded bytes exactly what it finds in the decoded text, whatever surrounds the numbers', () => {
    const texts = [
      '<p>Åsa 19121212-1212, Öbo</p>',
      'ä19121212-1212ö',
      '€121212+1212€ och 701063-2391…',
      '{"namn":"Ärlig","id":"8507099805","värde":1212121212}',
      'id;belopp\r\n900101-9927;1212121212\r\nÅ0501019806Å;2\r\n',
      'hash ab1212121212cdef0123456789abcdef0123456789abcdef0123456789abcdef – 1212121212.50 och 12.1212121212',
      'inget här: 2024-03-05, 556000-0019 ÅÄÖ',
    ];
    for (const text of texts) {
      for (const [type, numeric] of [['.html', new Set<string>()], ['.json', new Set<string>()], ['.csv', new Set(['belopp'])]] as const) {
        expect(findInBytes(Buffer.from(text, 'utf8'), type, numeric), `${type} ${text}`).toEqual(findInText(text, type, numeric));
      }
    }
    expect(findInBytes(Buffer.from(texts[1], 'utf8'), '.html', new Set())).toEqual(['19121212-1212']);
    expect(findInBytes(Buffer.from(texts[6], 'utf8'), '.html', new Set())).toEqual([]);
  });

  it('looks for numbers of the shape in bytes, undecoded, and never misses one the text holds', () => {
    const SHAPE = /(?<![0-9])(?:19|20)?[0-9]{6}[-+]?[0-9]{4}(?![0-9])/;
    // Texts dense with digits and separators, where runs of every length meet at the edges.
    const run = fc.integer({ min: 1, max: 13 }).chain((n) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join('')));
    const texts = fc.array(fc.tuple(fc.constantFrom('', ' ', 'xå', ';', '-', '+', '.', ','), run), { maxLength: 12 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(texts, (text) => {
        if (SHAPE.test(text)) expect(mayHoldIdentityNumber(Buffer.from(text, 'latin1'))).toBe(true);
        if (identityNumbersIn(text).length > 0) expect(findInBytes(Buffer.from(text, 'latin1'), '.html', new Set())).toEqual(identityNumbersIn(text));
      }),
      { numRuns: 20_000 },
    );
    for (const yes of ['1212121212', 'x191212121212;', '121212-1212', '19121212+1212', '12345678901.5 1234567890']) expect(mayHoldIdentityNumber(Buffer.from(yes)), yes).toBe(true);
    // A table of numbers without a run of that shape is passed without being read as text.
    for (const no of ['', '12,3;2024;45.6;B00001;2999\r\n'.repeat(1000), '12345678901', '1234567-1234', '123456-12345', '123456--1234', '12345678']) expect(mayHoldIdentityNumber(Buffer.from(no)), no.slice(0, 30)).toBe(false);
  });

  it('reads a search fragment as the JSON after its signature: a number there is not text, a string is', async () => {
    const fragment = (json: string) => gzipSync(Buffer.from(`pagefind_dcd${json}`));
    expect(await findingsIn('f.pf_fragment', fragment('{"content":"Årsavgift","weight":1212121212}'), new Set())).toEqual([]);
    expect((await findingsIn('f.pf_fragment', fragment('{"content":"Åsa 121212+1212","weight":1}'), new Set())).map((f) => f.entry)).toEqual(['']);
  });

  it('finds a number cut by the edge of a scanned piece, and passes a long clean text', () => {
    for (const at of [65536 - 13, 65536 - 6, 65536, 2 * 65536 - 1]) {
      const text = 'å'.repeat(at / 2) + (at % 2 ? 'x' : '') + ' 19121212-1212 ' + 'ö'.repeat(70_000);
      expect(findInBytes(Buffer.from(text, 'utf8'), '.html', new Set()), String(at)).toEqual(['19121212-1212']);
    }
    expect(findInBytes(Buffer.from('Årsavgift 1 212 kr; 2024-03-05. '.repeat(20_000), 'utf8'), '.html', new Set())).toEqual([]);
  });
});

describe('the privacy rule on large files, read as a stream and never held whole', () => {
  let dir: string;
  /** Just over the size above which a text file is streamed (64 MB): clean CSV rows around `middle`. */
  const large = (at: number, middle: string): Buffer => {
    const row = 'Årsta;1 212 kr;2024-03-05\n';
    const head = 'namn;belopp;datum\n' + row.repeat(Math.ceil(at / row.length));
    const bytes = Buffer.from(head, 'utf8').subarray(0, at);
    // The rest one long cell: as many rows would only make the parse (of a file with a rough hit) slow.
    return Buffer.concat([bytes, Buffer.from(middle, 'utf8'), Buffer.alloc((64 << 20) + 4096 - at, 'text ')]);
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oppna-pd-large-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds a personnummer cut by the edge of a streamed piece, with and without the verdict cache', async () => {
    // The file is read in 64 KB pieces; the number straddles the first edge, then the 300th.
    for (const at of [65536 - 7, 300 * 65536 - 3]) {
      await writeFile(join(dir, 'stor.csv'), large(at, '\n19121212-1212;1;x\n'));
      const plain = await checkFile(dir, 'stor.csv', new Set(['belopp']));
      expect(plain.problems.map((p) => p.detail), String(at)).toEqual([expect.stringContaining('19121212-****')]);
    }
    // Hashed as it is streamed: the bytes judged again whole are checked to be the bytes hashed.
    const cached = await checkFile(dir, 'stor.csv', new Set(['belopp']), await Verdicts.open(undefined, ['test']));
    expect(cached.problems.map((p) => p.detail)).toEqual([expect.stringContaining('19121212-****')]);
    expect(cached.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('judges a rough hit in a large file on its parsed cells: a number in a numeric column is not text', async () => {
    await writeFile(join(dir, 'tal.csv'), large(65536 - 5, '\nÅrsta;1212121212;x\n'));
    expect((await checkFile(dir, 'tal.csv', new Set(['belopp']))).problems).toEqual([]);
    expect((await checkFile(dir, 'tal.csv', new Set())).problems).toHaveLength(1);
  });

  it('re-reads a zip entry with a rough hit to judge it, and finds a number cut by a piece edge inside an entry', async () => {
    const text = 'namn;belopp\n' + 'Årsta;1\n'.repeat(40_000);
    const zip = zipSync({
      'tal.csv': Buffer.from(`${text}Årsta;1212121212\n`),
      'namn.csv': Buffer.from(`${text.slice(0, 65536 - 4)}\n900101-9927;1\n${text}`),
    });
    await writeFile(join(dir, 'alla.zip'), zip);
    const found = await checkFile(dir, 'alla.zip', new Set(['belopp']));
    expect(found.problems.map((p) => p.file)).toEqual(['alla.zip/namn.csv']);
  });

  it('does not clear an entry whose bytes are not those its zip declares (its CRC-32)', async () => {
    const zip = Buffer.from(zipSync({ 'tabell.csv': Buffer.from('namn\r\nÅrsta\r\n') }, { level: 0 }));
    expect(await findingsIn('a.zip', zip, new Set())).toEqual([]);
    zip[zip.indexOf('Årsta') + 2] ^= 1;
    expect((await findingsIn('a.zip', zip, new Set()))[0]?.detail).toMatch(/^cannot be read .*tabell\.csv does not inflate to the size and CRC-32/);
  });
});

describe('the privacy rule on workbooks', () => {
  const row = (note: string, n: number | null) => ({
    indicatorId: 'X1', indicatorTitle: 'Titel', areaCode: '0180', unitId: '', name: 'Stockholm', period: '2024', gender: 'T',
    value: 1, statusSymbol: '', status: '', n, preliminary: '', note, sourceFile: 'a.csv', sourceSheet: '', sourceCell: 'B2',
  });
  const indicator = { id: 'X1', title: 'Titel', attribution: 'local' } as Indicator;

  it('reads the texts SheetJS writes in the worksheets, not only the shared strings: a personnummer in a comment is found', async () => {
    const bytes = Buffer.from(toXlsx([row('Ring 19121212-1212 om detta', null)], indicator));
    const findings = await findingsIn('matt/X1/data.xlsx', bytes, new Set());
    expect(findings.map((f) => f.entry)).toEqual(['xl/worksheets/sheet1.xml']);
    expect(findings[0].detail).toContain('19121212-****');
  });

  it('finds one in a shared string too, and leaves a number cell of the shape alone: it is a figure', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['namn', 'antal'], ['900101-9927', 1212121212]]);
    const shared = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(shared, sheet, 'Data');
    const sst = XLSX.write(shared, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer;
    expect((await findingsIn('a.xlsx', sst, new Set())).map((f) => f.entry)).toEqual(['xl/sharedStrings.xml']);
    const figures = Buffer.from(toXlsx([row('', 1212121212)], indicator));
    expect(figures.includes('1212121212')).toBe(false); // deflated: the figure is only in the inflated sheet
    expect(await findingsIn('matt/X1/data.xlsx', figures, new Set())).toEqual([]);
  });
});
