import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { t } from '../i18n/t.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import { genderSeries, mainSeries, pickTarget } from './chartSeries.ts';
import { describeSeries, subjectFor } from './describeSeries.ts';
import { timeSeries, type SeriesInput, type SeriesPoint, type TimeSeriesGeometry } from './timeSeries.ts';

/** One chart in both sizes, with the texts that go with it. */
export interface ChartModel {
  title: string;
  description: string;
  wide: TimeSeriesGeometry;
  narrow: TimeSeriesGeometry;
}

/** Everything TimeSeriesChart draws for an indicator. */
export interface IndicatorCharts {
  id: string;
  homeName: string;
  /** The home municipality against riket, the region and similar municipalities; undefined without its data. */
  main?: ChartModel & { others: string[] };
  /** Women and men, when the data has them. */
  gender?: ChartModel;
  /** Status symbols drawn in the main chart, each with its explanation, for the caption. */
  symbols: string[];
}

function build(indicator: Indicator, observations: readonly Observation[], site: SiteConfig, areas: readonly Area[]): IndicatorCharts {
  const own = observations.filter((o) => o.indicator === indicator.id);
  const series = mainSeries(own, site, areas);
  const periodsOf = (list: readonly SeriesInput[]) =>
    [...new Set(list.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
  const periods = periodsOf(series);
  const target = pickTarget(indicator, periods);
  const base = { unit: indicator.unit, decimals: indicator.decimals };
  const id = `chart-${indicator.id}`;
  const homeNameRaw = series.find((s) => s.key === 'home')?.label;

  /** "Riket", "Liknande kommuner (medel)" read lower-case inside a sentence; proper names stay. */
  const inSentence = (name: string) =>
    /^[A-ZÅÄÖ][a-zåäö]+(\s[a-zåäö(][^A-ZÅÄÖ]*)?$/.test(name) && name !== homeNameRaw ? name[0].toLowerCase() + name.slice(1) : name;

  const titleFor = (key: string, list: readonly SeriesInput[], extra: Record<string, string> = {}) => {
    const ps = periodsOf(list);
    if (ps.length <= 1) return t('chart.titleOne', { title: indicator.title, period: ps[0] ? formatPeriod(ps[0]) : '' });
    return t(key, { title: indicator.title, from: formatPeriod(ps[0]), to: formatPeriod(ps[ps.length - 1]), ...extra });
  };

  const home = series.find((s) => s.key === 'home');
  const homeName = home?.label ?? site.name;
  const subject = subjectFor(indicator.unit);
  const main = home
    ? {
        title: titleFor('chart.title', series),
        description: describeSeries({
          ...base,
          name: homeName,
          subject: t('chart.subjectIn', { subject, name: homeName }),
          points: home.points,
          comparisons: series
            .filter((s) => s.key !== 'home')
            .map((s) => ({
              name: s.key === 'similar' && site.comparison.similar ? site.comparison.similar.name : s.label,
              group: s.key === 'similar',
              points: s.points,
            })),
          target,
        }),
        wide: timeSeries({ ...base, series, target, width: 640, height: 320 }),
        narrow: timeSeries({ ...base, series, target, width: 360, height: 300 }),
        others: series.filter((s) => s.key !== 'home').map((s) => inSentence(s.label)),
      }
    : undefined;

  const genders = genderSeries(own, site);
  const lower = (s: string) => s.toLocaleLowerCase('sv');
  const gender =
    genders.length > 0
      ? {
          title: titleFor('chart.genderTitle', genders, { name: homeName }),
          description: genders
            .map((g) =>
              describeSeries({
                ...base,
                name: g.label,
                subject: t('chart.subjectAmong', { subject, name: lower(g.label) }),
                points: g.points as SeriesPoint[],
              }),
            )
            .join(' '),
          wide: timeSeries({ ...base, series: genders, target, width: 640, height: 260 }),
          narrow: timeSeries({ ...base, series: genders, target, width: 360, height: 240 }),
        }
      : undefined;

  // Status symbols drawn in the chart, each with its explanation in the caption.
  const drawn = new Set(main?.wide.series[0]?.gaps.flatMap((g) => (g.status ? [g.status] : [])) ?? []);
  const symbols = [...drawn].sort().map((s) => `${t(`status.${s}.symbol`)} ${t(`status.${s}.label`)}`);
  return { id, homeName, main, gender, symbols };
}

// The indicator page and its embed page draw the same charts from the same arrays:
// computed once, remembered for as long as the observations array lives.
const memo = new WeakMap<readonly Observation[], { key: readonly unknown[]; charts: IndicatorCharts }>();

/**
 * The time-series charts of an indicator (see TimeSeriesChart.astro): geometry in a
 * wide and a narrow size, titles, descriptions and caption parts.
 */
export function indicatorCharts(indicator: Indicator, observations: readonly Observation[], site: SiteConfig, areas: readonly Area[]): IndicatorCharts {
  const key = [indicator, site, areas];
  const hit = memo.get(observations);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.charts;
  const charts = build(indicator, observations, site, areas);
  memo.set(observations, { key, charts });
  return charts;
}
