import fc from 'fast-check';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/types.gen.ts';
import { packObservations, unpackObservations } from '../../src/cache/packObservations.ts';
import observationSchema from '../../schemas/observation.schema.json' with { type: 'json' };
import commonSchema from '../../schemas/common.schema.json' with { type: 'json' };

/** Through V8's serialiser, as the import cache stores and reads them. */
const roundTrip = (list: Observation[]) => unpackObservations(deserialize(serialize(packObservations(list))));

const text = fc.string({ maxLength: 6 });
const observation: fc.Arbitrary<Observation> = fc
  .record(
    {
      indicator: fc.constantFrom('N15428', 'U28112', 'L1'),
      where: fc.oneof(fc.record({ area: fc.constantFrom('0180', '0182', 'G1') }), fc.record({ unit: fc.constantFrom('V15E1', 'E2') })),
      period: fc.constantFrom('2023', '2024', '2023/24', '2024Q1'),
      gender: fc.constantFrom('T' as const, 'K' as const, 'M' as const),
      value: fc.oneof(fc.constant(null), fc.double({ noNaN: true }), fc.integer()),
      status: fc.constantFrom('missing' as const, 'not-applicable' as const, 'suppressed' as const),
      n: fc.nat(),
      preliminary: fc.constant(true as const),
      note: text,
      source: fc.record({ file: fc.constantFrom('a.csv', 'b.xlsx'), sheet: text, cell: fc.constantFrom('A1', 'ZZ100'), pointer: fc.constantFrom('/0', '/values/3/gender') }, { requiredKeys: ['file'] }),
    },
    { requiredKeys: ['indicator', 'where', 'period', 'gender', 'value', 'source'] },
  )
  .map(({ where, ...rest }) => ({ ...rest, ...where }) as Observation);

describe('packObservations', () => {
  it('gives back every observation with exactly the members it had', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 40 }), (list) => {
        const back = roundTrip(list)!;
        expect(back).toEqual(list);
        // No member added as undefined: the same object shapes as the normaliser's.
        expect(back.map((o) => [Object.keys(o).sort(), Object.keys(o.source).sort()])).toEqual(list.map((o) => [Object.keys(o).sort(), Object.keys(o.source).sort()]));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every member the schema allows (one added to the schema must be added to the columns)', () => {
    const full: Observation = { indicator: 'L1', area: '0180', period: '2024', gender: 'K', value: null, status: 'suppressed', n: 0, preliminary: true, note: 'Not', source: { file: 'd.xlsx', sheet: 'Blad1', cell: 'E2', pointer: '/0' } };
    const [back] = roundTrip([full])!;
    expect(Object.keys(back).sort()).toEqual(Object.keys(observationSchema.properties).filter((k) => k !== 'unit').sort());
    expect(Object.keys(back.source).sort()).toEqual(Object.keys(commonSchema.$defs.Provenance.properties).sort());
    expect(back).toStrictEqual(full);
    const { area: _, ...ofUnit } = { ...full, unit: 'E1' };
    expect(roundTrip([ofUnit])![0]).toStrictEqual(ofUnit);
  });

  it('holds each repeated text once, and gives each back as one string', () => {
    const list = [1, 2, 3].map((v): Observation => ({ indicator: 'N15428', area: '0180', period: '2024', gender: 'T', value: v, source: { file: 'a.csv', cell: `E${v + 1}` } }));
    const packed = packObservations(list);
    expect(packed.strings).toEqual(['N15428', '0180', '2024', 'a.csv']);
    expect(roundTrip(list)!.map((o) => o.value)).toEqual([1, 2, 3]);
  });

  it('refuses what it did not make', () => {
    const packed = packObservations([{ indicator: 'L1', area: '0180', period: '2024', gender: 'T', value: 1, source: { file: 'a.csv' } }]);
    expect(unpackObservations(undefined)).toBeUndefined();
    expect(unpackObservations([{ indicator: 'L1' }])).toBeUndefined();
    expect(unpackObservations({ ...packed, value: new Float64Array(2) })).toBeUndefined();
    expect(unpackObservations({ ...packed, gender: new Uint8Array([7]) })).toBeUndefined();
    expect(unpackObservations({ ...packed, cells: ['A1'] })).toBeUndefined();
    expect(unpackObservations({ ...packed, cellEnd: new Uint32Array([3]) })).toBeUndefined();
  });
});
