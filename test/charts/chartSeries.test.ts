import { describe, expect, it } from 'vitest';
import { genderSeries, mainSeries, pickTarget } from '../../src/charts/chartSeries.ts';
import type { Area, Observation, SiteConfig } from '../../src/model/types.gen.ts';

const site: Pick<SiteConfig, 'name' | 'municipality' | 'comparison'> = {
  name: 'Exempelkommun',
  municipality: '9999',
  comparison: { country: '0000', similar: { name: 'Liknande kommuner', members: ['9991', '9992', '9993'] } },
};
const areas: Area[] = [
  { code: '0000', name: 'Riket', type: 'country' },
  { code: '9999', name: 'Exempelkommun', type: 'municipality' },
];
const o = (area: string, period: string, value: number | null, gender: Observation['gender'] = 'T'): Observation => ({
  indicator: 'N1',
  area,
  period,
  gender,
  value,
  ...(value === null ? { status: 'suppressed' as const } : {}),
  source: { file: 'x.csv' },
});

describe('mainSeries', () => {
  const obs = [
    o('9999', '2024', 74), o('9999', '2023', 70),
    o('0000', '2023', 71), o('0000', '2024', 72),
    o('9991', '2023', 60), o('9992', '2023', 70), o('9993', '2023', 80),
    o('9991', '2024', 60), o('9992', '2024', null), o('9993', '2024', null),
  ];

  it('gives home, riket and the similar-municipalities mean, in that order', () => {
    const s = mainSeries(obs, site, areas);
    expect(s.map((x) => [x.key, x.label])).toEqual([
      ['home', 'Exempelkommun'],
      ['country', 'Riket'],
      ['similar', 'Liknande kommuner (medel)'],
    ]);
    expect(s[0].points.map((p) => p.period)).toEqual(['2023', '2024']);
  });

  it('takes the unweighted mean only where most members have a value', () => {
    const similar = mainSeries(obs, site, areas).find((x) => x.key === 'similar')!;
    expect(similar.points).toEqual([
      { period: '2023', value: 70 },
      { period: '2024', value: null },
    ]);
  });

  it('drops series without a single value', () => {
    const s = mainSeries([o('9999', '2024', 1)], site, areas);
    expect(s.map((x) => x.key)).toEqual(['home']);
  });
});

describe('genderSeries', () => {
  it('gives women and men when the data has them, otherwise nothing', () => {
    expect(genderSeries([o('9999', '2024', 1)], site)).toEqual([]);
    const g = genderSeries([o('9999', '2024', 80, 'K'), o('9999', '2024', 70, 'M')], site);
    expect(g.map((x) => [x.role, x.label, x.points[0].value])).toEqual([
      ['women', 'Kvinnor', 80],
      ['men', 'Män', 70],
    ]);
  });
});

describe('pickTarget', () => {
  const targets = [
    { value: 90, year: 2030 },
    { value: 80, year: 2026 },
    { value: 70, year: 2022 },
  ];
  it('takes the first target not yet passed by the data', () => {
    expect(pickTarget({ targets }, ['2023', '2024'])).toEqual({ value: 80, year: 2026 });
    expect(pickTarget({ targets }, ['2020/21', '2021/22'])).toEqual({ value: 70, year: 2022 });
  });
  it('falls back to the last target, and to none', () => {
    expect(pickTarget({ targets }, ['2031'])).toEqual({ value: 90, year: 2030 });
    expect(pickTarget({ targets: [] }, ['2024'])).toBeUndefined();
  });
});
