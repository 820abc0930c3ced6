import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/normalise/cleanText.ts';

describe('cleanText', () => {
  it('trims and says so', () => {
    expect(cleanText(' N15428 ')).toEqual({ text: 'N15428', trimmed: true, controlRemoved: false });
    expect(cleanText('N15428')).toEqual({ text: 'N15428', trimmed: false, controlRemoved: false });
    expect(cleanText('\u00A0Nacka')).toEqual({ text: 'Nacka', trimmed: true, controlRemoved: false });
  });

  it('removes control characters, keeping line breaks and tabs in long texts', () => {
    expect(cleanText('N15\u0000428')).toEqual({ text: 'N15428', trimmed: false, controlRemoved: true });
    expect(cleanText('a\u200Bb')).toEqual({ text: 'ab', trimmed: false, controlRemoved: true });
    expect(cleanText('rad 1\r\nrad\t2\u0007', true)).toEqual({ text: 'rad 1\nrad\t2', trimmed: false, controlRemoved: true });
  });

  it('turns line breaks in short texts into spaces (Alt+Enter in a title)', () => {
    expect(cleanText('Andel\nbehöriga')).toEqual({ text: 'Andel behöriga', trimmed: false, controlRemoved: false });
  });
});
