import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, plainNumber } from '../../src/normalise/parseNumber.ts';

describe('parseNumber', () => {
  it.each([
    ['0', 0],
    ['74', 74],
    ['1234.5', 1234.5],
    ['-12.5', -12.5],
    ['1 234,5', 1234.5],
    ['1\u00A0234,5', 1234.5],
    ['1\u202F234,5', 1234.5],
    ['12 345 678', 12345678],
    ['-12,5', -12.5],
    ['\u221212,5', -12.5],
    ['+7', 7],
    ['1,234', 1.234],
    ['  42  ', 42],
    ['1.5E-3', 0.0015],
    ['0,5', 0.5],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected, percent: false });
  });

  it.each([
    ['74 %', 74],
    ['74%', 74],
    ['74\u00A0%', 74],
    ['12,5 %', 12.5],
    ['\u22123 %', -3],
  ])('reads %j as %d, flagged percent', (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected, percent: true });
  });

  it.each([
    ['1.234,5', '1 234,5'],
    ['1,234.5', '1 234,5'],
    ['1.234.567', '1 234 567'],
    ['1,234,567', '1 234 567'],
    ['-1.234,5', '-1 234,5'],
  ])('rejects %j as ambiguous, suggesting %j', (text, suggestion) => {
    expect(parseNumber(text)).toEqual({ ok: false, code: 'ambiguous-number', suggestion });
  });

  it.each([
    ['12,5 st', ' Ta bort texten ”st”.'],
    ['100 kr', ' Ta bort texten ”kr”.'],
    ['ca 12', ' Ta bort texten ”ca”.'],
    ['—', ' Skriv - (bindestreck) om värdet saknas.'],
  ])('rejects %j with the hint %j', (text, hint) => {
    expect(parseNumber(text)).toEqual({ ok: false, code: 'type-error', hint });
  });

  it.each(['', ' ', 'abc', '2024-03-01', '31/3/2025', 'mars 2024', '1e400', '-1e400', 'Infinity', 'NaN', '12 34', '1..2', '-', '%', '0x10', '12,'])(
    'rejects %j as type-error',
    (text) => {
      expect(parseNumber(text)).toMatchObject({ ok: false, code: 'type-error' });
    },
  );

  it('reads any finite number formatted by Intl sv-SE (grouping, true minus) back to itself', () => {
    const grouped = new Intl.NumberFormat('sv-SE', { maximumSignificantDigits: 17 });
    const plain = new Intl.NumberFormat('sv-SE', { maximumSignificantDigits: 17, useGrouping: false });
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), (n) => {
        for (const format of [grouped, plain]) {
          const text = format.format(n);
          const result = parseNumber(text);
          expect(result.ok, text).toBe(true);
          if (result.ok) expect(result.value, text).toBe(n === 0 ? result.value : n);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads toFixed output back', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 10 }), (n, digits) => {
        const text = n.toFixed(digits);
        const result = parseNumber(text);
        expect(result).toEqual({ ok: true, value: Number(text), percent: false });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const r = parseNumber(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-+\u2212 ,.0-9%\u00A0a-z]{0,20}$/), (s) => {
        const r = parseNumber(s);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the fast path for a million plain numbers quickly', () => {
    const texts = Array.from({ length: 1000 }, (_, i) => (i * 1.5).toString());
    const t0 = performance.now();
    let sum = 0;
    for (let k = 0; k < 1000; k++) for (const t of texts) {
      const r = parseNumber(t);
      if (r.ok) sum += r.value;
    }
    const ms = performance.now() - t0;
    expect(sum).toBeGreaterThan(0);
    // A generous bound (a few µs per call, on a loaded CI machine): the fast path avoids regexes entirely.
    expect(ms).toBeLessThan(5000);
  });
});

describe('plainNumber', () => {
  it('reads plain numbers to the very double parseNumber gives', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{1,20}([.,]\d{1,20})?$/), (s) => {
        const p = parseNumber(s);
        expect(Object.is(plainNumber(s), p.ok ? p.value : Number.NaN), s).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('is NaN for anything but a plain number, never a different value', () => {
    for (const s of ['', '-', '1.', ',5', '1,2,3', '1 234', '1e5', ' 1', '+1', '74 %', '−3']) expect(plainNumber(s), s).toBeNaN();
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (s) => {
        const v = plainNumber(s);
        if (!Number.isNaN(v)) expect(parseNumber(s)).toMatchObject({ ok: true, value: v });
      }),
      { numRuns: 20_000 },
    );
  });
});
