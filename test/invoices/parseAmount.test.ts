import { describe, expect, it } from 'vitest';
import { amountFailure, amountOre, amountOreText, oreToDecimal } from '../../src/invoices/normalise/parseAmount.ts';

describe('amounts in whole öre', () => {
  it.each([
    ['1234.50', 123450],
    ['1234,5', 123450],
    ['-14250.00', -1425000],
    ['−14 250,00', -1425000],
    ['+12', 1200],
    ['0', 0],
    ['-0,00', 0],
    ['1 234 567,89', 123456789],
    ['1\u00a0234\u00a0567,89', 123456789],
    ['1\u202f234,5', 123450],
    ['1\u2009234', 123400],
    ['  136.98 ', 13698],
    ['12.3400', 1234],
    ['999999999999.99', 99999999999999],
  ])('%j is %i öre', (text, ore) => {
    expect(amountOreText(text)).toBe(ore);
  });

  it.each([
    ['', 'format'],
    ['abc', 'format'],
    ['12 kr', 'format'],
    ['1,234', 'decimals'],
    ['1.234', 'decimals'],
    ['1,2345', 'decimals'],
    ['12 34', 'format'],
    ['1234 567', 'format'],
    ['1.234,50', 'decimals'],
    ['1,', 'format'],
    ['--5', 'format'],
    ['1e5', 'format'],
    ['99999999999999999999', 'range'],
  ])('%j is refused (%s)', (text, reason) => {
    const ore = amountOreText(text);
    expect(Number.isFinite(ore)).toBe(false);
    expect(amountFailure(ore)).toBe(reason);
  });

  it('reads workbook numbers in kronor with at most two decimals, without float drift', () => {
    expect(amountOre({ t: 'n', v: 0.29 })).toBe(29);
    expect(amountOre({ t: 'n', v: -1234.5 })).toBe(-123450);
    expect(amountOre({ t: 'n', v: 1e9 + 0.01 })).toBe(100000000001);
    expect(amountFailure(amountOre({ t: 'n', v: 1.234 }))).toBe('decimals');
    expect(amountFailure(amountOre(null))).toBe('format');
    expect(amountFailure(amountOre({ t: 'b', v: true }))).toBe('format');
  });

  it('writes öre back as the exact decimal', () => {
    expect(oreToDecimal(123450)).toBe('1234.50');
    expect(oreToDecimal(-5)).toBe('-0.05');
    expect(oreToDecimal(0)).toBe('0.00');
    expect(oreToDecimal(99999999999999)).toBe('999999999999.99');
  });
});
