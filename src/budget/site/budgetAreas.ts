import type { Budget, BudgetLine } from '../../model/types.gen.ts';
import { budgetSlug } from '../budgetSlug.ts';
import { lineFigures, residentsByYear, type LineFigures } from '../figures/lineFigures.ts';

/** One operating area's finances as its page shows them. */
export interface BudgetArea {
  name: string;
  slug: string;
  /** The committee of the latest line that names one. */
  committee?: string;
  /** Yearly lines, oldest first. */
  years: LineFigures[];
  /** The latest year with an outcome. */
  latest?: LineFigures;
  /** Month lines of the latest year that has any, oldest first: the follow-up so far. */
  months: LineFigures[];
}

const collator = new Intl.Collator('sv-SE');
const isYear = (line: BudgetLine) => /^\d{4}$/.test(line.period);

/** The budget's operating areas, by name in Swedish order. */
export function budgetAreas(budget: Budget): BudgetArea[] {
  const residents = residentsByYear(budget);
  const bySlug = new Map<string, BudgetLine[]>();
  for (const line of budget.lines) {
    const slug = budgetSlug(line.area);
    const list = bySlug.get(slug);
    if (list) list.push(line);
    else bySlug.set(slug, [line]);
  }
  const areas: BudgetArea[] = [];
  for (const [slug, lines] of bySlug) {
    const sorted = [...lines].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    const years = sorted.filter(isYear).map((l) => lineFigures(l, residents));
    const monthLines = sorted.filter((l) => !isYear(l));
    const lastMonthYear = monthLines.at(-1)?.period.slice(0, 4);
    const months = monthLines.filter((l) => l.period.startsWith(`${lastMonthYear}-`)).map((l) => lineFigures(l, residents));
    const committee = [...sorted].reverse().find((l) => l.committee !== undefined)?.committee;
    const latest = [...years].reverse().find((f) => f.line.outcome !== undefined);
    areas.push({ name: sorted[sorted.length - 1].area, slug, ...(committee !== undefined ? { committee } : {}), years, months, ...(latest ? { latest } : {}) });
  }
  return areas.sort((a, b) => collator.compare(a.name, b.name));
}

/** The sums of a set of lines for one period: only lines with both amounts count toward the deviation. */
export interface Totals {
  period: string;
  budget: number;
  outcome: number;
  deviation: number;
  deviationPercent?: number;
  annualBudget?: number;
  forecast?: number;
  forecastDeviation?: number;
  forecastDeviationPercent?: number;
  residents?: number;
  outcomePerResident?: number;
  /** Areas counted. */
  count: number;
}

export function totals(figures: readonly LineFigures[], period: string): Totals | undefined {
  const counted = figures.filter((f) => f.line.period === period && f.line.budget !== undefined && f.line.outcome !== undefined);
  if (counted.length === 0) return undefined;
  const sum = (get: (f: LineFigures) => number | undefined) => counted.reduce((s, f) => s + (get(f) ?? 0), 0);
  const budget = sum((f) => f.line.budget);
  const outcome = sum((f) => f.line.outcome);
  const result: Totals = { period, budget, outcome, deviation: budget - outcome, count: counted.length };
  if (budget !== 0) result.deviationPercent = ((budget - outcome) / Math.abs(budget)) * 100;
  if (counted.every((f) => f.line.annualBudget !== undefined && f.line.forecast !== undefined)) {
    result.annualBudget = sum((f) => f.line.annualBudget);
    result.forecast = sum((f) => f.line.forecast);
    result.forecastDeviation = result.annualBudget - result.forecast;
    if (result.annualBudget !== 0) result.forecastDeviationPercent = (result.forecastDeviation / Math.abs(result.annualBudget)) * 100;
  }
  const residents = counted[0].residents;
  if (residents !== undefined) {
    result.residents = residents;
    result.outcomePerResident = outcome / residents;
  }
  return result;
}

/** The whole budget as the overview shows it: the latest year with outcomes and the follow-up after it. */
export interface BudgetOverview {
  areas: BudgetArea[];
  /** The latest year any area has an outcome for. */
  year?: string;
  yearTotals?: Totals;
  /** The latest month of a year after `year`, when there is a follow-up. */
  month?: string;
  monthTotals?: Totals;
}

export function budgetOverview(budget: Budget): BudgetOverview {
  const areas = budgetAreasOf(budget);
  const year = areas.flatMap((a) => (a.latest ? [a.latest.line.period] : [])).sort().at(-1);
  const overview: BudgetOverview = { areas };
  if (year !== undefined) {
    overview.year = year;
    const t = totals(areas.flatMap((a) => a.years), year);
    if (t) overview.yearTotals = t;
  }
  const month = areas.flatMap((a) => a.months.map((m) => m.line.period)).sort().at(-1);
  if (month !== undefined && (year === undefined || month.slice(0, 4) > year)) {
    overview.month = month;
    const t = totals(areas.flatMap((a) => a.months), month);
    if (t) overview.monthTotals = t;
  }
  return overview;
}

const memo = new WeakMap<Budget, BudgetArea[]>();

/** budgetAreas, computed once per budget: every indicator page asks for its area. */
export function budgetAreasOf(budget: Budget): BudgetArea[] {
  let areas = memo.get(budget);
  if (!areas) {
    areas = budgetAreas(budget);
    memo.set(budget, areas);
  }
  return areas;
}

/** The area of a budget a results operating area (an indicator's Verksamhetsområde) links to, by slug. */
export function budgetAreaFor(budget: Budget | undefined, operatingArea: string): BudgetArea | undefined {
  if (!budget) return undefined;
  const slug = budgetSlug(operatingArea);
  return budgetAreasOf(budget).find((a) => a.slug === slug);
}
