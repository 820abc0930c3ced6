// Chart geometry of the finance pages, as pure functions like src/charts/: the trend of an area's
// outcome against its budget (the results' line chart, outcome as the thick solid line, budget
// dashed), and the overview's bars of outcome per area with the budget marked.
import { scaleLinear } from 'd3-scale';
import { describeSeries } from '../../charts/describeSeries.ts';
import type { ChartModel } from '../../charts/indicatorCharts.ts';
import { textWidth } from '../../charts/textWidth.ts';
import { FONT_SIZE, timeSeries, type SeriesInput } from '../../charts/timeSeries.ts';
import { t, type Lang } from '../../i18n/t.ts';
import { amountText } from '../figures/amountText.ts';
import type { BudgetArea } from '../site/budgetAreas.ts';

const MILLION = 1_000_000;
/** The line chart's unit: its ticks and the text alternative read "812,3 mnkr". */
const CHART_UNIT = 'mnkr';

/**
 * Outcome and budget per year of an area, in both sizes, with its title and text alternative;
 * undefined without yearly figures. `name` is the area's name on the page (its English name, say).
 */
export function areaTrendChart(area: BudgetArea, lang: Lang = 'sv', name: string = area.name): ChartModel | undefined {
  const points = (get: (f: BudgetArea['years'][number]) => number | undefined) =>
    area.years.flatMap((f) => {
      const v = get(f);
      return v === undefined ? [] : [{ period: f.line.period, value: Math.round((v / MILLION) * 10) / 10 }];
    });
  const outcome = points((f) => f.line.outcome);
  const budget = points((f) => f.line.budget);
  if (outcome.length === 0 && budget.length === 0) return undefined;
  // The results' roles give the look: the home municipality's thick solid line for the outcome,
  // riket's dashed line with square markers for the budget.
  const series: SeriesInput[] = [
    ...(outcome.length > 0 ? [{ key: 'outcome', label: t('budget.what.outcome', undefined, lang), role: 'home' as const, points: outcome }] : []),
    ...(budget.length > 0 ? [{ key: 'budget', label: t('budget.what.budget', undefined, lang), role: 'country' as const, points: budget }] : []),
  ];
  const periods = [...new Set(area.years.map((f) => f.line.period))].sort();
  const title =
    periods.length === 1
      ? t('budget.area.chartTitleOne', { name, period: periods[0] }, lang)
      : t('budget.area.chartTitle', { name, from: periods[0], to: periods[periods.length - 1] }, lang);
  const base = { unit: CHART_UNIT, decimals: 1, lang };
  const description = describeSeries({
    ...base,
    name: t('budget.what.outcome', undefined, lang),
    subject: t('budget.area.chartSubject', { name }, lang),
    points: outcome,
    comparisons: budget.length > 0 ? [{ name: t('budget.area.budgetName', undefined, lang), points: budget }] : [],
  });
  return { title, titleLang: lang, description, wide: timeSeries({ ...base, series, width: 640, height: 300 }), narrow: timeSeries({ ...base, series, width: 360, height: 280 }) };
}

export interface BudgetBar {
  slug: string;
  name: string;
  outcome: number;
  budget?: number;
  label: string;
  /** Baseline of the area's name, above its bar. */
  nameY: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** The budget's marker: a vertical line across the bar. */
  budgetX?: number;
  labelX: number;
  labelY: number;
}

export interface BudgetBarsGeometry {
  width: number;
  height: number;
  zeroX: number;
  bars: BudgetBar[];
}

const NAME_LINE = FONT_SIZE + 4;
const BAR_HEIGHT = 16;
const ROW = NAME_LINE + BAR_HEIGHT + 14;
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * One bar per area for the year (areas with an outcome), largest first; the budget as a marker.
 * `nameOf` gives an area's name on the page (its English name, say); the order stays the Swedish one.
 */
export function budgetBars(areas: readonly BudgetArea[], year: string, width = 640, lang: Lang = 'sv', nameOf: (area: BudgetArea) => string = (a) => a.name): BudgetBarsGeometry {
  const collator = new Intl.Collator('sv-SE');
  const rows = areas
    .flatMap((a) => {
      const f = a.years.find((y) => y.line.period === year);
      return f?.line.outcome === undefined ? [] : [{ slug: a.slug, name: nameOf(a), sortName: a.name, outcome: f.line.outcome, budget: f.line.budget }];
    })
    .sort((a, b) => b.outcome - a.outcome || collator.compare(a.sortName, b.sortName));
  const labels = rows.map((r) => amountText(r.outcome, lang));
  const labelRoom = Math.max(0, ...labels.map((l) => textWidth(l, FONT_SIZE))) + 10;
  const values = rows.flatMap((r) => (r.budget === undefined ? [r.outcome] : [r.outcome, r.budget]));
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const x = scaleLinear().domain([min, max === min ? min + 1 : max]).range([1, width - labelRoom]);
  const zeroX = x(0);
  const bars = rows.map(({ sortName: _, ...row }, i): BudgetBar => {
    const top = i * ROW;
    const end = x(row.outcome);
    const budgetX = row.budget === undefined ? undefined : x(row.budget);
    return {
      ...row,
      budget: row.budget,
      label: labels[i],
      nameY: r1(top + FONT_SIZE),
      barX: r1(Math.min(zeroX, end)),
      barY: r1(top + NAME_LINE),
      barWidth: r1(Math.max(Math.abs(end - zeroX), 1)),
      barHeight: BAR_HEIGHT,
      ...(budgetX !== undefined ? { budgetX: r1(budgetX) } : {}),
      labelX: r1(Math.max(end, budgetX ?? end, zeroX) + 6),
      labelY: r1(top + NAME_LINE + BAR_HEIGHT - 4),
    };
  });
  return { width, height: Math.max(ROW, bars.length * ROW), zeroX: r1(zeroX), bars };
}

/** The overview chart in words: the largest and smallest cost, and how many went over budget. */
export function describeBudgetBars(geometry: BudgetBarsGeometry, lang: Lang = 'sv'): string {
  const { bars } = geometry;
  if (bars.length === 0) return '';
  const first = bars[0];
  const last = bars[bars.length - 1];
  const sentences = [
    bars.length === 1
      ? t('budget.overview.describeOne', { name: first.name, amount: amountText(first.outcome, lang, 'words') }, lang)
      : t('budget.overview.describeHighest', { name: first.name, amount: amountText(first.outcome, lang, 'words'), lowest: last.name, lowestAmount: amountText(last.outcome, lang, 'words') }, lang),
  ];
  const withBudget = bars.filter((b) => b.budget !== undefined);
  if (withBudget.length > 0) {
    const over = withBudget.filter((b) => b.outcome - (b.budget as number) >= 0.5).length;
    sentences.push(t('budget.overview.describeOver', { count: over, total: withBudget.length }, lang));
  }
  return sentences.join(' ');
}
