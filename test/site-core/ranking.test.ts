import { describe, expect, it } from 'vitest';
import type { Indicator, Observation, SiteConfig } from '../../src/model/types.gen.ts';
import { isMunicipalityCode, MIN_MUNICIPALITIES, MIN_TO_EXPLAIN, MUNICIPALITIES, placeValues, ranking, rankingFor, type Ranked } from '../../src/site/ranking.ts';
import { previousSentence, rankingSentences } from '../../src/site/rankingText.ts';
import { pageView } from '../../src/site/pageView.ts';
import { formatList } from '../../src/format/formatList.ts';
import { formatPeriod } from '../../src/format/formatPeriod.ts';
import { sentenceValue } from '../../src/format/formatValue.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { plainLanguageProblems } from '../../src/i18n/plainLanguage.ts';
import { similarName } from '../../src/site/localNames.ts';
import { DICTIONARIES, leaves } from '../support/dictionary.ts';

const HOME = '0182';
const site = {
  municipality: HOME,
  comparison: { country: '0000', similar: { name: 'Liknande kommuner', members: ['0186', '0162'] } },
} as Pick<SiteConfig, 'municipality' | 'comparison'> as SiteConfig;
const higher = { direction: 'higher-is-better', decimals: 1 } as const;
const lower = { direction: 'lower-is-better', decimals: 1 } as const;
const neutral = { direction: 'neutral', decimals: 1 } as const;

/** Kommunkoder that are not the home one: 0114, 0115, … (any four digits not starting with 00). */
const codes = Array.from({ length: MUNICIPALITIES }, (_, i) => String(1000 + i));
const o = (area: string, period: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  indicator: 'N1',
  area,
  period,
  gender: 'T',
  value,
  ...(value === null ? { status: 'suppressed' as const } : {}),
  source: { file: `kolada/N1-${period}.json` },
  ...extra,
});
/** `count` municipalities with values 50, 50.1, 50.2 … in a period, and the home municipality with `home`. */
function period(p: string, count: number, home?: number | null): Observation[] {
  const out = codes.slice(0, count - (home === undefined ? 0 : 1)).map((c, i) => o(c, p, 50 + i / 10));
  if (home !== undefined) out.push(o(HOME, p, home));
  return out;
}

describe('isMunicipalityCode', () => {
  it('takes four-digit kommunkoder, not riket, regions, groups or districts', () => {
    expect(['0182', '0114', '2584', '9999'].every(isMunicipalityCode)).toBe(true);
    expect(['0000', '0001', '0025', 'G1', 'D-norr', '182', '01820'].some(isMunicipalityCode)).toBe(false);
  });
});

describe('placeValues', () => {
  const v = (area: string, value: number) => ({ area, value });

  it('ranks the highest first when higher is better, with ties sharing a place and the next places skipped (1, 2, 2, 4)', () => {
    const placed = placeValues([v('a', 3), v('b', 9), v('c', 7), v('d', 7), v('e', 1)], 'higher-is-better', 0);
    expect(placed.map((p) => [p.area, p.place])).toEqual([['b', 1], ['c', 2], ['d', 2], ['a', 4], ['e', 5]]);
  });

  it('ranks the lowest first when lower is better', () => {
    const placed = placeValues([v('a', 3), v('b', 9), v('c', 7)], 'lower-is-better', 0);
    expect(placed.map((p) => [p.area, p.place])).toEqual([['a', 1], ['c', 2], ['b', 3]]);
  });

  it('orders a neutral measure highest first (a position, not a verdict)', () => {
    expect(placeValues([v('a', 3), v('b', 9)], 'neutral', 0).map((p) => p.area)).toEqual(['b', 'a']);
  });

  it('judges ties on the value as shown: 94,14 and 94,09 both read 94,1 and share a place', () => {
    const placed = placeValues([v('a', 94.09), v('b', 94.14), v('c', 94.2)], 'higher-is-better', 1);
    expect(placed.map((p) => [p.area, p.place])).toEqual([['c', 1], ['b', 2], ['a', 2]]);
    // With two decimals they differ.
    expect(placeValues([v('a', 94.09), v('b', 94.14)], 'higher-is-better', 2).map((p) => p.place)).toEqual([1, 2]);
  });

  it('is deterministic whatever the input order (ties by exact value, then code)', () => {
    const list = [v('0003', 5), v('0001', 5), v('0002', 5.04), v('0004', 6)];
    const a = placeValues(list, 'higher-is-better', 1);
    const b = placeValues([...list].reverse(), 'higher-is-better', 1);
    expect(a).toEqual(b);
    expect(a.map((p) => p.area)).toEqual(['0004', '0002', '0001', '0003']);
  });
});

describe('ranking', () => {
  it('compares the latest period in which at least two thirds of the 290 municipalities have a value', () => {
    expect(MIN_MUNICIPALITIES).toBe(194);
    const r = ranking([...period('2021', 290, 60), ...period('2022', 194, 60), ...period('2023', 193, 60)], site, higher) as Ranked;
    expect(r.enough).toBe(true);
    expect(r.period).toBe('2022');
    expect(r.values).toHaveLength(194);
    expect(r.later).toEqual({ period: '2023', count: 193 });
    expect(r.history.map((e) => e.period)).toEqual(['2021', '2022']);
  });

  it('gives the place direction-aware: 1 is best', () => {
    // 193 others with 50.0 … 69.2; home 60.05 shows as 60,1 (one decimal): 91 others are higher.
    const data = period('2022', 194, 60.05);
    const up = ranking(data, site, higher) as Ranked;
    const down = ranking(data, site, lower) as Ranked;
    const shownAbove = data.filter((x) => x.area !== HOME && Math.round(x.value! * 10) / 10 > 60.1).length;
    const shownBelow = data.filter((x) => x.area !== HOME && Math.round(x.value! * 10) / 10 < 60.1).length;
    const tied = data.filter((x) => x.area !== HOME && Math.round(x.value! * 10) / 10 === 60.1).length;
    expect(tied).toBe(1);
    expect(up.history.at(-1)).toEqual({ period: '2022', count: 194, value: 60.05, place: shownAbove + 1, tied });
    expect(down.history.at(-1)!.place).toBe(shownBelow + 1);
    expect(up.places[0]).toBe(1);
    expect(up.values[0]).toBeGreaterThan(up.values.at(-1)!);
    expect(down.values[0]).toBeLessThan(down.values.at(-1)!);
    // The entry the history counts equals the place in the sorted list.
    expect(up.places[up.areas.indexOf(HOME)]).toBe(up.history.at(-1)!.place);
    expect(down.places[down.areas.indexOf(HOME)]).toBe(down.history.at(-1)!.place);
  });

  it('gives a neutral measure no rank, only its position', () => {
    const r = ranking(period('2022', 200, 55), site, neutral) as Ranked;
    expect(r.ranked).toBe(false);
    expect(r.values[0]).toBeGreaterThan(r.values.at(-1)!);
    expect(rankingSentences(r, 'Nacka').join(' ')).not.toMatch(/plats \d/);
  });

  it('leaves out missing values (status symbols) from the place and lists them; ignores genders, units, riket and regions', () => {
    const data = [
      ...period('2022', 200, 55),
      o('1500', '2022', null),
      o('1501', '2022', null, { status: 'missing' }),
      o('1000', '2022', 99, { gender: 'K' }),
      o('0000', '2022', 99),
      o('0001', '2022', 99),
      { ...o('1000', '2022', 99), area: undefined, unit: 'V15E018200101' },
    ];
    const r = ranking(data, site, higher) as Ranked;
    expect(r.values).toHaveLength(200);
    expect(r.areas).not.toContain('0000');
    expect(r.areas).not.toContain('0001');
    expect(r.withoutValue).toEqual([{ area: '1500', status: 'suppressed' }, { area: '1501', status: 'missing' }]);
    expect(r.history.at(-1)!.count).toBe(200);
  });

  it('says when too few municipalities have values, for the latest period with any', () => {
    const r = ranking([...period('2021', 193, 60), ...period('2022', 150, 60)], site, higher);
    expect(r).toEqual({ enough: false, period: '2022', count: 150 });
    expect(rankingSentences(r!, 'Nacka')).toEqual([
      'Bara 150 av 290 kommuner har ett värde för 2022.',
      'Det är för få för att jämföra Nacka med alla kommuner.',
      'Vi jämför med alla kommuner när minst 194 av 290 kommuner har ett värde.',
    ]);
  });

  it('has nothing to say when fewer than a third have values in every period (a chosen few), or for a site that is not a municipality', () => {
    expect(MIN_TO_EXPLAIN).toBe(97);
    const own = [o(HOME, '2022', 1), o('0186', '2022', 2), o('0162', '2022', 3), o('0000', '2022', 4), o('1000', '2022', null)];
    expect(ranking(own, site, higher)).toBeUndefined();
    // Riket and regions are not municipalities: 96 municipalities, then 97.
    const few = [...period('2021', 96, 60), o('0000', '2021', 1), o('0001', '2021', 1), ...period('2022', 20, 60)];
    expect(ranking(few, site, higher)).toBeUndefined();
    expect(ranking([...few, o('1500', '2021', 7)], site, higher)).toEqual({ enough: false, period: '2022', count: 20 });
    expect(ranking(period('2022', 290, 50), { ...site, municipality: '0001' }, higher)).toBeUndefined();
  });

  it('says so when the municipality’s own latest value is older than the compared period', () => {
    const r = ranking([...period('2021', 250, 99), ...period('2022', 250)], site, higher) as Ranked;
    expect(r.period).toBe('2022');
    expect(r.homeLatest).toBe('2021');
    expect(r.areas).not.toContain(HOME);
    expect(rankingSentences(r, 'Nacka')).toEqual([
      'Nacka har inget värde för 2022.',
      'Det senaste värdet för Nacka är från 2021.',
      '2021 hade Nacka plats 1 av 250 kommuner.',
      'Kommunen på plats 1 har det bästa resultatet.',
    ]);
    expect(previousSentence(r, 'Nacka')).toBeUndefined();
  });

  it('says so when the municipality has a newer value that too few others have yet', () => {
    const r = ranking([...period('2021', 250, 70), ...period('2022', 20, 71)], site, higher) as Ranked;
    expect(r.period).toBe('2021');
    expect(r.homeLatest).toBe('2022');
    expect(rankingSentences(r, 'Nacka')).toContain('För 2022 har bara 20 kommuner ett värde än. Därför gäller jämförelsen 2021.');
  });

  it('records what the table page needs: preliminary values and the source files', () => {
    const data = period('2022', 200, 55);
    data[0] = { ...data[0], preliminary: true };
    data[1] = { ...data[1], source: { file: 'kolada/annan.json' } };
    const r = ranking(data, site, higher) as Ranked;
    expect(r.preliminary).toEqual([data[0].area]);
    expect(r.sources).toEqual(['kolada/N1-2022.json', 'kolada/annan.json']);
  });
});

describe('ranking sentences', () => {
  const r = ranking([...period('2021', 290, 50.35), ...period('2022', 290, 60.05)], site, higher) as Ranked;

  it('say the place, the tie, the period and what place 1 means, in short sentences', () => {
    const now = r.history.at(-1)!;
    expect(rankingSentences(r, 'Nacka')).toEqual([
      `2022 hade Nacka plats ${now.place} av 290 kommuner.`,
      'En annan kommun hade samma värde och delade platsen.',
      'Kommunen på plats 1 har det bästa resultatet.',
    ]);
    expect(previousSentence(r, 'Nacka')).toBe(`2021 hade Nacka plats ${r.history[0].place} av 290 kommuner.`);
  });

  it('count municipalities without a value and, for a neutral measure, those higher and lower', () => {
    const n = ranking([...period('2022', 290, 60.05), o('1500', '2022', null), o('1501', '2022', null)], site, neutral) as Ranked;
    const e = n.history.at(-1)!;
    expect(rankingSentences(n, 'Nacka')).toEqual([
      `2022 hade ${e.place - 1} av 290 kommuner ett högre värde än Nacka.`,
      `${290 - e.place - e.tied} kommuner hade ett lägre värde.`,
      'En annan kommun hade samma värde.',
      'Måttet visar inte om ett högt eller ett lågt värde är bäst. Därför får kommunerna ingen plats.',
      '2 kommuner har inget värde för 2022 och är inte med.',
    ]);
  });

  it('start with a capital when the period does, and in English on request', () => {
    const q = ranking(period('2024Q1', 200, 55), site, higher) as Ranked;
    expect(rankingSentences(q, 'Nacka')[0]).toMatch(/^Kvartal 1 2024 hade Nacka plats \d+ av 200 kommuner\.$/);
    expect(rankingSentences(q, 'Nacka', 'en')[0]).toMatch(/^In Q1 2024, Nacka was in place \d+ of 200 municipalities\.$/);
    const h = ranking([...period('2023H2', 250, 99), ...period('2024H1', 20, 60)], site, higher) as Ranked;
    expect(rankingSentences(h, 'Nacka', 'en')).toEqual([
      'In second half of 2023, Nacka was in place 1 of 250 municipalities.',
      'For first half of 2024, only 20 municipalities have a value so far. So the comparison is for second half of 2023.',
      'The municipality in place 1 has the best result.',
    ]);
    expect(rankingSentences(h, 'Nacka')[1]).toBe('För första halvåret 2024 har bara 20 kommuner ett värde än. Därför gäller jämförelsen andra halvåret 2023.');
  });
});

describe('the ranking texts of both dictionaries', () => {
  // Every ranking text, its placeholders filled with the longest values they get (a two-word
  // name, a half-year, a value with its unit in words), against the plain-language rules: the
  // fixed sentences (the method, "place 1 is best") too, which no page test can tell from prose.
  const names = ['Upplands Väsby', 'Nacka', 'Täby', 'Behöriga till yrkesprogram'];
  it.each(LANGS)('%s: at most 20 words a sentence, and in Swedish no unexplained abbreviation', (lang) => {
    const sample: Record<string, string> = {
      name: 'Upplands Väsby',
      title: 'Behöriga till yrkesprogram',
      period: formatPeriod('2024H1', lang),
      compared: formatPeriod('2023H2', lang),
      value: sentenceValue(1234.5, 'kr per elev', 1, lang),
      group: similarName(site, lang)!,
      list: formatList(['Upplands Väsby', 'Nacka', 'Täby'], lang),
      files: formatList(['kolada/N15428.json', 'kolada/N15428-2.json'], lang),
    };
    const texts = [...leaves(DICTIONARIES[lang])].filter(([key]) => key.startsWith('ranking.'));
    expect(texts.length).toBeGreaterThan(60);
    const problems = texts.flatMap(([key, text]) =>
      plainLanguageProblems(text.replace(/\{(\w+)\}/g, (_, p: string) => sample[p] ?? '290'), names)
        .filter((p) => lang === 'sv' || p.rule === 'long-sentence')
        .map((p) => `${key}: ${p.detail}: “${p.sentence}”`),
    );
    expect(problems).toEqual([]);
  });
});

describe('the page view', () => {
  it('carries the ranking computed from every observation, though it keeps only the shown areas', () => {
    const all = [...period('2021', 290, 50.35), ...period('2022', 290, 60.05)];
    const view = pageView(all, site, higher);
    expect(view.observations.every((x) => x.area === HOME)).toBe(true);
    expect(view.ranking).toEqual(ranking(all, site, higher));
    // readPageData-like data: the recorded ranking wins over the (filtered) observations.
    const data = { site, observations: new Map([['N1', view.observations]]), rankings: new Map([['N1', view.ranking]]) };
    expect(rankingFor(data, { id: 'N1', ...higher } as Indicator)).toBe(view.ranking);
    expect(rankingFor({ site, observations: new Map([['N1', all]]) }, { id: 'N1', ...higher } as Indicator)).toEqual(view.ranking);
  });

  it('stays small: for 290 municipalities over 30 years, a few kB per indicator', () => {
    const all = Array.from({ length: 30 }, (_, i) => period(String(1993 + i), 290, 55 + i / 7)).flat();
    const bytes = JSON.stringify(pageView(all, site, higher).ranking).length;
    expect(bytes).toBeLessThan(12_000);
    expect(bytes * 20).toBeLessThan(JSON.stringify(all).length);
  });
});
