import { describe, expect, it } from 'vitest';
import { TextList } from '../../src/invoices/normalise/TextList.ts';

const TEXTS = ['24000001', '24000001', '', 'A-17', '0123', '99999999999', '100000000000', 'Ö-5', '\u{1F600}x', '\uE000', '24000002', '7', 'a b', '12a'];

/** A list of TEXTS, its parts a few characters long, so lines fall on both sides of a part's end. */
function list(partChars: number): TextList {
  const texts = new TextList(2, partChars);
  for (const t of TEXTS) texts.push(t);
  return texts;
}

describe('TextList', () => {
  it('gives back every text, across parts and after crossing as packed', () => {
    for (const partChars of [1, 5, 12, 1 << 27]) {
      const direct = list(partChars);
      const merged = new TextList(1, 7);
      merged.push('first');
      merged.append(direct.packed());
      merged.append(list(3).packed());
      expect(direct.length).toBe(TEXTS.length);
      expect(TEXTS.map((_, i) => direct.get(i))).toEqual(TEXTS);
      expect(Array.from({ length: merged.length }, (_, i) => merged.get(i))).toEqual(['first', ...TEXTS, ...TEXTS]);
    }
  });

  it('compares as < does on the texts, by UTF-16 code units', () => {
    const texts = list(5);
    for (let a = 0; a < TEXTS.length; a++)
      for (let b = 0; b < TEXTS.length; b++) {
        const expected = TEXTS[a] < TEXTS[b] ? -1 : TEXTS[a] === TEXTS[b] ? 0 : 1;
        expect([a, b, Math.sign(texts.compare(a, b))]).toEqual([a, b, expected]);
      }
  });

  it('reads plain numbers without a leading zero, up to eleven digits', () => {
    const texts = list(4);
    expect(TEXTS.map((_, i) => texts.plainNumber(i))).toEqual(TEXTS.map((t) => (/^[1-9][0-9]{0,10}$/.test(t) ? Number(t) : -1)));
  });
});
