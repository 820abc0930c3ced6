import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { t, type Lang } from '../i18n/t.ts';
import { formatList } from '../format/formatList.ts';
import { localIndicator, unitOf } from '../site/localIndicator.ts';
import { similarName } from '../site/localNames.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import { genderSeries, mainSeries, pickTarget } from './chartSeries.ts';
import { describeSeries, subjectFor } from './describeSeries.ts';
import { timeSeries, type SeriesInput, type SeriesPoint, type TimeSeriesGeometry } from './timeSeries.ts';

/** One chart in both sizes, with the texts that go with it. */
export interface ChartModel {
  title: string;
  /** The title's language: the indicator title's, which may be untranslated on an English page. */
  titleLang: Lang;
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
  /** The main chart's caption: what it shows, and the symbols drawn in it. */
  caption: string;
}

function build(indicator: Indicator, observations: readonly Observation[], site: SiteConfig, areas: readonly Area[], lang: Lang): IndicatorCharts {
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const period = (p: string) => formatPeriod(p, lang);
  const title = localIndicator(indicator, lang).title;
  const own = observations.filter((o) => o.indicator === indicator.id);
  const series = mainSeries(own, site, areas, lang);
  const periodsOf = (list: readonly SeriesInput[]) =>
    [...new Set(list.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
  const periods = periodsOf(series);
  const target = pickTarget(indicator, periods);
  const base = { unit: unitOf(indicator, lang), decimals: indicator.decimals, lang };
  const id = `chart-${indicator.id}`;
  const homeNameRaw = series.find((s) => s.key === 'home')?.label;

  /** "Riket", "Liknande kommuner (medel)", "Similar municipalities (mean)" read lower-case inside a sentence; proper names stay. */
  const inSentence = (name: string) =>
    /^[A-ZÅÄÖ][a-zåäö]+(\s[a-zåäö(][^A-ZÅÄÖ]*)?$/.test(name) && name !== homeNameRaw ? name[0].toLowerCase() + name.slice(1) : name;

  const titleFor = (key: string, list: readonly SeriesInput[], extra: Record<string, string> = {}) => {
    const ps = periodsOf(list);
    if (ps.length <= 1) return tr('chart.titleOne', { title: title.text, period: ps[0] ? period(ps[0]) : '' });
    return tr(key, { title: title.text, from: period(ps[0]), to: period(ps[ps.length - 1]), ...extra });
  };

  const home = series.find((s) => s.key === 'home');
  const homeName = home?.label ?? site.name;
  const subject = subjectFor(indicator.unit, lang);
  const groupName = similarName(site, lang);
  const main = home
    ? {
        title: titleFor('chart.title', series),
        titleLang: title.lang,
        description: describeSeries({
          ...base,
          name: homeName,
          subject: tr('chart.subjectIn', { subject, name: homeName }),
          points: home.points,
          comparisons: series
            .filter((s) => s.key !== 'home')
            .map((s) => ({
              name: s.key === 'similar' && groupName ? groupName : s.label,
              group: s.key === 'similar',
              points: s.points,
            })),
          target,
        }),
        wide: timeSeries({ ...base, series, target, width: 640, height: 320 }),
        narrow: timeSeries({ ...base, series, target, width: 360, height: 300 }),
        // In English only the group is a common noun; "Sweden" and names keep their capital.
        others: series.filter((s) => s.key !== 'home').map((s) => (lang === 'sv' || s.key === 'similar' ? inSentence(s.label) : s.label)),
      }
    : undefined;

  const genders = genderSeries(own, site, lang);
  const lower = (s: string) => s.toLocaleLowerCase(lang);
  const gender =
    genders.length > 0
      ? {
          title: titleFor('chart.genderTitle', genders, { name: homeName }),
          titleLang: title.lang,
          description: genders
            .map((g) =>
              describeSeries({
                ...base,
                name: g.label,
                subject: tr('chart.subjectAmong', { subject, name: lower(g.label) }),
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
  const symbols = [...drawn].sort().map((s) => `${tr(`status.${s}.symbol`)} ${tr(`status.${s}.label`)}`);
  const caption = main
    ? main.others.length > 0
      ? tr('chart.caption', { name: homeName, others: formatList(main.others, lang) })
      : tr('chart.captionAlone', { name: homeName })
    : '';
  return { id, homeName, main, gender, symbols, caption: symbols.length > 0 ? `${caption} ${tr('status.legendHeading')}: ${symbols.join('; ')}.` : caption };
}

// The indicator page and its embed page draw the same charts from the same arrays:
// computed once per language, remembered for as long as the observations array lives.
const memo: Record<Lang, WeakMap<readonly Observation[], { key: readonly unknown[]; charts: IndicatorCharts }>> = { sv: new WeakMap(), en: new WeakMap() };

/**
 * The time-series charts of an indicator (see TimeSeriesChart.astro): geometry in a
 * wide and a narrow size, titles, descriptions and caption parts.
 */
export function indicatorCharts(indicator: Indicator, observations: readonly Observation[], site: SiteConfig, areas: readonly Area[], lang: Lang = 'sv'): IndicatorCharts {
  const key = [indicator, site, areas];
  const hit = memo[lang].get(observations);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.charts;
  const charts = build(indicator, observations, site, areas, lang);
  memo[lang].set(observations, { key, charts });
  return charts;
}
