import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observationChecker, validateObservation } from '../../src/validate/schemas.ts';

const base = { indicator: 'N15428', area: '0182', period: '2023', gender: 'T', value: 74.1, source: { file: 'a.csv', cell: 'E2' } };

// Values for each field: valid ones, near misses, and wrong types.
const anyValue = fc.oneof(
  fc.constantFrom('N15428', '0182', 'G1', '2023', '2023/24', '2024Q5', 'T', 'X', 'missing', 'suppressed', '', ' 0182', 'E2', 'ÅÄÖ'),
  fc.constantFrom(null, true, false, 0, -1, 3, 74.1, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom([], {}, { file: 'a.csv', cell: 'E2' }, { file: '', cell: 'E2' }, { file: 'a.csv', cell: 'e2' }, { file: 'a.csv', sheet: 'S', cell: 'B7', extra: 1 }),
  fc.string({ maxLength: 8 }),
);
const fieldName = fc.constantFrom('indicator', 'area', 'unit', 'period', 'gender', 'value', 'status', 'n', 'preliminary', 'note', 'source', 'other');

/** An observation with some fields changed, added or removed. */
const variant = fc.array(fc.tuple(fieldName, fc.option(anyValue, { nil: undefined }), fc.boolean()), { maxLength: 4 }).map((edits) => {
  const o: Record<string, unknown> = { ...base };
  for (const [name, value, remove] of edits) {
    if (remove) delete o[name];
    else o[name] = value;
  }
  return o;
});

describe('observationChecker', () => {
  it('gives exactly the whole schema’s verdict, also when one checker sees many records', () => {
    const check = observationChecker();
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 20 }), (records) => {
        for (const r of records) expect(check(r), JSON.stringify(r)).toBe(validateObservation(r));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts the usual records and rejects the usual mistakes', () => {
    const check = observationChecker();
    expect(check(base)).toBe(true);
    expect(check({ ...base, value: null, status: 'missing' })).toBe(true);
    expect(check({ ...base, value: null })).toBe(false); // status is required without a value
    expect(check({ ...base, status: 'missing' })).toBe(false); // and not allowed with one
    expect(check({ ...base, unit: 'V1' })).toBe(false); // area and unit both
    expect(check({ ...base, area: '182' })).toBe(false);
    expect(check({ ...base, source: { file: 'a.csv', cell: 'e2' } })).toBe(false);
    expect(check({ ...base, extra: 1 })).toBe(false);
    expect(check(base)).toBe(true); // a rejected record leaves nothing behind
    expect(check(null)).toBe(false);
  });
});
