// The finance charts' geometry: the overview's bars (largest first, the budget marked, negative net
// incomes left of zero) and an area's trend (outcome and budget as the results' line chart draws
// them), each with a text alternative that states what the chart shows.
import { describe, expect, it } from 'vitest';
import { areaTrendChart, budgetBars, describeBudgetBars } from '../../src/budget/charts/budgetCharts.ts';
import { budgetAreas } from '../../src/budget/site/budgetAreas.ts';
import type { Budget, BudgetLine } from '../../src/model/types.gen.ts';

const src = { file: 'b.csv', cell: 'C2', unit: 'tkr' as const };
const l = (area: string, period: string, budget: number | undefined, outcome: number | undefined): BudgetLine => ({
  area,
  period,
  ...(budget !== undefined ? { budget } : {}),
  ...(outcome !== undefined ? { outcome } : {}),
  sources: { ...(budget !== undefined ? { budget: src } : {}), ...(outcome !== undefined ? { outcome: src } : {}) },
});
const budget: Budget = {
  currency: 'SEK',
  lines: [
    l('Grundskola', '2023', 780_000_000, 795_400_000),
    l('Grundskola', '2024', 800_000_000, 811_200_000),
    l('Grundskola', '2025', 829_400_000, undefined),
    l('Förskola', '2024', 400_000_000, 397_000_000),
    l('Exploatering', '2024', -20_000_000, -31_500_000),
  ],
  population: [],
};
const areas = budgetAreas(budget);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

describe('budgetBars', () => {
  const g = budgetBars(areas, '2024', 640);
  it('draws the largest outcome first and the budget as a marker at its own scale position', () => {
    expect(g.bars.map((b) => b.name)).toEqual(['Grundskola', 'Förskola', 'Exploatering']);
    const [grund, forskola] = g.bars;
    expect(grund.barWidth).toBeGreaterThan(forskola.barWidth * 2);
    // Over budget: the bar passes the marker; under budget: it stops short of it.
    expect(grund.barX + grund.barWidth).toBeGreaterThan(grund.budgetX!);
    expect(forskola.barX + forskola.barWidth).toBeLessThan(forskola.budgetX!);
    expect(plain(grund.label)).toBe('811,2 mnkr');
  });
  it('puts a net income left of zero and every label inside the width', () => {
    const income = g.bars[2];
    expect(income.barX + income.barWidth).toBeCloseTo(g.zeroX, 0);
    for (const bar of g.bars) expect(bar.labelX).toBeLessThan(g.width);
    expect(g.height).toBeGreaterThanOrEqual(g.bars.length * 30);
  });
  it('says the largest and smallest and how many went over budget', () => {
    expect(plain(describeBudgetBars(g))).toBe('Mest kostade Grundskola: 811,2 miljoner kronor. Minst kostade Exploatering: -31,5 miljoner kronor. 1 av 3 verksamheter kostade mer än budgeterat.');
  });
});

describe('areaTrendChart', () => {
  it('draws the outcome as the solid home line and the budget dashed, one year further, in mnkr', () => {
    const chart = areaTrendChart(areas.find((a) => a.name === 'Grundskola')!)!;
    expect(chart.title).toBe('Utfall och budget för Grundskola, 2023–2025');
    const [outcome, budgetLine] = chart.wide.series;
    expect([outcome.key, outcome.role, outcome.points.map((p) => p.value)]).toEqual(['outcome', 'home', [795.4, 811.2]]);
    expect([budgetLine.key, budgetLine.role, budgetLine.dash, budgetLine.points.map((p) => p.value)]).toEqual(['budget', 'country', '7 4', [780, 800, 829.4]]);
    // The chart's sentences write the unit out, as plain language asks (the axis keeps "mnkr").
    expect(plain(chart.description)).toBe('Utfallet för Grundskola ökade från 795,4 miljoner kronor 2023 till 811,2 miljoner kronor 2024. Budgeten låg på 800,0 miljoner kronor 2024.');
    expect(chart.narrow.width).toBeLessThan(chart.wide.width);
  });
});
