import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import { sentenceValue } from '../format/formatValue.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { t, type Lang } from '../i18n/t.ts';
import { markForeign, type LocalText } from '../i18n/localText.ts';
import { latest, type ValueObservation } from './latest.ts';
import { groupMean } from './groupMean.ts';
import { unitOf } from './localIndicator.ts';
import { round } from './change.ts';

export type ComparisonKind = 'country' | 'region' | 'similar';
export type Position = 'higher' | 'lower' | 'same';

export interface ComparisonRow {
  kind: ComparisonKind;
  /** Name as used inside a sentence ("riket", "Region Exempel", "liknande kommuner"). */
  name: string;
  /** The sentence in parts, the comparison group's name with its language (a Swedish name on an English page). */
  parts: (string | LocalText)[];
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

/** A sentence as text and in parts, a name of another language in it marked (markForeign). */
function sentence(text: string, name: string, nameLang: Lang, lang: Lang): { text: string; parts: (string | LocalText)[] } {
  return { text, parts: markForeign(text, [{ text: name, lang: nameLang }], lang) };
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

  const positioned = (kind: ComparisonKind, name: string, value: number, extra: Partial<ComparisonRow> = {}, other = fmt(value), nameLang: Lang = lang): ComparisonRow => {
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
    return { kind, name, value, position, ...sentence(text, name, nameLang, lang), ...extra };
  };
  const single = (kind: ComparisonKind, code: string, name: string) => {
    const o = observations.find((x) => x.area === code && x.period === period && x.gender === 'T');
    if (o && typeof o.value === 'number' && Number.isFinite(o.value)) rows.push(positioned(kind, name, o.value));
    else {
      const text = t('comparison.missing', { name, period: period_(period) }, lang);
      rows.push({ kind, name, text, parts: [text] });
    }
  };

  const { country, region, similar } = site.comparison;
  if (country) single('country', country, t('comparison.country', undefined, lang));
  if (region) single('region', region, areas.find((a) => a.code === region)?.name ?? region);
  if (similar) {
    // The group's name as configured: English from site.json's en.similarName, else the Swedish one.
    const english = lang === 'en' ? site.en?.similarName : undefined;
    const nameLang: Lang = english || lang === 'sv' ? lang : 'sv';
    const own = english || similar.name;
    const name = nameLang === 'sv' ? inSentence(own) : own;
    const g = groupMean(observations, similar.members, period);
    if (g.mean === undefined) {
      const text = t('comparison.groupTooFew', { name: own, count: g.count, total: g.total, period: period_(period) }, lang);
      rows.push({ kind: 'similar', name, count: g.count, total: g.total, ...sentence(text, own, nameLang, lang) });
    } else {
      const other = t('comparison.groupOther', { value: fmt(g.mean), count: g.count, total: g.total }, lang);
      rows.push(positioned('similar', name, g.mean, { count: g.count, total: g.total }, other, nameLang));
    }
  }
  return { period, home, rows, caveat: t('comparison.caveat', undefined, lang) };
}
