import { describe, expect, it } from 'vitest';
import { guardText } from '../../src/downloads/guardText.ts';

describe('guardText (OWASP CSV injection)', () => {
  it.each([
    '=HYPERLINK("http://x")',
    '@SUM(1)',
    '+1+1',
    '-2+3',
    '\t=1',
    '\r=1',
    '  =1+1',
    ' @SUM(1)',
    'rad ett\nrad två',
    'rad ett\r\n=1',
  ])('neutralises %j with a leading apostrophe', (text) => {
    expect(guardText(text)).toBe(`'${text}`);
  });

  it.each(['Ekskolan', '74 %', 'a=b', 'x@y.se', '0182', '..', '.', '-'])('leaves harmless %j alone', (text) => {
    expect(guardText(text)).toBe(text);
  });
});
