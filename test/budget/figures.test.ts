// What the pages compute from a budget: the deviation and cost per resident (one definition for
// pages and open data), the words a resident reads, the areas and totals, and the headers an
// export may carry.
import { describe, expect, it } from 'vitest';
import { amountText, deviationCell, deviationText, perResidentText } from '../../src/budget/figures/amountText.ts';
import { lineFigures } from '../../src/budget/figures/lineFigures.ts';
import { findPeriods, findUnits, parseBudgetHeader } from '../../src/budget/normalise/budgetHeaders.ts';
import { budgetOverview, totals } from '../../src/budget/site/budgetAreas.ts';
import type { Budget, BudgetLine } from '../../src/model/types.gen.ts';

const src = { file: 'budget/x.csv', cell: 'C2', unit: 'tkr' as const };
const yearLine = (area: string, period: string, budget?: number, outcome?: number): BudgetLine => ({
  area,
  period,
  ...(budget !== undefined ? { budget } : {}),
  ...(outcome !== undefined ? { outcome } : {}),
  sources: { ...(budget !== undefined ? { budget: src } : {}), ...(outcome !== undefined ? { outcome: src } : {}) },
});
const NBSP = '\u00a0';
const plain = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');

describe('lineFigures', () => {
  it('deviation = budget − outcome, its share of the budget, and cost per resident for a year', () => {
    const f = lineFigures(yearLine('Grundskola', '2024', 800_000_000, 811_200_000), new Map([['2024', 64_000]]));
    expect(f.deviation).toBe(-11_200_000);
    expect(f.deviationPercent).toBeCloseTo(-1.4, 10);
    expect(f.outcomePerResident).toBe(12_675);
    expect(f.budgetPerResident).toBe(12_500);
    expect(f.slug).toBe('grundskola');
  });
  it('no cost per resident for a month, and no share of a zero budget', () => {
    const month = lineFigures(yearLine('Grundskola', '2024-08', 0, 10), new Map([['2024', 64_000]]));
    expect(month.residents).toBeUndefined();
    expect(month.deviation).toBe(-10);
    expect(month.deviationPercent).toBeUndefined();
  });
  it('a net income line (negative budget) counts its share against the size of the budget', () => {
    const f = lineFigures(yearLine('Exploatering', '2024', -20_000_000, -31_500_000), new Map());
    expect(f.deviation).toBe(11_500_000);
    expect(f.deviationPercent).toBeCloseTo(57.5, 10);
  });
});

describe('amounts in words', () => {
  it('writes millions with one decimal from 0,1 mnkr, smaller amounts in whole kronor', () => {
    expect(amountText(811_200_000)).toBe(`811,2${NBSP}mnkr`);
    expect(amountText(2_896_512_000)).toBe(`2${NBSP}896,5${NBSP}mnkr`);
    expect(amountText(60_000)).toBe(`0,1${NBSP}mnkr`);
    expect(amountText(49_999)).toBe(`49${NBSP}999${NBSP}kr`);
    expect(perResidentText(12_675.4)).toBe(`12${NBSP}675${NBSP}kr`);
    // English pages write numbers the British way.
    expect(amountText(811_200_000, 'en')).toBe(`SEK${NBSP}811.2${NBSP}m`);
  });
  it('says over or under budget with the share, as the issue writes it', () => {
    expect(plain(deviationText(-11_200_000, -1.4))).toBe('11,2 miljoner kronor över budget, 1,4 %');
    expect(plain(deviationText(4_100_000, 0.8))).toBe('4,1 miljoner kronor under budget, 0,8 %');
    expect(plain(deviationText(0.2, 0))).toBe('enligt budget');
    expect(plain(deviationText(-6_500_000, -2.5, 'sv', 'annual'))).toBe('6,5 miljoner kronor över årsbudgeten, 2,5 %');
    expect(plain(deviationText(-5_900_000, undefined, 'sv', 'period'))).toBe('5,9 miljoner kronor över budgeten för perioden');
    expect(plain(deviationText(-11_200_000, -1.4, 'en'))).toBe('SEK 11.2 million over budget, 1.4%');
    expect(plain(deviationCell(-11_200_000))).toBe('11,2 mnkr över');
    expect(plain(deviationCell(0))).toBe('enligt budget');
  });
});

describe('areas and totals', () => {
  const budget: Budget = {
    currency: 'SEK',
    lines: [
      yearLine('Grundskola', '2023', 780_000_000, 795_400_000),
      yearLine('Grundskola', '2024', 800_000_000, 811_200_000),
      yearLine('grundskola', '2025', 829_400_000),
      { ...yearLine('Grundskola', '2025-08', 552_933_000, 563_439_000), annualBudget: 829_400_000, forecast: 839_400_000, sources: { budget: src, outcome: src, annualBudget: src, forecast: src } },
      yearLine('Äldreomsorg', '2024', 760_400_000, 753_600_000),
      yearLine('Kultur', '2024', 143_000_000),
    ],
    population: [{ year: '2024', residents: 64_000, source: { file: 'kolada/N01951.json', pointer: '/values/0' } }],
  };

  it('groups the lines by slug, names an area as its latest line, and finds its latest outcome', () => {
    const { areas, year, month } = budgetOverview(budget);
    expect(areas.map((a) => [a.name, a.slug, a.years.map((y) => y.line.period), a.latest?.line.period, a.months.length])).toEqual([
      ['Grundskola', 'grundskola', ['2023', '2024', '2025'], '2024', 1],
      ['Kultur', 'kultur', ['2024'], undefined, 0],
      ['Äldreomsorg', 'aldreomsorg', ['2024'], '2024', 0],
    ]);
    expect([year, month]).toEqual(['2024', '2025-08']);
  });

  it('sums only the areas with both a budget and an outcome, and divides by the year\'s residents', () => {
    const t = totals(budgetOverview(budget).areas.flatMap((a) => a.years), '2024')!;
    expect([t.count, t.budget, t.outcome, t.deviation, t.residents]).toEqual([2, 1_560_400_000, 1_564_800_000, -4_400_000, 64_000]);
    expect(t.outcomePerResident).toBe(1_564_800_000 / 64_000);
  });

  it('sums the follow-up with its annual budget and forecast', () => {
    const overview = budgetOverview(budget);
    expect(overview.monthTotals).toMatchObject({ period: '2025-08', budget: 552_933_000, outcome: 563_439_000, annualBudget: 829_400_000, forecast: 839_400_000, forecastDeviation: -10_000_000 });
  });
});

describe('headers of exports', () => {
  it.each([
    ['Budget 2024 (tkr)', { field: 'budget', period: '2024', units: ['tkr'] }],
    ['Utfall jan–aug 2025', { field: 'outcome', period: '2025-08', units: [] }],
    ['Utfall t.o.m. augusti 2025, mnkr', { field: 'outcome', period: '2025-08', units: ['mnkr'] }],
    ['2024 Budget', { field: 'budget', period: '2024', units: [] }],
    ['Prognos helår (tkr)', { field: 'forecast', units: ['tkr'] }],
    ['Belopp i tkr', { field: 'amount', units: ['tkr'] }],
    ['Tkr', { field: 'amount', units: ['tkr'] }],
    ['Nämnd', { field: 'committee', units: [] }],
    ['Avvikelse %', { ignored: true, units: [] }],
    ['Utfall maj–aug 2024', { units: [] }],
    ['Skr', { units: [] }],
  ])('%s', (header, expected) => {
    expect(parseBudgetHeader(header)).toEqual(expected);
  });
  it('finds units and periods in titles, and two periods are no period', () => {
    expect(findUnits('Alla belopp i miljoner kronor').units).toEqual(['mnkr']);
    expect(findUnits('Kostnad (kr) och tkr').units).toEqual(['tkr', 'kr']);
    expect(findPeriods('Budgetuppföljning augusti 2025').periods).toEqual(['2025-08']);
    expect(findPeriods('Driftredovisning 2020–2025').periods).toEqual(['2020', '2025']);
  });
});
