// The budget reader on random sheets made of what budget exports hold: it never throws, and every
// amount it gives is a finite number of kronor for a year or a month, located at a cell of the sheet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetMapping } from '../../src/model/types.gen.ts';
import { budgetPlanFromMapping, detectBudgetPlan } from '../../src/budget/normalise/budgetPlan.ts';
import { normaliseBudgetTable } from '../../src/budget/normalise/normaliseBudgetTable.ts';
import type { Cell } from '../../src/read/RawTable.ts';
import { table } from '../normalise/support.ts';

const HEADERS = ['Nämnd', 'Verksamhet', 'År', 'Månad', 'Period', 'Budget', 'Utfall', 'Budget (tkr)', 'Utfall 2024 (mnkr)', 'Budget 2024', 'Årsbudget', 'Prognos helår', 'Avvikelse', 'Invånare', 'Typ', 'Belopp (tkr)', 'Summa', '__proto__', 'Kommentar'];
const VALUES = ['Grundskola', 'Summa', 'Totalt', '2024', '2025-08', '2024Q1', 'augusti', '8', '800 000', '-811 200', '1.234,5', '12,5', '-', '..', 'Budget', 'Utfall', 'Bokslut', 'x', '', ' '];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...HEADERS, ...VALUES),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: false }).map((v): Cell => ({ t: 'n', v })),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((v): Cell => ({ t: 'n', v, z: '#,##0' })),
  fc.constant<Cell>({ t: 'e', w: '#DIV/0!' }),
);
// Column-appropriate cells most of the time, anything at all now and then.
const AMOUNTS = ['800 000', '-811 200', '1.234,5', '12,5', '-', '..', '', '1e3'];
const pool = (header: string): readonly Cell[] => {
  if (/^(Nämnd|Verksamhet)$/.test(header)) return ['Grundskola', 'Äldreomsorg', 'Summa', 'Totalt', '', ' x '];
  if (/^(År|Period)$/.test(header)) return ['2024', '2025-08', '2024Q1', 'augusti 2025', '', { t: 'n', v: 2024 }];
  if (header === 'Månad') return ['8', 'augusti', '13', ''];
  if (header === 'Typ') return ['Budget', 'Utfall', 'Bokslut', 'Budgett', ''];
  if (header === 'Invånare') return ['64 000', '12,5', ''];
  return [...AMOUNTS, { t: 'n', v: 811_200, z: '#,##0' }, { t: 'n', v: -3.5 }];
};
const title = fc.array(fc.constantFrom<Cell>('Driftredovisning, tkr', 'Belopp i mnkr', 'Budget 2024', null), { maxLength: 2 }).map((t) => t.map((c) => [c]));
const grid = fc.tuple(title, fc.shuffledSubarray(HEADERS, { minLength: 2, maxLength: 7 })).chain(([top, head]) =>
  fc
    .array(fc.tuple(...head.map((h) => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pool(h)) }, { weight: 1, arbitrary: cell }))), { maxLength: 8 })
    .map((rows): Cell[][] => [...top, head, ...rows]),
);
const mappings: (BudgetMapping | undefined)[] = [undefined, { layout: 'rows', unit: 'tkr', constants: { period: '2024' } }, { layout: 'long', costSign: 'negative', columns: { amount: 'B' } }];

describe('the budget reader on random sheets', () => {
  it('never throws, and every amount is finite, in a year or month, located in the sheet', () => {
    let read = 0;
    fc.assert(
      fc.property(grid, fc.constantFrom(...mappings), fc.constantFrom(undefined, 'Blad1', '2023'), (rows, mapping, sheet) => {
        const t = { ...table(rows), ...(sheet ? { sheet } : {}) };
        const planned = mapping ? budgetPlanFromMapping(t, mapping).plan : detectBudgetPlan(t);
        if (!planned) return;
        const part = normaliseBudgetTable(t, planned);
        for (const e of part.entries) {
          expect(Number.isFinite(e.value)).toBe(true);
          expect(e.period).toMatch(/^\d{4}(-(0[1-9]|1[0-2]))?$/);
          expect(e.source.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
          expect(['kr', 'tkr', 'mnkr']).toContain(e.source.unit);
        }
        for (const f of part.findings) expect(f.file.startsWith(t.file)).toBe(true);
        read += part.entries.length;
      }),
      { numRuns: 400 },
    );
    // The sheets are near enough to real ones that amounts are read, not only refused (how many
    // varies with the random sheets: a run of 400 read as few as 20, so the floor is "some").
    expect(read).toBeGreaterThan(0);
  });
});
