import { formatList } from '../format/formatList.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { sentenceValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import type { Ranked } from '../site/ranking.ts';

export interface DescribeRankingInput {
  ranking: Ranked;
  /** The unit as the page's language has it (unitOf): written out in the sentences where the dictionary can. */
  unit: string;
  decimals: number;
  /** A municipality's name by its code. */
  nameOf: (code: string) => string;
  home: string;
  country?: number;
  /** The language of the sentences (default Swedish). */
  lang?: Lang;
}

/**
 * The dot plot in words, for its <desc> and caption: how many municipalities, in which
 * order, the home municipality's value, the best and the worst (or highest and lowest),
 * and riket. Values are written as in other sentences, units in words ("1 234 kronor").
 */
export function describeRanking(input: DescribeRankingInput): string {
  const { ranking: r } = input;
  const lang = input.lang ?? 'sv';
  const tr = (key: string, params: Record<string, string | number>) => t(key, params, lang);
  const value = (v: number) => sentenceValue(v, input.unit, input.decimals, lang);
  /** The first or last place's municipalities in words: one name, or how many share it. */
  const end = (index: number, key: 'top' | 'bottom') => {
    const sharing = r.places.filter((p) => p === r.places[index]).length;
    const kind = r.ranked ? (key === 'top' ? 'best' : 'worst') : key === 'top' ? 'highest' : 'lowest';
    return sharing > 1
      ? tr(`ranking.describe.${kind}Shared`, { count: sharing, value: value(r.values[index]) })
      : tr(`ranking.describe.${kind}`, { name: input.nameOf(r.areas[index]), value: value(r.values[index]) });
  };
  const sentences = [tr(r.ranked ? 'ranking.describe.order' : 'ranking.describe.orderNeutral', { count: r.values.length, period: formatPeriod(r.period, lang) })];
  const home = r.areas.indexOf(input.home);
  if (home >= 0) sentences.push(tr('ranking.describe.home', { name: input.nameOf(input.home), value: value(r.values[home]) }));
  if (r.values.length > 0) sentences.push(end(0, 'top'), end(r.values.length - 1, 'bottom'));
  if (input.country !== undefined) sentences.push(tr('ranking.describe.country', { value: value(input.country) }));
  return sentences.join(' ');
}

/** What the marks mean, for the caption: colour is never the only carrier. */
export function rankLegend(input: { homeName?: string; group?: { name: string; members: string[] }; country: boolean; lang?: Lang }): string {
  const lang = input.lang ?? 'sv';
  const parts = [t('ranking.legend.dots', {}, lang)];
  if (input.homeName) parts.push(t('ranking.legend.home', { name: input.homeName }, lang));
  if (input.group && input.group.members.length > 0) parts.push(t('ranking.legend.members', { group: input.group.name, list: formatList(input.group.members, lang) }, lang));
  if (input.country) parts.push(t('ranking.legend.country', {}, lang));
  return parts.join(' ');
}
