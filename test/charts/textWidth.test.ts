import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth } from '../../src/charts/textWidth.ts';

/** The estimate as first written, character class by character class: the table must keep its widths. */
function byPattern(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) {
    if (/[ il.,:;'|!\u00a0]/.test(ch)) units += 0.3;
    else if (/[mwMW%]/.test(ch)) units += 0.85;
    else if (/[A-ZÅÄÖ]/.test(ch)) units += 0.68;
    else units += 0.56;
  }
  return Math.ceil(units * fontSize);
}

describe('textWidth', () => {
  it('weighs narrow, wide and capital letters as the charts lay them out', () => {
    expect(textWidth('il', 10)).toBe(6);
    expect(textWidth('MW%', 10)).toBe(26);
    expect(textWidth('ÅÄÖ', 10)).toBe(21);
    expect(textWidth('abc', 10)).toBe(17);
    expect(textWidth('', 12)).toBe(0);
  });

  it('gives what the character classes give, for any text and size, the first time and again', () => {
    const chars = fc.constantFrom(...'aiIlmMwW%.,:; |!\u00a0ÅäÖz09-/€😀'.split(''), '😀');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 20 }).map((a) => a.join('')), fc.integer({ min: 8, max: 20 }), (text, size) => {
        expect(textWidth(text, size)).toBe(byPattern(text, size));
        expect(textWidth(text, size + 1)).toBe(byPattern(text, size + 1));
      }),
    );
  });
});
