import type { Budget, BudgetLine } from '../../model/types.gen.ts';
import { budgetSlug } from '../budgetSlug.ts';

/** A budget line with what is computed from it: the deviation and the cost per resident. */
export interface LineFigures {
  line: BudgetLine;
  slug: string;
  /** budget − outcome, kr: positive when the area cost less than budgeted (the Swedish "avvikelse"). */
  deviation?: number;
  /** The deviation as a share of the budget, %. Undefined for a budget of 0. */
  deviationPercent?: number;
  /** For a month: annual budget − forecast, kr. */
  forecastDeviation?: number;
  forecastDeviationPercent?: number;
  /** The year's residents (yearly lines only). */
  residents?: number;
  /** outcome / residents, kr. */
  outcomePerResident?: number;
  /** budget / residents, kr. */
  budgetPerResident?: number;
}

/** Residents by year. */
export function residentsByYear(budget: Pick<Budget, 'population'>): Map<string, number> {
  return new Map(budget.population.map((p) => [p.year, p.residents]));
}

function share(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : (part / Math.abs(whole)) * 100;
}

/** What the pages and the open data compute from a line: one definition for both. */
export function lineFigures(line: BudgetLine, residents: ReadonlyMap<string, number>): LineFigures {
  const figures: LineFigures = { line, slug: budgetSlug(line.area) };
  if (line.budget !== undefined && line.outcome !== undefined) {
    figures.deviation = line.budget - line.outcome;
    figures.deviationPercent = share(figures.deviation, line.budget);
  }
  if (line.annualBudget !== undefined && line.forecast !== undefined) {
    figures.forecastDeviation = line.annualBudget - line.forecast;
    figures.forecastDeviationPercent = share(figures.forecastDeviation, line.annualBudget);
  }
  const count = /^\d{4}$/.test(line.period) ? residents.get(line.period) : undefined;
  if (count !== undefined) {
    figures.residents = count;
    if (line.outcome !== undefined) figures.outcomePerResident = line.outcome / count;
    if (line.budget !== undefined) figures.budgetPerResident = line.budget / count;
  }
  return figures;
}
