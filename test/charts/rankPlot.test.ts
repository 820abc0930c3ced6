import { describe, expect, it } from 'vitest';
import { rankPlot, type RankPlotInput } from '../../src/charts/rankPlot.ts';
import { describeRanking, rankLegend } from '../../src/charts/describeRanking.ts';
import { rankChart } from '../../src/charts/rankChart.ts';
import { textWidth } from '../../src/charts/textWidth.ts';
import { FONT_SIZE } from '../../src/charts/timeSeries.ts';
import type { Area, Indicator, Observation, SiteConfig } from '../../src/model/types.gen.ts';
import type { Ranked } from '../../src/site/ranking.ts';

const NB = '\u00a0';
/** 290 values falling from 98 to about 69: best first, as for a measure where higher is better. */
const falling = Array.from({ length: 290 }, (_, i) => Math.round((98 - i / 10) * 10) / 10);
const base: RankPlotInput = { unit: '%', decimals: 1, values: falling, members: [], first: 'Plats 1', last: 'Plats 290' };

/** The dots' centres, read back from the path of zero-length segments. */
const dotsOf = (d: string) => [...d.matchAll(/M([\d.]+),([\d.]+)h0/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('rankPlot', () => {
  it('draws one dot per municipality, in place order from left to right, higher values higher up', () => {
    const g = rankPlot({ ...base, width: 640, height: 260 });
    const dots = dotsOf(g.dots);
    expect(dots).toHaveLength(290);
    for (let i = 1; i < dots.length; i++) {
      expect(dots[i].x).toBeGreaterThan(dots[i - 1].x);
      expect(dots[i].y).toBeGreaterThanOrEqual(dots[i - 1].y);
    }
    for (const d of dots) {
      expect(d.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(d.x).toBeLessThanOrEqual(g.plot.right);
      expect(d.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(d.y).toBeLessThanOrEqual(g.plot.bottom);
    }
  });

  it('uses the whole height for the values (no zero baseline for dots) with ticks in Swedish format', () => {
    const g = rankPlot(base);
    const values = g.yTicks.map((t) => t.value);
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.min(...values)).toBeLessThanOrEqual(falling.at(-1)!);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(falling[0]);
    expect(g.yTicks.every((t) => t.label.endsWith(`${NB}%`))).toBe(true);
  });

  it('marks the home municipality with a large dot on its value and its label above the plot, inside the chart', () => {
    for (const index of [0, 37, 150, 289]) {
      for (const width of [640, 360]) {
        const g = rankPlot({ ...base, width, home: { index, label: `Exempelkommun: plats ${index + 1}` } });
        const dot = dotsOf(g.dots)[index];
        expect(g.home).toMatchObject({ x: dot.x, y: dot.y });
        expect(g.home!.marker).toMatch(/^M/);
        const label = g.home!.label;
        const w = textWidth(label.text, FONT_SIZE * 1.1);
        const [from, to] = label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x];
        expect(from, `${index} ${width}`).toBeGreaterThanOrEqual(0);
        expect(to, `${index} ${width}`).toBeLessThanOrEqual(width);
        expect(label.y).toBeLessThan(g.plot.top);
      }
    }
  });

  it('draws the similar municipalities as triangles, one per member with a value', () => {
    const g = rankPlot({ ...base, members: [3, 100, 400] });
    expect(g.members.match(/M/g)).toHaveLength(2);
    expect(rankPlot(base).members).toBe('');
  });

  it('draws riket across the plot, with its label where the dots run below the line', () => {
    const g = rankPlot({ ...base, country: { value: 85, label: 'Riket 85,0 %' } });
    expect(g.country).toMatchObject({ x1: g.plot.left, x2: g.plot.right });
    expect(g.country!.label).toMatchObject({ anchor: 'end', x: g.plot.right });
    expect(g.country!.label.y).toBeLessThan(g.country!.y);
    // Lower is better: best (lowest) first, the dots rise, so the label goes at the left.
    const rising = rankPlot({ ...base, values: [...falling].reverse(), country: { value: 85, label: 'Riket 85,0 %' } });
    expect(rising.country!.label.anchor).toBe('start');
    // A country value beyond every municipality stays inside the plot.
    const high = rankPlot({ ...base, country: { value: 99.5, label: 'Riket' } });
    expect(high.country!.y).toBeGreaterThanOrEqual(high.plot.top);
  });

  it('labels the ends of the x axis and survives one municipality or equal values', () => {
    const g = rankPlot(base);
    expect([g.axis.first.text, g.axis.last.text]).toEqual(['Plats 1', 'Plats 290']);
    const one = rankPlot({ ...base, values: [5], last: 'Plats 1' });
    expect(dotsOf(one.dots)).toHaveLength(1);
    const same = rankPlot({ ...base, values: [7, 7, 7] });
    expect(new Set(dotsOf(same.dots).map((d) => d.y)).size).toBe(1);
    expect(same.yTicks.length).toBeGreaterThan(1);
  });
});

const ranked: Ranked = {
  enough: true,
  ranked: true,
  period: '2024',
  areas: ['1001', '1002', '9999', '1003', '1004'],
  values: [91, 91, 88.3, 80, 70.2],
  places: [1, 1, 3, 4, 5],
  withoutValue: [],
  preliminary: [],
  sources: ['kolada/N15428.json'],
  history: [{ period: '2024', count: 5, value: 88.3, place: 3, tied: 0 }],
};
const names = new Map([['1001', 'Alfaby'], ['1002', 'Betaby'], ['9999', 'Exempelkommun'], ['1003', 'Gammaby'], ['1004', 'Deltaby']]);

describe('the dot plot in words', () => {
  it('says how many, in which order, the home value, the best (or how many share place 1), the worst and riket', () => {
    const text = describeRanking({ ranking: ranked, unit: '%', decimals: 1, nameOf: (c) => names.get(c) ?? c, home: '9999', country: 85.12 });
    expect(text).toBe(
      'Diagrammet visar värdet för 5 kommuner 2024. Kommunerna står i ordning från bäst till sämst resultat. ' +
        `Exempelkommun hade 88,3${NB}%. 2 kommuner delade plats 1 med 91,0${NB}%. Sämst resultat hade Deltaby med 70,2${NB}%. ` +
        `Värdet för riket var 85,1${NB}%.`,
    );
  });

  it('speaks of highest and lowest for a neutral measure', () => {
    const text = describeRanking({ ranking: { ...ranked, ranked: false, places: [1, 2, 3, 4, 5] }, unit: '%', decimals: 1, nameOf: (c) => names.get(c) ?? c, home: '9999' });
    expect(text).toContain('från högst till lägst värde');
    expect(text).toContain(`Högst värde hade Alfaby med 91,0${NB}%.`);
    expect(text).toContain(`Lägst värde hade Deltaby med 70,2${NB}%.`);
    expect(text).not.toMatch(/riket|bäst/);
  });

  it('names every mark in the legend, so colour is never the only carrier', () => {
    expect(rankLegend({ homeName: 'Exempelkommun', group: { name: 'Liknande kommuner', members: ['Alfaby', 'Betaby'] }, country: true })).toBe(
      'Varje prick är en kommun. Exempelkommun är den stora pricken vid den lodräta linjen. ' +
        'Trianglarna är kommunerna i gruppen Liknande kommuner: Alfaby och Betaby. Den streckade linjen är riket.',
    );
    expect(rankLegend({ country: false })).toBe('Varje prick är en kommun.');
  });
});

describe('the dot plot in words, in English', () => {
  it('writes values en-GB with the unit in words, and the periods in English', () => {
    const text = describeRanking({ ranking: { ...ranked, period: '2024H1' }, unit: 'kr', decimals: 1, nameOf: (c) => names.get(c) ?? c, home: '9999', country: 1234.5, lang: 'en' });
    expect(text).toContain('The chart shows the value for 5 municipalities in first half of 2024.');
    expect(text).toContain(`Exempelkommun had 88.3${NB}kronor.`);
    expect(text).toContain(`The value for Sweden as a whole was 1,234.5${NB}kronor.`);
    expect(text).not.toMatch(/\d,\d\D|kr\b|halvåret/);
  });

  it('lists the group in English', () => {
    expect(rankLegend({ group: { name: 'Similar municipalities', members: ['Alfaby', 'Betaby'] }, country: false, lang: 'en' })).toBe(
      'Each dot is a municipality. The triangles are the municipalities in the group Similar municipalities: Alfaby and Betaby.',
    );
  });
});

describe('rankChart', () => {
  const areas: Area[] = [...names].map(([code, name]) => ({ code, name, type: 'municipality' }));
  const site: Pick<SiteConfig, 'municipality' | 'name' | 'comparison' | 'en'> = { municipality: '9999', name: 'Exempelkommun', comparison: { country: '0000', similar: { name: 'Liknande kommuner', members: ['1003', '1099'] } } };
  const observations: Observation[] = [
    { indicator: 'N15428', area: '0000', period: '2023', gender: 'T', value: 80, source: { file: 'a' } },
    { indicator: 'N15428', area: '0000', period: '2024', gender: 'T', value: 85.1, source: { file: 'a' } },
    { indicator: 'N15428', area: '0000', period: '2024', gender: 'K', value: 87, source: { file: 'a' } },
  ];
  const indicator: Indicator = {
    id: 'N15428', title: 'Behöriga', unit: '%', decimals: 1, direction: 'higher-is-better', operatingArea: 'Grundskola',
    attribution: 'kolada', targets: [], analysis: [], related: [], metadata: { file: 'matt.csv' },
  };

  it('puts it together from the ranking, the area names, the similar municipalities and riket’s value in the page’s observations', () => {
    const chart = rankChart(indicator, ranked, observations, site, areas);
    expect(chart.title).toBe('Behöriga i alla kommuner, 2024');
    expect(chart.titleLang).toBe('sv');
    expect(chart.wide.width).toBe(640);
    expect(chart.narrow.width).toBe(360);
    expect(chart.wide.home!.label.text).toBe('Exempelkommun: plats 3');
    expect(chart.wide.country!.label.text).toBe(`Riket 85,1${NB}%`);
    expect(chart.wide.yTicks.map((t) => t.label)).toContain(`80${NB}%`);
    expect(chart.wide.members.match(/M/g)).toHaveLength(1);
    expect(chart.legend).toContain('Liknande kommuner: Gammaby.');
    expect(chart.description).toContain(`Värdet för riket var 85,1${NB}%.`);
  });

  it('in English: the catalogue’s English title, en-GB numbers, riket as Sweden, the group by its English name', () => {
    const chart = rankChart({ ...indicator, en: { title: 'Eligible pupils' } }, ranked, observations, site, [...areas, { code: '0000', name: 'Riket', type: 'country' }], 'en');
    expect(chart.title).toBe('Eligible pupils in all municipalities, 2024');
    expect(chart.titleLang).toBe('en');
    expect(chart.wide.home!.label.text).toBe('Exempelkommun: place 3');
    expect(chart.wide.country!.label.text).toBe('Sweden 85.1%');
    expect(chart.wide.yTicks.map((t) => t.label)).toContain('80%');
    expect(chart.wide.axis.last.text).toBe('Place 5');
    expect(chart.legend).toContain('in the group Similar municipalities: Gammaby.');
    expect(chart.description).toContain('Exempelkommun had 88.3%.');
    expect(chart.description).toContain('The value for Sweden as a whole was 85.1%.');
    expect(`${chart.description} ${chart.legend} ${chart.wide.country!.label.text}`).not.toMatch(/\d,\d|[\u00a0 ]%|Riket|Liknande|[åäö]/);
    expect(rankChart({ ...indicator, en: { title: 'Eligible pupils' } }, ranked, observations, { ...site, en: { similarName: 'Peer municipalities' } }, areas, 'en').legend).toContain('the group Peer municipalities:');
  });

  it('in English, an untranslated title keeps its language for the chart’s <title>', () => {
    const chart = rankChart(indicator, ranked, observations, site, areas, 'en');
    expect(chart.title).toBe('Behöriga in all municipalities, 2024');
    expect(chart.titleLang).toBe('sv');
  });
});
