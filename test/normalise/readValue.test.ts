import { describe, expect, it } from 'vitest';
import { isPercentFormat, percentOf, readValue } from '../../src/normalise/readValue.ts';

describe('readValue', () => {
  it('reads numbers in text and numeric cells', () => {
    expect(readValue('74,5')).toEqual({ ok: true, value: 74.5, preliminary: false });
    expect(readValue({ t: 'n', v: 12 })).toEqual({ ok: true, value: 12, preliminary: false });
  });

  it('takes a %-formatted cell as a fraction unless told otherwise', () => {
    expect(readValue({ t: 'n', v: 0.74, w: '74%', z: '0%' })).toEqual({ ok: true, value: 74, preliminary: false });
    // Found by the fuzz test: a fraction this large is past the largest double as a percentage.
    expect(readValue({ t: 'n', v: 1.797693134862316e306, z: '0%' })).toEqual({ ok: false, code: 'type-error', hint: '' });
    expect(readValue({ t: 'n', v: 0.523, z: '0.0%' })).toEqual({ ok: true, value: 52.3, preliminary: false });
    expect(readValue({ t: 'n', v: 74, z: '0%' }, false)).toEqual({ ok: true, value: 74, preliminary: false });
    expect(percentOf(0.07)).toBe(7);
    expect(percentOf(0.1 + 0.2)).toBe(30);
  });

  it('never turns an empty cell into 0', () => {
    expect(readValue(null)).toEqual({ ok: true, value: null, status: 'missing', preliminary: false });
    expect(readValue('')).toEqual({ ok: true, value: null, status: 'missing', preliminary: false });
    expect(readValue('  ')).toEqual({ ok: true, value: null, status: 'missing', preliminary: false });
  });

  it('reads status symbols', () => {
    expect(readValue('..')).toEqual({ ok: true, value: null, status: 'suppressed', preliminary: false });
    expect(readValue('.')).toEqual({ ok: true, value: null, status: 'not-applicable', preliminary: false });
    expect(readValue('-')).toEqual({ ok: true, value: null, status: 'missing', preliminary: false });
  });

  it('reads preliminary marks', () => {
    expect(readValue('74,5*')).toEqual({ ok: true, value: 74.5, preliminary: true });
    expect(readValue('74,5 (prel)')).toEqual({ ok: true, value: 74.5, preliminary: true });
  });

  it('says why a cell is not a value', () => {
    expect(readValue('12,5 st')).toEqual({ ok: false, code: 'type-error', hint: ' Ta bort texten ”st”.' });
    expect(readValue('1.234,5')).toEqual({ ok: false, code: 'ambiguous-number', suggestion: '1 234,5' });
    expect(readValue({ t: 'e', w: '#DIV/0!' })).toEqual({ ok: false, code: 'formula-error-cell' });
    expect(readValue({ t: 'b', v: true })).toMatchObject({ ok: false, code: 'type-error' });
  });
});

describe('isPercentFormat', () => {
  it.each([
    ['0%', true],
    ['0.0%', true],
    ['#,##0.00 %', true],
    ['0" %"', false],
    ['0\\%', false],
    ['General', false],
    ['yyyy-mm-dd', false],
  ])('%j → %s', (z, expected) => {
    expect(isPercentFormat(z)).toBe(expected);
  });

  it('a literal % in the format leaves the value as shown', () => {
    expect(readValue({ t: 'n', v: 74, z: '0" %"' })).toEqual({ ok: true, value: 74, preliminary: false });
  });
});
