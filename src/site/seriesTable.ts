import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { t, type Lang } from '../i18n/t.ts';
import { areaLabel, similarName } from './localNames.ts';
import { comparePeriods } from '../model/comparePeriods.ts';
import { groupMean } from './groupMean.ts';

export interface SeriesColumn {
  key: string;
  label: string;
}

export interface SeriesCell {
  /** The observation behind the cell (absent for group means and empty cells). */
  observation?: Observation;
  value?: number;
  status?: NonNullable<Observation['status']>;
  preliminary?: boolean;
  /** Group mean: members with a value, and members in all. */
  count?: number;
  total?: number;
}

export interface SeriesRow {
  period: string;
  cells: SeriesCell[];
}

export interface SeriesTable {
  columns: SeriesColumn[];
  rows: SeriesRow[];
}

function cellOf(o: Observation | undefined): SeriesCell {
  if (!o) return {};
  const cell: SeriesCell = { observation: o };
  if (typeof o.value === 'number') cell.value = o.value;
  else cell.status = o.status ?? 'missing';
  if (o.preliminary) cell.preliminary = true;
  return cell;
}

/**
 * The data behind the chart as periods × series: the home municipality (total, women, men when
 * present), riket, the region and the similar-municipalities mean. Periods come oldest first, and
 * only periods where the home municipality or a comparison has an observation.
 */
export function seriesTable(
  indicator: Pick<Indicator, 'id'>,
  observations: readonly Observation[],
  site: Pick<SiteConfig, 'municipality' | 'comparison' | 'name' | 'en'>,
  areas: readonly Area[],
  lang: Lang = 'sv',
): SeriesTable {
  const name = (code: string) => areaLabel(areas, code, site, lang);
  const home = site.municipality;
  const homeName = areas.find((a) => a.code === home)?.name ?? site.name;
  type Source = { column: SeriesColumn; cell: (period: string) => SeriesCell };
  const find = (area: string, gender: Observation['gender']) => (period: string) =>
    cellOf(observations.find((o) => o.area === area && o.gender === gender && o.period === period));
  const sources: Source[] = [{ column: { key: `${home}-T`, label: homeName }, cell: find(home, 'T') }];
  for (const gender of ['K', 'M'] as const) {
    if (observations.some((o) => o.area === home && o.gender === gender)) {
      sources.push({
        column: { key: `${home}-${gender}`, label: `${homeName}, ${t(`indicator.gender.${gender}`, undefined, lang).toLocaleLowerCase(lang)}` },
        cell: find(home, gender),
      });
    }
  }
  const { country, region, similar } = site.comparison;
  for (const code of [country, region]) {
    if (code && code !== home && observations.some((o) => o.area === code)) {
      sources.push({ column: { key: `${code}-T`, label: name(code) }, cell: find(code, 'T') });
    }
  }
  if (similar && observations.some((o) => o.area !== undefined && similar.members.includes(o.area))) {
    sources.push({
      column: { key: 'similar', label: t('comparison.groupColumn', { name: similarName(site, lang)! }, lang) },
      cell: (period) => {
        const g = groupMean(observations, similar.members, period);
        return g.mean === undefined ? { count: g.count, total: g.total } : { value: g.mean, count: g.count, total: g.total };
      },
    });
  }
  const shownAreas = new Set([home, country, region].filter((c): c is string => !!c));
  const periods = [
    ...new Set(
      observations
        .filter((o) => o.area !== undefined && (shownAreas.has(o.area) || (similar?.members.includes(o.area) ?? false)))
        .map((o) => o.period),
    ),
  ].sort(comparePeriods);
  return {
    columns: sources.map((s) => s.column),
    rows: periods.map((period) => ({ period, cells: sources.map((s) => s.cell(period)) })),
  };
}
