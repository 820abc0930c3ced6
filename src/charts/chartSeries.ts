import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { comparePeriods, periodYear } from '../model/comparePeriods.ts';
import { groupMean } from '../site/groupMean.ts';
import { t, type Lang } from '../i18n/t.ts';
import { areaLabel, similarName } from '../site/localNames.ts';
import type { SeriesInput, SeriesPoint, TargetInput } from './timeSeries.ts';

type Site = Pick<SiteConfig, 'name' | 'municipality' | 'comparison' | 'en'>;

function areaPoints(observations: readonly Observation[], area: string, gender: Observation['gender']): SeriesPoint[] {
  return observations
    .filter((o) => o.area === area && o.gender === gender)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((o) => ({ period: o.period, value: typeof o.value === 'number' && Number.isFinite(o.value) ? o.value : null, ...(o.status ? { status: o.status } : {}) }));
}

/** The name of an area as the site shows it; the home municipality falls back to the site config. */
export function areaName(areas: readonly Area[], code: string, fallback = code): string {
  return areas.find((a) => a.code === code)?.name ?? fallback;
}

/**
 * The series of the main chart: the home municipality, riket and the mean of similar
 * municipalities (only for periods where most members have a value, as in src/site/groupMean).
 * Series without a single value are left out.
 */
export function mainSeries(observations: readonly Observation[], site: Site, areas: readonly Area[], lang: Lang = 'sv'): SeriesInput[] {
  const series: SeriesInput[] = [
    { key: 'home', role: 'home', label: areaLabel(areas, site.municipality, site, lang, site.name), points: areaPoints(observations, site.municipality, 'T') },
  ];
  const country = site.comparison.country;
  if (country && country !== site.municipality) {
    series.push({ key: 'country', role: 'country', label: areaLabel(areas, country, site, lang), points: areaPoints(observations, country, 'T') });
  }
  const similar = site.comparison.similar;
  if (similar) {
    const memberSet = new Set(similar.members);
    const periods = [...new Set(observations.filter((o) => o.area !== undefined && memberSet.has(o.area) && o.gender === 'T').map((o) => o.period))];
    const points = periods.sort(comparePeriods).map((period) => ({ period, value: groupMean(observations, similar.members, period).mean ?? null }));
    series.push({ key: 'similar', role: 'similar', label: t('chart.similarLabel', { name: similarName(site, lang)! }, lang), points });
  }
  return series.filter((s) => s.points.some((p) => p.value !== null));
}

/** Women and men in the home municipality, when the data has them; otherwise none. */
export function genderSeries(observations: readonly Observation[], site: Site, lang: Lang = 'sv'): SeriesInput[] {
  const women = areaPoints(observations, site.municipality, 'K');
  const men = areaPoints(observations, site.municipality, 'M');
  if (!women.some((p) => p.value !== null) && !men.some((p) => p.value !== null)) return [];
  return [
    { key: 'women', role: 'women', label: t('indicator.gender.K', undefined, lang), points: women },
    { key: 'men', role: 'men', label: t('indicator.gender.M', undefined, lang), points: men },
  ];
}

/**
 * The target to draw: the first one not yet past the latest period shown, else the last one.
 * (An indicator may carry several; one dashed line keeps the chart readable.)
 */
export function pickTarget(indicator: Pick<Indicator, 'targets'>, periods: readonly string[]): TargetInput | undefined {
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year);
  if (targets.length === 0) return undefined;
  const lastYear = periods.length > 0 ? periodYear(periods[periods.length - 1]) : undefined;
  const chosen = (lastYear !== undefined ? targets.find((x) => x.year >= lastYear) : undefined) ?? targets[targets.length - 1];
  return { value: chosen.value, year: chosen.year };
}
