import { describe, it, expect } from 'vitest';
import { formatNumber, NBSP, MINUS } from '../../src/format/formatNumber.ts';
import { formatValue } from '../../src/format/formatValue.ts';
import { formatPeriod } from '../../src/format/formatPeriod.ts';
import { formatDate } from '../../src/format/formatDate.ts';
import { valueText } from '../../src/format/valueText.ts';

describe('formatNumber', () => {
  it('uses a no-break space for thousands and a decimal comma', () => {
    expect(formatNumber(1234.5, 1)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(12345678.9, 1)).toBe(`12${NBSP}345${NBSP}678,9`);
  });
  it('uses the true minus sign', () => {
    expect(formatNumber(-3.2, 1)).toBe(`${MINUS}3,2`);
    expect(formatNumber(-1234, 0)).toBe(`${MINUS}1${NBSP}234`);
  });
  it('never shows a negative zero', () => {
    expect(formatNumber(-0.01, 1)).toBe('0,0');
    expect(formatNumber(-0, 0)).toBe('0');
  });
  it('keeps the requested decimals', () => {
    expect(formatNumber(74, 0)).toBe('74');
    expect(formatNumber(74, 1)).toBe('74,0');
    expect(formatNumber(0.125, 2)).toBe('0,13');
  });
  it('does not throw on odd decimals or non-finite values', () => {
    expect(formatNumber(1.5, -1)).toBe('2');
    expect(formatNumber(1, 99)).toBe('1,000000');
    expect(formatNumber(Number.NaN, 1)).toBe('');
  });
});

describe('formatValue', () => {
  it('writes percent as "74 %" with a no-break space', () => {
    expect(formatValue(74, '%', 0)).toBe(`74${NBSP}%`);
  });
  it('writes kronor and other units after the number', () => {
    expect(formatValue(1234.5, 'kr', 1)).toBe(`1${NBSP}234,5${NBSP}kr`);
    expect(formatValue(34, 'dagar', 0)).toBe(`34${NBSP}dagar`);
    expect(formatValue(-2.5, '%', 1)).toBe(`${MINUS}2,5${NBSP}%`);
  });
  it('leaves out units that add nothing', () => {
    expect(formatValue(1234, 'antal', 0)).toBe(`1${NBSP}234`);
  });
});

describe('formatPeriod', () => {
  it('formats every period kind', () => {
    expect(formatPeriod('2024')).toBe('2024');
    expect(formatPeriod('2023/24')).toBe('2023/24');
    expect(formatPeriod('2024H1')).toBe('första halvåret 2024');
    expect(formatPeriod('2024H2')).toBe('andra halvåret 2024');
    expect(formatPeriod('2024Q1')).toBe('kvartal 1 2024');
    expect(formatPeriod('2024-03')).toBe('mars 2024');
    expect(formatPeriod('2024-12')).toBe('december 2024');
  });
  it('returns anything else unchanged', () => {
    expect(formatPeriod('2024-13')).toBe('2024-13');
    expect(formatPeriod('')).toBe('');
  });
});

describe('formatDate', () => {
  it('writes a date in Swedish words', () => {
    expect(formatDate('2026-09-15')).toBe('15 september 2026');
    expect(formatDate('2024-01-01')).toBe('1 januari 2024');
    expect(formatDate('2024-02-29')).toBe('29 februari 2024');
  });
  it('returns impossible dates unchanged', () => {
    expect(formatDate('2023-02-29')).toBe('2023-02-29');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate('i morgon')).toBe('i morgon');
  });
});

describe('valueText', () => {
  it('gives the figure, marks a preliminary one, and spells out a status instead of a number', () => {
    expect(valueText({ value: 74.25, preliminary: true }, '%', 1)).toBe(`74,3${NBSP}% (preliminärt)`);
    expect(valueText({ value: 0 }, 'antal', 0)).toBe('0');
    expect(valueText({ value: null, status: 'suppressed' }, '%', 0)).toBe('.. (sekretess eller för få svar)');
    expect(valueText({ value: null }, '%', 0)).toBe('- (bortfall)');
  });
});

describe('formatNumber memo', () => {
  it('gives the same text on repeated calls and for each number of decimals', () => {
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatNumber(-0.04, 2)).toBe(`${MINUS}0,04`);
    expect(formatNumber(-0.04, 1)).toBe('0,0');
  });
});
