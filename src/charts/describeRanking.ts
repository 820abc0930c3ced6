import { formatList } from '../format/formatList.ts';
import { formatPeriod } from '../format/formatPeriod.ts';
import { formatValue } from '../format/formatValue.ts';
import { t, type Lang } from '../i18n/t.ts';
import type { Ranked } from '../site/ranking.ts';

export interface DescribeRankingInput {
  ranking: Ranked;
  unit: string;
  decimals: number;
  /** A municipality's name by its code. */
  nameOf: (code: string) => string;
  home: string;
  country?: number;
  lang?: Lang;
}

/** The first or last place's municipalities in words: one name, or how many share it. */
function end(r: Ranked, index: number, input: DescribeRankingInput, key: 'top' | 'bottom'): string {
  const lang = input.lang ?? 'sv';
  const place = r.places[index];
  const sharing = r.places.filter((p) => p === place).length;
  const value = formatValue(r.values[index], input.unit, input.decimals);
  const kind = r.ranked ? (key === 'top' ? 'best' : 'worst') : key === 'top' ? 'highest' : 'lowest';
  return sharing > 1
    ? t(`ranking.describe.${kind}Shared`, { count: sharing, value }, lang)
    : t(`ranking.describe.${kind}`, { name: input.nameOf(r.areas[index]), value }, lang);
}

/**
 * The dot plot in words, for its <desc> and caption: how many municipalities, in which
 * order, the home municipality's value, the best and the worst (or highest and lowest),
 * and riket.
 */
export function describeRanking(input: DescribeRankingInput): string {
  const { ranking: r, unit, decimals } = input;
  const lang = input.lang ?? 'sv';
  const period = formatPeriod(r.period);
  const sentences = [t(r.ranked ? 'ranking.describe.order' : 'ranking.describe.orderNeutral', { count: r.values.length, period }, lang)];
  const home = r.areas.indexOf(input.home);
  if (home >= 0) sentences.push(t('ranking.describe.home', { name: input.nameOf(input.home), value: formatValue(r.values[home], unit, decimals) }, lang));
  if (r.values.length > 0) sentences.push(end(r, 0, input, 'top'), end(r, r.values.length - 1, input, 'bottom'));
  if (input.country !== undefined) sentences.push(t('ranking.describe.country', { value: formatValue(input.country, unit, decimals) }, lang));
  return sentences.join(' ');
}

/** What the marks mean, for the caption: colour is never the only carrier. */
export function rankLegend(input: { homeName?: string; group?: { name: string; members: string[] }; country: boolean; lang?: Lang }): string {
  const lang = input.lang ?? 'sv';
  const parts = [t('ranking.legend.dots', {}, lang)];
  if (input.homeName) parts.push(t('ranking.legend.home', { name: input.homeName }, lang));
  if (input.group && input.group.members.length > 0) parts.push(t('ranking.legend.members', { group: input.group.name, list: formatList(input.group.members) }, lang));
  if (input.country) parts.push(t('ranking.legend.country', {}, lang));
  return parts.join(' ');
}
