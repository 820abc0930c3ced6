import { describe, expect, it } from 'vitest';
import { TextList } from '../../src/invoices/normalise/TextList.ts';

const SAMPLES = ['24000001', '24000001', '', 'A-17', '0123', '99999999999', '100000000000', 'Ö-5', '\u{1F600}x', '\uE000', '24000002', '7', 'a b', '12a'];
/** More lines than a chunk holds, so lines fall on both sides of a chunk's end. */
const TEXTS = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? SAMPLES[i % SAMPLES.length] : String(24_000_000 + i * 3)));

function list(texts: readonly string[]): TextList {
  const out = new TextList(2);
  for (const t of texts) out.push(t);
  return out;
}

const all = (texts: TextList) => Array.from({ length: texts.length }, (_, i) => texts.get(i));

describe('TextList', () => {
  it('gives back every text, also after crossing as packed and being cut short', () => {
    const direct = list(TEXTS);
    expect(direct.length).toBe(TEXTS.length);
    expect(all(direct)).toEqual(TEXTS);
    const merged = list(['first', 'second']);
    merged.append(direct.packed());
    merged.push('between');
    merged.append(list(SAMPLES).packed());
    merged.push('last');
    expect(all(merged)).toEqual(['first', 'second', ...TEXTS, 'between', ...SAMPLES, 'last']);
    for (const length of [9_000, 4_097, 4_096, 4_095, 1, 0]) {
      const cut = list(TEXTS);
      cut.truncate(length);
      cut.push('after');
      expect(all(cut)).toEqual([...TEXTS.slice(0, length), 'after']);
    }
  });

  it('compares as < does on the texts, by UTF-16 code units', () => {
    const texts = list(SAMPLES);
    for (let a = 0; a < SAMPLES.length; a++)
      for (let b = 0; b < SAMPLES.length; b++) {
        const expected = SAMPLES[a] < SAMPLES[b] ? -1 : SAMPLES[a] === SAMPLES[b] ? 0 : 1;
        expect([a, b, Math.sign(texts.compare(a, b))]).toEqual([a, b, expected]);
      }
    const many = list(TEXTS);
    for (const [a, b] of [[4095, 4096], [4096, 4095], [0, 8191], [9999, 7]]) expect(Math.sign(many.compare(a, b))).toBe(TEXTS[a] < TEXTS[b] ? -1 : TEXTS[a] === TEXTS[b] ? 0 : 1);
  });

  it('reads plain numbers without a leading zero, up to eleven digits', () => {
    const texts = list(TEXTS);
    expect(TEXTS.map((_, i) => texts.plainNumber(i))).toEqual(TEXTS.map((t) => (/^[1-9][0-9]{0,10}$/.test(t) ? Number(t) : -1)));
  });
});
