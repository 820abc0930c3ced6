import { formatPeriod } from '../format/formatPeriod.ts';
import { t, type Lang } from '../i18n/t.ts';
import { MIN_MUNICIPALITIES, MUNICIPALITIES, type Ranked, type Ranking, type RankingEntry } from './ranking.ts';

/** A sentence starts with a capital, also when it starts with a period ("kvartal 1 2024 hade …"). */
function capitalised(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** "none" / "one" / "many": the dictionary has a sentence for each, so no number reads "1 kommuner". */
function howMany(count: number): 'None' | 'One' | 'Many' {
  return count === 0 ? 'None' : count === 1 ? 'One' : 'Many';
}

/** The home municipality's place in one period (neutral: how many had a higher and a lower value), in words. */
function placeSentences(r: Ranked, entry: RankingEntry, name: string, lang: Lang): string[] {
  const period = formatPeriod(entry.period, lang);
  const higher = entry.place - 1;
  if (r.ranked) {
    const out = [t('ranking.place', { period, name, place: entry.place, count: entry.count }, lang)];
    if (entry.tied > 0) out.push(t(`ranking.tied${howMany(entry.tied)}`, { count: entry.tied }, lang));
    return out;
  }
  const lower = entry.count - higher - entry.tied - 1;
  const out = [
    t(`ranking.higher${howMany(higher)}`, { period, name, count: higher, total: entry.count }, lang),
    t(`ranking.lower${howMany(lower)}`, { count: lower, total: entry.count }, lang),
  ];
  if (entry.tied > 0) out.push(t(`ranking.same${howMany(entry.tied)}`, { count: entry.tied }, lang));
  return out;
}

/** The home municipality's entry for the compared period, when it has a value then. */
export function currentEntry(r: Ranked): RankingEntry | undefined {
  const last = r.history.at(-1);
  return last?.period === r.period ? last : undefined;
}

/**
 * Where the home municipality stands, in short sentences of plain Swedish (or `lang`): its place (or,
 * for a neutral measure, how many had a higher and a lower value) in the compared period,
 * ties, why not a later period, what place 1 means and municipalities without a value. Says
 * when the municipality's own latest value is older than the compared period, and when too
 * few municipalities have values to compare at all.
 */
export function rankingSentences(r: Ranking, name: string, lang: Lang = 'sv'): string[] {
  const capital = (text: string) => capitalised(text, lang);
  if (!r.enough) {
    return [
      t('ranking.tooFew', { count: r.count, total: MUNICIPALITIES, period: formatPeriod(r.period, lang) }, lang),
      t('ranking.tooFewWhy', { name }, lang),
      t('ranking.rule', { min: MIN_MUNICIPALITIES, total: MUNICIPALITIES }, lang),
    ].map(capital);
  }
  const period = formatPeriod(r.period, lang);
  const out: string[] = [];
  const current = currentEntry(r);
  if (current) {
    out.push(...placeSentences(r, current, name, lang));
  } else {
    out.push(t('ranking.homeMissing', { name, period }, lang));
    const older = r.homeLatest !== undefined ? r.history.find((e) => e.period === r.homeLatest) : undefined;
    if (older) {
      out.push(t('ranking.homeOlder', { name, period: formatPeriod(older.period, lang) }, lang));
      out.push(...placeSentences(r, older, name, lang));
    }
  }
  if (r.later) out.push(t('ranking.later', { period: formatPeriod(r.later.period, lang), count: r.later.count, compared: period }, lang));
  out.push(t(r.ranked ? 'ranking.best' : 'ranking.neutral', {}, lang));
  if (r.withoutValue.length > 0) out.push(t(`ranking.without${howMany(r.withoutValue.length)}`, { count: r.withoutValue.length, period }, lang));
  return out.map(capital);
}

/** The place the time before the compared period, in one sentence; undefined without one. */
export function previousSentence(r: Ranked, name: string, lang: Lang = 'sv'): string | undefined {
  if (!currentEntry(r) || r.history.length < 2) return undefined;
  return capitalised(placeSentences(r, r.history[r.history.length - 2], name, lang)[0], lang);
}
