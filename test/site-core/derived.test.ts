import { describe, it, expect } from 'vitest';
import type { Indicator, Observation } from '../../src/model/types.gen.ts';
import { comparePeriods, periodYear } from '../../src/model/comparePeriods.ts';
import { latest, previous } from '../../src/site/latest.ts';
import { change } from '../../src/site/change.ts';
import { targetStatus, chooseTarget } from '../../src/site/targetStatus.ts';
import { groupMean } from '../../src/site/groupMean.ts';
import { NBSP } from '../../src/format/formatNumber.ts';

const HOME = '9999';
let row = 0;
function obs(period: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  const o: Observation = { indicator: 'X', area: HOME, period, gender: 'T', value, source: { file: 'x.xlsx', cell: `B${++row}` }, ...extra };
  if (value === null && !o.status) o.status = 'missing';
  return o;
}
const pct = (s: string) => s.replaceAll(' %', `${NBSP}%`);
const ind = (direction: Indicator['direction'], targets: Indicator['targets'] = []) => ({ unit: '%', decimals: 0, direction, targets });

describe('comparePeriods', () => {
  it('orders every period kind on one time line', () => {
    const periods = ['2024', '2023/24', '2024H1', '2024Q1', '2024-03', '2023', '2024-12', '2024Q4', '2024H2', '2022/23'];
    expect([...periods].sort(comparePeriods)).toEqual([
      // By end, then start: a school year ends in August, so 2022/23 comes before 2023.
      '2022/23', '2023', '2024Q1', '2024-03', '2024H1', '2023/24', '2024', '2024H2', '2024Q4', '2024-12',
    ]);
  });
  it('sorts numerically by year, not as text order of mixed kinds', () => {
    expect(['2025Q1', '2024Q4', '2025-01'].sort(comparePeriods)).toEqual(['2024Q4', '2025-01', '2025Q1']);
  });
  it('puts unknown periods last instead of throwing', () => {
    expect(['x', '2020'].sort(comparePeriods)).toEqual(['2020', 'x']);
  });
  it('gives the target year of a period', () => {
    expect(periodYear('2023/24')).toBe(2024);
    expect(periodYear('2024Q3')).toBe(2024);
    expect(periodYear('2024-12')).toBe(2024);
    expect(periodYear('nonsense')).toBeUndefined();
  });
});

describe('latest and previous', () => {
  const list = [obs('2022', 70), obs('2024', null), obs('2023', 71), obs('2023', 99, { gender: 'K' }), obs('2025', 60, { area: '0000' })];
  it('takes the latest period with a number for the home municipality, gender T', () => {
    expect(latest(list, HOME)?.period).toBe('2023');
    expect(previous(list, HOME)?.period).toBe('2022');
  });
  it('handles quarters across a year boundary', () => {
    expect(latest([obs('2024Q4', 1), obs('2025Q1', 2), obs('2024Q3', 3)], HOME)?.value).toBe(2);
  });
  it('is undefined without values', () => {
    expect(latest([obs('2024', null)], HOME)).toBeUndefined();
    expect(previous([obs('2024', 1)], HOME)).toBeUndefined();
  });
});

describe('change', () => {
  it('says ökade / minskade / var oförändrat with formatted values', () => {
    expect(change(ind('higher-is-better'), [obs('2023', 71), obs('2024', 74)], HOME)).toMatchObject({
      kind: 'up', text: pct('ökade från 71 % till 74 %'), better: true,
    });
    expect(change(ind('higher-is-better'), [obs('2023', 74), obs('2024', 71)], HOME)).toMatchObject({
      kind: 'down', text: pct('minskade från 74 % till 71 %'), better: false,
    });
    expect(change(ind('higher-is-better'), [obs('2023', 74.2), obs('2024', 73.8)], HOME)).toMatchObject({
      kind: 'same', text: pct('var oförändrat, 74 %'),
    });
  });
  it('skips a period without a value', () => {
    const c = change(ind('lower-is-better'), [obs('2022', 50), obs('2023', null), obs('2024', 40)], HOME);
    expect(c?.from.period).toBe('2022');
    expect(c?.better).toBe(true);
  });
  it('has no judgement for neutral indicators and nothing without two values', () => {
    expect(change(ind('neutral'), [obs('2023', 1), obs('2024', 2)], HOME)?.better).toBeUndefined();
    expect(change(ind('neutral'), [obs('2024', 2)], HOME)).toBeUndefined();
  });
});

describe('targetStatus', () => {
  it('chooses the target with the smallest year at or after the period, else the last one', () => {
    const targets = [{ value: 3, year: 2030 }, { value: 1, year: 2025 }, { value: 2, year: 2027 }];
    expect(chooseTarget(targets, 2026)?.year).toBe(2027);
    expect(chooseTarget(targets, 2025)?.year).toBe(2025);
    expect(chooseTarget(targets, 2031)?.year).toBe(2030);
  });
  it('is none for neutral indicators, no targets, or no values', () => {
    expect(targetStatus(ind('neutral', [{ value: 1, year: 2030 }]), [obs('2024', 5)], HOME).status).toBe('none');
    expect(targetStatus(ind('higher-is-better'), [obs('2024', 5)], HOME).status).toBe('none');
    expect(targetStatus(ind('higher-is-better', [{ value: 1, year: 2030 }]), [obs('2024', null)], HOME).status).toBe('none');
  });
  it('is achieved when the latest value meets the target', () => {
    expect(targetStatus(ind('higher-is-better', [{ value: 80, year: 2026 }]), [obs('2024', 80)], HOME).status).toBe('achieved');
    expect(targetStatus(ind('lower-is-better', [{ value: 30, year: 2026 }]), [obs('2024', 30)], HOME).status).toBe('achieved');
  });
  it('is on track when moving toward a target whose year has not passed', () => {
    const t = ind('higher-is-better', [{ value: 90, year: 2026 }]);
    expect(targetStatus(t, [obs('2023', 80), obs('2024', 85)], HOME).status).toBe('on-track');
    expect(targetStatus(t, [obs('2023', 86), obs('2024', 85)], HOME).status).toBe('not-achieved');
    const low = ind('lower-is-better', [{ value: 30, year: 2026 }]);
    expect(targetStatus(low, [obs('2025Q4', 52), obs('2026Q1', 40)], HOME).status).toBe('on-track');
  });
  it('is not achieved when the target year has passed, even when improving', () => {
    const t = ind('higher-is-better', [{ value: 90, year: 2023 }]);
    const s = targetStatus(t, [obs('2023', 80), obs('2024', 85)], HOME);
    expect(s.status).toBe('not-achieved');
    expect(s.target?.year).toBe(2023);
  });
  it('is not achieved without a previous value to show progress', () => {
    expect(targetStatus(ind('higher-is-better', [{ value: 90, year: 2026 }]), [obs('2024', 85)], HOME).status).toBe('not-achieved');
  });
});

describe('groupMean', () => {
  const list = [obs('2024', 10, { area: '9991' }), obs('2024', 20, { area: '9992' }), obs('2024', null, { area: '9993' }), obs('2023', 99, { area: '9993' })];
  it('is the unweighted mean of the members with a value, with the count', () => {
    expect(groupMean(list, ['9991', '9992', '9993'], '2024')).toEqual({ mean: 15, count: 2, total: 3 });
  });
  it('is not shown when only a minority has a value', () => {
    expect(groupMean(list, ['9991', '9993', '9994'], '2024')).toEqual({ count: 1, total: 3 });
    expect(groupMean(list, ['9991', '9992', '9993', '9994'], '2024')).toEqual({ count: 2, total: 4 });
  });
});
