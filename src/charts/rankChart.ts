import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { formatValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import { localIndicator, unitOf } from '../site/localIndicator.ts';
import { areaLabel, similarName } from '../site/localNames.ts';
import type { Ranked } from '../site/ranking.ts';
import { describeRanking, rankLegend } from './describeRanking.ts';
import { rankPlot, type RankPlotGeometry } from './rankPlot.ts';

/** Everything RankChart draws: the plot in two sizes, its title, text alternative and legend. */
export interface RankChartModel {
  id: string;
  title: string;
  /** The title's language: the indicator title's, which may be untranslated on an English page. */
  titleLang: Lang;
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

/**
 * The dot plot of every municipality for an indicator page in `lang` (see rankPlot): the
 * indicator's title and unit as that language's pages show them, riket as areaLabel names it
 * ("Sweden"), the similar municipalities' group as similarName does.
 */
export function rankChart(
  indicator: Indicator,
  r: Ranked,
  observations: readonly Observation[],
  site: Pick<SiteConfig, 'municipality' | 'comparison' | 'name' | 'en'>,
  areas: readonly Area[],
  lang: Lang = 'sv',
): RankChartModel {
  const names = new Map(areas.map((a) => [a.code, a.name]));
  const nameOf = (code: string) => names.get(code) ?? (code === site.municipality ? site.name : code);
  const homeName = nameOf(site.municipality);
  const homeIndex = r.areas.indexOf(site.municipality);
  const members = (site.comparison.similar?.members ?? []).filter((m) => m !== site.municipality);
  const country = countryValue(observations, site.comparison.country, r.period);
  const unit = unitOf(indicator, lang);
  const { decimals } = indicator;
  const title = localIndicator(indicator, lang).title;
  const group = similarName(site, lang);

  const input = {
    unit,
    decimals,
    lang,
    values: r.values,
    ...(homeIndex >= 0
      ? { home: { index: homeIndex, label: r.ranked ? t('ranking.homeLabel', { name: homeName, place: r.places[homeIndex] }, lang) : homeName } }
      : {}),
    members: members.map((m) => r.areas.indexOf(m)).filter((i) => i >= 0),
    ...(country !== undefined
      ? { country: { value: country, label: `${areaLabel(areas, site.comparison.country!, site, lang, t('language.country', undefined, lang))} ${formatValue(country, unit, decimals, lang)}` } }
      : {}),
    first: r.ranked ? t('ranking.axisFirst', {}, lang) : t('ranking.axisHighest', {}, lang),
    last: r.ranked ? t('ranking.axisLast', { count: r.values.length }, lang) : t('ranking.axisLowest', {}, lang),
  };
  const inData = members.filter((m) => r.areas.includes(m));
  return {
    id: `rank-${indicator.id}`,
    title: t('ranking.chartTitle', { title: title.text, period: formatPeriod(r.period, lang) }, lang),
    titleLang: title.lang,
    description: describeRanking({ ranking: r, unit, decimals, nameOf, home: site.municipality, ...(country !== undefined ? { country } : {}), lang }),
    legend: rankLegend({
      ...(homeIndex >= 0 ? { homeName } : {}),
      ...(group && inData.length > 0 ? { group: { name: group, members: inData.map(nameOf) } } : {}),
      country: country !== undefined,
      lang,
    }),
    wide: rankPlot({ ...input, width: 640, height: 260 }),
    narrow: rankPlot({ ...input, width: 360, height: 240 }),
  };
}
