import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { formatValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import type { Ranked } from '../site/ranking.ts';
import { describeRanking, rankLegend } from './describeRanking.ts';
import { rankPlot, type RankPlotGeometry } from './rankPlot.ts';

/** Everything RankChart draws: the plot in two sizes, its title, text alternative and legend. */
export interface RankChartModel {
  id: string;
  title: string;
  description: string;
  legend: string;
  wide: RankPlotGeometry;
  narrow: RankPlotGeometry;
}

/** Riket's value in a period, from the observations a page holds (riket is always among them). */
export function countryValue(observations: readonly Observation[], country: string | undefined, period: string): number | undefined {
  if (!country) return undefined;
  const o = observations.find((x) => x.area === country && x.period === period && x.gender === 'T' && x.unit === undefined);
  return o && typeof o.value === 'number' && Number.isFinite(o.value) ? o.value : undefined;
}

/** The dot plot of every municipality for an indicator page (see rankPlot). */
export function rankChart(
  indicator: Pick<Indicator, 'id' | 'title' | 'unit' | 'decimals'>,
  r: Ranked,
  observations: readonly Observation[],
  site: Pick<SiteConfig, 'municipality' | 'comparison' | 'name'>,
  areas: readonly Area[],
  lang: Lang = 'sv',
): RankChartModel {
  const names = new Map(areas.map((a) => [a.code, a.name]));
  const nameOf = (code: string) => names.get(code) ?? (code === site.municipality ? site.name : code);
  const homeName = nameOf(site.municipality);
  const homeIndex = r.areas.indexOf(site.municipality);
  const members = (site.comparison.similar?.members ?? []).filter((m) => m !== site.municipality);
  const country = countryValue(observations, site.comparison.country, r.period);
  const fmt = (v: number) => formatValue(v, indicator.unit, indicator.decimals);

  const input = {
    unit: indicator.unit,
    decimals: indicator.decimals,
    values: r.values,
    ...(homeIndex >= 0
      ? { home: { index: homeIndex, label: r.ranked ? t('ranking.homeLabel', { name: homeName, place: r.places[homeIndex] }, lang) : homeName } }
      : {}),
    members: members.map((m) => r.areas.indexOf(m)).filter((i) => i >= 0),
    ...(country !== undefined ? { country: { value: country, label: t('ranking.countryLabel', { value: fmt(country) }, lang) } } : {}),
    first: r.ranked ? t('ranking.axisFirst', {}, lang) : t('ranking.axisHighest', {}, lang),
    last: r.ranked ? t('ranking.axisLast', { count: r.values.length }, lang) : t('ranking.axisLowest', {}, lang),
  };
  const inData = members.filter((m) => r.areas.includes(m));
  return {
    id: `rank-${indicator.id}`,
    title: t('ranking.chartTitle', { title: indicator.title, period: formatPeriod(r.period) }, lang),
    description: describeRanking({ ranking: r, unit: indicator.unit, decimals: indicator.decimals, nameOf, home: site.municipality, ...(country !== undefined ? { country } : {}), lang }),
    legend: rankLegend({
      ...(homeIndex >= 0 ? { homeName } : {}),
      ...(site.comparison.similar && inData.length > 0 ? { group: { name: site.comparison.similar.name, members: inData.map(nameOf) } } : {}),
      country: country !== undefined,
      lang,
    }),
    wide: rankPlot({ ...input, width: 640, height: 260 }),
    narrow: rankPlot({ ...input, width: 360, height: 240 }),
  };
}
