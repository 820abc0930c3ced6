// Bytes → text: a Swedish Excel CSV (Windows-1252) is never misread, whatever its length or layout;
// UTF-8 with and without BOM and UTF-16 with and without BOM read exactly; genuinely Greek,
// Cyrillic and Central European files still get their own code page.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decodeText.ts';
import { letterEvidence, looksSwedish } from '../../src/read/letterEvidence.ts';
import { describeShared, shared } from '../support/sharedData.ts';
import { singleByteEncoder, swedishCsv } from './swedishCsv.ts';

const windows1252 = singleByteEncoder('windows-1252');
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const utf16 = (text: string, bom: boolean, endian: 'le' | 'be') => {
  const le = Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
  if (endian === 'be') le.swap16();
  return new Uint8Array(le);
};
const SWEDISH_LETTER = /[åäöÅÄÖé]/;
const short = { minLength: 1, maxLength: 12 };
const long = { minLength: 200, maxLength: 600 };
/** Keeps the first `keep` Swedish letters and writes the rest as ASCII: files with only a few non-ASCII letters. */
function fewLetters(text: string, keep: number): string {
  let kept = 0;
  return text.replace(/[åäöÅÄÖé]/g, (ch) => (kept++ < keep ? ch : ({ å: 'a', ä: 'a', ö: 'o', Å: 'A', Ä: 'A', Ö: 'O', é: 'e' } as Record<string, string>)[ch]));
}

describe('Windows-1252 (Swedish Excel "CSV (semikolonavgränsad)") decodes to exactly the text saved', () => {
  const property = (text: string) => {
    const decoded = decodeText(windows1252(text));
    expect(decoded.text).toBe(text);
    // Only Swedish letters: the reading is certain, so there is nothing to warn about.
    expect(decoded.suspect).toBeUndefined();
    expect(decoded.encoding).toBe(/[^\x00-\x7f]/.test(text) ? 'windows-1252' : 'utf-8');
  };

  it('short files in every layout', () => {
    fc.assert(fc.property(swedishCsv(short), property), { numRuns: 3000 });
  });

  it('short files with only one to three non-ASCII letters', () => {
    fc.assert(
      fc.property(swedishCsv(short).filter((t) => SWEDISH_LETTER.test(t)), fc.integer({ min: 1, max: 3 }), (text, keep) => property(fewLetters(text, keep))),
      { numRuns: 2000 },
    );
  });

  it('long files in every layout', () => {
    fc.assert(fc.property(swedishCsv(long), property), { numRuns: 60 });
  });

  it('the files the old detector misread: å as ĺ (ISO-8859-2), and Windows-1250', () => {
    for (const text of ['Umeå;Kön\r\n', 'ÅÄÖ;Nacka\r\n', 'Gävle;Åmål;Ekonomi – kostnad\r\n', 'Mått-id;Kommunkod;Period;Kön;Värde\r\nL1;0182;2024;T;1,5\r\n']) {
      expect(decodeText(windows1252(text))).toEqual({ text, encoding: 'windows-1252' });
    }
  });
});

describe('Unicode files decode to exactly the text saved, without a warning', () => {
  const exact = (encode: (text: string) => Uint8Array) => (text: string) => {
    const decoded = decodeText(encode(text));
    expect(decoded.text).toBe(text);
    expect(decoded.suspect).toBeUndefined();
  };

  it('UTF-8 without BOM and with BOM (Excel\'s "CSV UTF-8")', () => {
    fc.assert(fc.property(swedishCsv(short), (text) => {
      exact(utf8)(text);
      exact(withBom)(text);
    }), { numRuns: 1500 });
    fc.assert(fc.property(swedishCsv(long), (text) => {
      exact(utf8)(text);
      exact(withBom)(text);
    }), { numRuns: 30 });
  });

  it('UTF-16 LE and BE, with BOM (Excel\'s "Unicode-text") and without', () => {
    fc.assert(
      fc.property(swedishCsv(short), fc.boolean(), fc.constantFrom('le' as const, 'be' as const), (text, bom, endian) => exact((t) => utf16(t, bom, endian))(text)),
      { numRuns: 1500 },
    );
    fc.assert(fc.property(swedishCsv(long), fc.boolean(), (text, bom) => exact((t) => utf16(t, bom, 'le'))(text)), { numRuns: 30 });
  });
});

describe('other code pages, on strong evidence only', () => {
  const cases: [label: string, text: string, named: string][] = [
    ['windows-1250', 'id;namn\n1;Příliš žluťoučký kůň úpěl ďábelské ódy\n2;Praha je hlavní město České republiky\n', 'Windows-1250'],
    ['windows-1250', 'id;namn\n1;Zażółć gęślą jaźń\n2;Wrocław, Łódź, Kraków, Gdańsk\n', 'Windows-1250'],
    ['iso-8859-2', 'id;namn\n1;Zażółć gęślą jaźń\n2;Wrocław, Łódź, Kraków, Gdańsk\n', 'ISO-8859-2'],
    ['windows-1251', 'id;namn\n1;Москва\n2;Санкт-Петербург\n3;Новосибирск\n', 'Windows-1251'],
    ['iso-8859-7', 'id;namn\n1;Αθήνα\n2;Θεσσαλονίκη\n', 'ISO-8859-7'],
  ];
  it.each(cases)('%s: %j', (label, text, named) => {
    const decoded = decodeText(singleByteEncoder(label)(text));
    expect(decoded.text).toBe(text);
    expect(decoded.suspect?.encoding.name).toBe(named);
  });

  it('names a Windows-1252 reading in words, with the letters worth a look, when they are not Swedish', () => {
    const decoded = decodeText(windows1252('Enhets-id;Namn\nX;Müllers skola\n'));
    expect(decoded.text).toBe('Enhets-id;Namn\nX;Müllers skola\n');
    expect(decoded.suspect).toEqual({
      encoding: { name: 'Windows-1252', sv: 'Windows-1252, som svenska Excel sparar ”CSV (semikolonavgränsad)”', en: 'Windows-1252, as Swedish Excel saves "CSV (semicolon delimited)"' },
      letters: ['ü'],
    });
  });
});

describeShared('edge cases in ../shared/data', () => {
  const file = (name: string) => readFileSync(shared('edge-cases', 'frictionless', name));
  it('table-infer-iso-8859-7.csv is Greek', () => {
    const decoded = decodeText(file('table-infer-iso-8859-7.csv'));
    expect(decoded.encoding).toBe('iso-8859-7');
    expect(decoded.text).toContain('Λεωνιδας');
  });
  it('latin1.csv (one ©, no letter beyond ASCII) is Windows-1252, without a warning', () => {
    expect(decodeText(file('latin1.csv'))).toEqual({ text: 'id,name\n1,english\n2,©\n', encoding: 'windows-1252' });
  });
});

describe('letterEvidence', () => {
  it('counts Swedish letters in words, other letters, and what no text has', () => {
    expect(letterEvidence('Mått;Kön;Malmö;ÅÄÖ')).toMatchObject({ swedish: 6, other: 0, odd: 0 });
    expect(letterEvidence('Müller')).toMatchObject({ swedish: 0, other: 1, odd: 0, otherLetters: ['ü'] });
    // Greek read as Windows-1252, Swedish read as Greek, Polish read as Windows-1252, an undefined byte.
    expect(letterEvidence('ËåùíéäáÒ').odd).toBe(8);
    expect(letterEvidence('Mεtt').odd).toBe(1);
    expect(letterEvidence('Wroc³aw').odd).toBe(1);
    expect(letterEvidence('a\u009db').odd).toBe(1);
    expect(letterEvidence('Λεωνιδας')).toMatchObject({ other: 8, odd: 0 });
  });
  it('looksSwedish: Swedish letters outweigh the rest', () => {
    expect(looksSwedish(letterEvidence('Umeå;Kön'))).toBe(true);
    expect(looksSwedish(letterEvidence('1;2'))).toBe(true);
    expect(looksSwedish(letterEvidence('Pøíliš žlu?ouèký kùò úpìl ïábelské ódy'))).toBe(false);
  });
});
