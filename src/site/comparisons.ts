import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { sentenceValue } from '../format/formatValue.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { t, type Lang } from '../i18n/t.ts';
import { latest, type ValueObservation } from './latest.ts';
import { groupMean } from './groupMean.ts';
import { unitOf } from './localIndicator.ts';
import { similarName } from './localNames.ts';
import { round } from './change.ts';

export type ComparisonKind = 'country' | 'region' | 'similar';
export type Position = 'higher' | 'lower' | 'same';

export interface ComparisonRow {
  kind: ComparisonKind;
  /** Name as used inside a sentence ("riket", "Region Exempel", "liknande kommuner"). */
  name: string;
  value?: number;
  /** For the similar-municipalities group: members with a value, and members in all. */
  count?: number;
  total?: number;
  position?: Position;
  /** The comparison in one sentence, with the numbers. */
  text: string;
}

export interface Comparison {
  period: string;
  home: ValueObservation;
  rows: ComparisonRow[];
  /** Differences can be random; definitions and populations differ. */
  caveat: string;
}

/** "Liknande kommuner" reads as "liknande kommuner" in the middle of a sentence. */
function inSentence(name: string): string {
  return /^[A-ZÅÄÖ][a-zåäö]/.test(name) && !/\s[A-ZÅÄÖ]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}


/**
 * The home municipality's latest value against riket, the region (when configured) and the mean of
 * similar municipalities, for the same period; each with its position in words ("högre än riket").
 */
export function comparisons(
  indicator: Pick<Indicator, 'unit' | 'decimals' | 'en'>,
  observations: readonly Observation[],
  site: Pick<SiteConfig, 'municipality' | 'comparison' | 'name' | 'en'>,
  areas: readonly Area[],
  lang: Lang = 'sv',
): Comparison | undefined {
  const home = latest(observations, site.municipality);
  if (!home) return undefined;
  const period = home.period;
  const fmt = (v: number) => sentenceValue(v, unitOf(indicator, lang), indicator.decimals, lang);
  const period_ = (p: string) => formatPeriod(p, lang);
  const homeName = areas.find((a) => a.code === site.municipality)?.name ?? site.name;
  const rows: ComparisonRow[] = [];

  const positioned = (kind: ComparisonKind, name: string, value: number, extra: Partial<ComparisonRow> = {}, other = fmt(value)): ComparisonRow => {
    const a = round(home.value, indicator.decimals);
    const b = round(value, indicator.decimals);
    const position: Position = a > b ? 'higher' : a < b ? 'lower' : 'same';
    const text = t('comparison.sentence', {
      period: period_(period),
      home: homeName,
      value: fmt(home.value),
      position: t(`comparison.${position}`, { name }, lang),
      other,
    }, lang);
    return { kind, name, value, position, text, ...extra };
  };
  const single = (kind: ComparisonKind, code: string, name: string) => {
    const o = observations.find((x) => x.area === code && x.period === period && x.gender === 'T');
    if (o && typeof o.value === 'number' && Number.isFinite(o.value)) rows.push(positioned(kind, name, o.value));
    else rows.push({ kind, name, text: t('comparison.missing', { name, period: period_(period) }, lang) });
  };

  const { country, region, similar } = site.comparison;
  if (country) single('country', country, t('comparison.country', undefined, lang));
  if (region) single('region', region, areas.find((a) => a.code === region)?.name ?? region);
  if (similar) {
    const own = similarName(site, lang)!;
    const name = inSentence(own);
    const g = groupMean(observations, similar.members, period);
    if (g.mean === undefined) {
      rows.push({ kind: 'similar', name, count: g.count, total: g.total, text: t('comparison.groupTooFew', { name: own, count: g.count, total: g.total, period: period_(period) }, lang) });
    } else {
      // "i genomsnitt" when every member has a value; how many did, when some did not.
      const other = t(g.count === g.total ? 'comparison.groupOtherAll' : 'comparison.groupOther', { value: fmt(g.mean), count: g.count, total: g.total }, lang);
      rows.push(positioned('similar', name, g.mean, { count: g.count, total: g.total }, other));
    }
  }
  return { period, home, rows, caveat: t('comparison.caveat', undefined, lang) };
}
