// The formatters in English (en-GB), beside the Swedish they must leave unchanged.
import { describe, expect, it } from 'vitest';
import { formatNumber, MINUS, NBSP } from '../../src/format/formatNumber.ts';
import { formatValue, sentenceValue, unitIn } from '../../src/format/formatValue.ts';
import { formatPeriod } from '../../src/format/formatPeriod.ts';
import { formatDate } from '../../src/format/formatDate.ts';
import { formatList } from '../../src/format/formatList.ts';
import { valueText } from '../../src/format/valueText.ts';
import { axisPeriodLabel } from '../../src/charts/axisPeriodLabel.ts';

describe('numbers in English (en-GB)', () => {
  it('group with commas, use a decimal point and the true minus', () => {
    expect(formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
    expect(formatNumber(12345678.9, 1, 'en')).toBe('12,345,678.9');
    expect(formatNumber(-3.2, 1, 'en')).toBe(`${MINUS}3.2`);
    expect(formatNumber(-0.01, 1, 'en')).toBe('0.0');
  });
  it('keep the Swedish forms apart (separate memo per language)', () => {
    expect(formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 1)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
  });
});

describe('values with units in English', () => {
  it('write per cent without a space and translate the common Swedish units', () => {
    expect(formatValue(74.1, '%', 1, 'en')).toBe('74.1%');
    expect(formatValue(74.1, '%', 1)).toBe(`74,1${NBSP}%`);
    expect(formatValue(130094, 'kr', 0, 'en')).toBe(`130,094${NBSP}SEK`);
    expect(formatValue(34, 'dagar', 0, 'en')).toBe(`34${NBSP}days`);
    expect(formatValue(44.9, 'kg per invånare', 1, 'en')).toBe(`44.9${NBSP}kg per inhabitant`);
    expect(formatValue(12, 'antal', 0, 'en')).toBe('12');
  });
  it('keep a unit they do not know, and a dotted one, as written', () => {
    expect(unitIn('index', 'en')).toBe('index');
    expect(unitIn('poäng (1–10)', 'en')).toBe('poäng (1–10)');
    expect(unitIn('st.', 'en')).toBe('st.');
    expect(unitIn('SEK', 'en')).toBe('SEK');
    expect(unitIn('kr', 'sv')).toBe('kr');
  });
  it('write units out in sentences, as plain language asks', () => {
    expect(sentenceValue(1234, 'kr', 0)).toBe(`1${NBSP}234${NBSP}kronor`);
    expect(sentenceValue(44.9, 'kg per invånare', 1)).toBe(`44,9${NBSP}kilo per invånare`);
    expect(sentenceValue(74, '%', 0)).toBe(`74${NBSP}%`);
    expect(sentenceValue(1234, 'kr', 0, 'en')).toBe(`1,234${NBSP}kronor`);
    expect(sentenceValue(5, 'dagar', 0, 'en')).toBe(`5${NBSP}days`);
  });
  it('spell out a status in English', () => {
    expect(valueText({ value: null, status: 'suppressed' }, '%', 1, 'en')).toBe('.. (confidential or too few answers)');
    expect(valueText({ value: 6, preliminary: true }, '%', 0, 'en')).toBe('6% (preliminary)');
  });
});

describe('dates, periods and lists in English', () => {
  it('dates in en-GB order with English months, invalid dates unchanged', () => {
    expect(formatDate('2026-09-15', 'en')).toBe('15 September 2026');
    expect(formatDate('2026-09-15')).toBe('15 september 2026');
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
  });
  it('periods', () => {
    expect(formatPeriod('2024', 'en')).toBe('2024');
    expect(formatPeriod('2023/24', 'en')).toBe('2023/24');
    expect(formatPeriod('2024H1', 'en')).toBe('first half of 2024');
    expect(formatPeriod('2024H2', 'en')).toBe('second half of 2024');
    expect(formatPeriod('2024Q3', 'en')).toBe('Q3 2024');
    expect(formatPeriod('2024-03', 'en')).toBe('March 2024');
    expect(formatPeriod('2024-03')).toBe('mars 2024');
  });
  it('axis labels', () => {
    expect(['2024H1', '2024Q2', '2024-05'].map((p) => axisPeriodLabel(p, 'en'))).toEqual(['2024 H1', '2024 Q2', 'May 2024']);
    expect(['2024H1', '2024Q2', '2024-05'].map((p) => axisPeriodLabel(p))).toEqual(['2024 h1', '2024 kv2', 'maj 2024']);
  });
  it('lists', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b och c');
  });
});
