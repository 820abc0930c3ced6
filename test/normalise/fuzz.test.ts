import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../src/model/types.gen.ts';
import { AreaDirectory } from '../../src/normalise/AreaDirectory.ts';
import { normaliseTable } from '../../src/normalise/normaliseTable.ts';
import type { Cell } from '../../src/read/RawTable.ts';
import { table } from './support.ts';

// Cells drawn from what real sheets hold: header words, codes, periods, numbers
// in both notations, status symbols, error cells, and junk.
const words = ['Mått-id', 'Kommunkod', 'Kommun', 'År', 'Period', 'Kön', 'Värde', 'Status', 'Antal svar', 'Kommentar', 'Preliminär', 'Enhets-id', 'Titel', 'Enhet', 'Riktning', 'Mål', 'Målår', 'Kod', 'Namn', 'Typ', '__proto__', 'constructor', 'Totalt', 'Källa: Kolada'];
const values = ['N15428', '0182', '182', 'Nacka', '2024', '2023/24', '2024Q1', 'T', 'K', 'M', 'x', '74,5', '1 234,5', '1.234,5', '-', '.', '..', '74*', '', ' ', '%', 'högre', 'ja'];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...words),
  fc.constantFrom(...values),
  fc.string({ maxLength: 8 }),
  fc.record({ t: fc.constant('n' as const), v: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double({ noNaN: false })), z: fc.constantFrom(undefined, '0%', 'yyyy-mm-dd', 'General') }).map((c) => (c.z === undefined ? { t: 'n' as const, v: c.v } : { t: 'n' as const, v: c.v, z: c.z })),
  fc.constant<Cell>({ t: 'e', w: '#N/A' }),
  fc.boolean().map((v): Cell => ({ t: 'b', v })),
);
// Column-appropriate cells most of the time, anything at all now and then.
const POOLS = new Map<string, string[]>([
  ['Mått-id', ['N15428', 'U28112', ' N1 ', '']],
  ['Kommunkod', ['0182', '0000', '182', 'Nacka', '']],
  ['År', ['2024', '2023/24', '2024Q1', 'mars 2024', '1850']],
  ['Kön', ['T', 'K', 'M', 'kvinnor', 'X', '']],
  ['Värde', ['74,5', '1 234,5', '1.234,5', '-', '.', '..', '74*', '', '12 st']],
  ['Status', ['', '..', '?']],
  ['Antal svar', ['', '12', '1,5']],
  ['Preliminär', ['', 'ja', 'kanske']],
  ['2023', ['1', '', '..', 'x']],
  ['2024', ['2', '', '-', '1,2,3']],
]);
const header = fc.shuffledSubarray([...POOLS.keys()], { minLength: 3 });
const grid = fc.tuple(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }), header).chain(([title, head]) =>
  fc
    .array(fc.tuple(...head.map((h) => fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...POOLS.get(h)!) as fc.Arbitrary<Cell> }, { weight: 1, arbitrary: cell }))), { maxLength: 12 })
    .map((rows): Cell[][] => [...title, head, ...rows]),
);
const PERIOD = /^[0-9]{4}(\/[0-9]{2}|H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$/;

describe('normaliseTable on random sheets', () => {
  it('never throws, and every record it gives is well-formed and located', () => {
    let observations = 0;
    const mappings: (Mapping | undefined)[] = [undefined, { layout: 'long' }, { layout: 'wide', constants: { indicator: 'N1' } }, { layout: 'catalogue' }, { layout: 'areas' }, { layout: 'units' }];
    fc.assert(
      fc.property(grid, fc.constantFrom(...mappings), fc.array(fc.nat(12), { maxLength: 2 }), (rows, mapping, hidden) => {
        const t = table(rows, { hiddenRows: hidden, merges: rows.length > 3 ? [{ s: { r: 2, c: 0 }, e: { r: 3, c: 0 } }] : [] });
        const out = normaliseTable(t, mapping ? { areas: new AreaDirectory(), mapping } : { areas: new AreaDirectory() });
        observations += out.observations.length;
        for (const o of out.observations) {
          expect(o.period).toMatch(PERIOD);
          expect(['T', 'K', 'M']).toContain(o.gender);
          expect(o.value === null).toBe(o.status !== undefined);
          if (o.value !== null) expect(Number.isFinite(o.value)).toBe(true);
          expect((o.area === undefined) !== (o.unit === undefined)).toBe(true);
          expect(o.source.cell).toMatch(/^[A-Z]+[1-9][0-9]*$/);
          for (const v of Object.values(o)) expect(v).not.toBeUndefined();
        }
        for (const f of out.findings) {
          expect(f.file).toMatch(/^test\.xlsx/);
          if (f.code !== 'mapping-invalid') {
            expect(f.sheet).toBe('Blad1');
            expect(f.cell).toMatch(/^[A-Z]+[1-9][0-9]*$/);
          }
        }
        for (const a of out.areas) expect(a.code).toMatch(/^([0-9]{4}|[GD][A-Za-z0-9_-]{1,31})$/);
      }),
      { numRuns: 1500 },
    );
    // The sheets are random but not hopeless: many of them do yield observations.
    expect(observations).toBeGreaterThan(20);
  });
});
