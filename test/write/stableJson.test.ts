// stableStringify writes a value whose keys are in order as it is, others through a copy with
// sorted keys; the reference is the obvious way — such a copy, then JSON.stringify.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableItemPieces, stableStringify } from '../../src/write/stableJson.ts';
import { jsonArrayItem, JSON_ITEM_SEPARATOR } from '../../src/opendata/api/apiJson.ts';

function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort()) if ((value as Record<string, unknown>)[key] !== undefined) out[key] = sortedCopy((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

describe('stableStringify', () => {
  it('gives the text of a copy with sorted keys, for any JSON value and indent (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 0, 2), (value, indent) => {
        expect(stableStringify(value, indent)).toBe(JSON.stringify(sortedCopy(value), null, indent));
      }),
      { numRuns: 2000 },
    );
  });

  it('a value whose keys are in order already (written as it is) gives the same text (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        const ordered = sortedCopy(value);
        expect(stableStringify(ordered, indent)).toBe(JSON.stringify(ordered, null, indent));
      }),
      { numRuns: 1000 },
    );
    expect(stableStringify([{ area: '0182', gender: 'T', value: 1 }, { '2': 1, '10': 2, a: 3 }])).toBe('[{"area":"0182","gender":"T","value":1},{"2":1,"10":2,"a":3}]');
  });

  it('sorts keys at every level, leaves undefined members out, and keeps an own "__proto__" member without reading another object’s prototype', () => {
    expect(stableStringify({ b: 1, a: { d: [{ z: 1, y: undefined }], c: '' } })).toBe('{"a":{"c":"","d":[{"z":1}]},"b":1}');
    const parsed = JSON.parse('[{"__proto__":{"x":1},"a":1},{"a":2},{"b":{"10":1,"2":2}}]');
    expect(stableStringify(parsed)).toBe('[{"__proto__":{"x":1},"a":1},{"a":2},{"b":{"2":2,"10":1}}]');
    expect(stableStringify({ '': 1, b: 2, '0182': 3, '1480': 4, '0': 5 })).toBe('{"0":5,"1480":4,"":1,"0182":3,"b":2}');
    // A Date is written as JSON.stringify writes it, inside an unsorted object too.
    expect(stableStringify({ b: new Date(Date.UTC(2024, 0, 2)), a: 1 })).toBe('{"a":1,"b":"2024-01-02T00:00:00.000Z"}');
    expect(stableStringify({ a: { toJSON: () => ({ d: 1, c: 2 }) } })).toBe('{"a":{"c":2,"d":1}}');
  });
});

describe('stableItemPieces', () => {
  it('gives the items as apiJson writes them in an array, without brackets, in pieces of any size', () => {
    const items = [{ b: 1, a: { d: [1, 2], c: 'x' } }, { a: null }, { z: 'ö\n', y: [] }, { a: 1 }, 'text', 5];
    const expected = items.map(jsonArrayItem).join(JSON_ITEM_SEPARATOR);
    for (const perPiece of [undefined, 1, 2, 4]) expect(stableItemPieces(items, perPiece).join('')).toBe(expected);
    expect(stableItemPieces(items, 4)).toHaveLength(3);
    expect(stableItemPieces([])).toEqual([]);
  });
});
