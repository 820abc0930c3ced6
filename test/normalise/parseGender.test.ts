import { describe, expect, it } from 'vitest';
import { parseGender } from '../../src/normalise/parseGender.ts';

describe('parseGender', () => {
  it.each([
    ['T', 'T'], ['t', 'T'], ['Totalt', 'T'], ['total', 'T'], ['Alla', 'T'], ['Båda könen', 'T'], ['båda  könen', 'T'],
    ['K', 'K'], ['Kvinnor', 'K'], ['kvinna', 'K'], ['Flickor', 'K'], ['women', 'K'], ['Female', 'K'], ['F', 'K'],
    ['M', 'M'], ['Män', 'M'], ['man', 'M'], ['Pojkar', 'M'], ['men', 'M'], ['MALE', 'M'], [' M ', 'M'],
  ])('%j → %s', (text, gender) => {
    expect(parseGender(text)).toBe(gender);
  });

  it.each(['', 'X', 'annat', 'kvinnor och män', '1'])('%j is not a gender', (text) => {
    expect(parseGender(text)).toBeUndefined();
  });
});
