import { describe, expect, it } from 'vitest';
import { describeSeries } from '../../src/charts/describeSeries.ts';
import type { SeriesPoint } from '../../src/charts/timeSeries.ts';

const NB = '\u00a0';
const pts = (pairs: [string, number | null, SeriesPoint['status']?][]): SeriesPoint[] =>
  pairs.map(([period, value, status]) => ({ period, value, ...(status ? { status } : {}) }));

describe('describeSeries', () => {
  it('describes an increasing series with riket and the target, in Swedish', () => {
    const text = describeSeries({
      unit: '%',
      decimals: 0,
      name: 'Exempelkommun',
      points: pts([['2024', 74], ['2015', 68], ['2020', 70]]),
      comparisons: [{ name: 'Riket', points: pts([['2023', 70], ['2024', 71]]) }],
      target: { value: 80, year: 2026 },
    });
    expect(text).toBe(`Andelen ökade från 68${NB}% 2015 till 74${NB}% 2024. Riket låg på 71${NB}% 2024. Målet för 2026 är 80${NB}%.`);
  });

  it('describes a decreasing series, with a subject and true minus signs', () => {
    const text = describeSeries({
      unit: 'index',
      decimals: 1,
      name: 'X',
      subject: 'Värdet i Exempelkommun',
      points: pts([['2022', 2.5], ['2023', -1.25]]),
    });
    expect(text).toBe(`Värdet i Exempelkommun minskade från 2,5${NB}index 2022 till \u22121,3${NB}index 2023.`);
  });

  it('calls a series flat when the values look the same as displayed', () => {
    const text = describeSeries({ unit: 'dagar', decimals: 0, name: 'X', points: pts([['2021', 34.2], ['2024', 33.9]]) });
    expect(text).toBe(`Värdet var 34${NB}dagar både 2021 och 2024.`);
  });

  it('says which periods have no value and why (status gaps)', () => {
    const text = describeSeries({
      unit: '%',
      decimals: 0,
      name: 'X',
      points: pts([['2020', 60], ['2021', null, 'suppressed'], ['2022', null, 'missing'], ['2023', 65]]),
    });
    expect(text).toBe(
      `Andelen ökade från 60${NB}% 2020 till 65${NB}% 2023. Värde saknas för 2021 (sekretess eller för få svar) och 2022 (bortfall).`,
    );
  });

  it('uses the mean wording for a group and falls back to the comparison’s latest period', () => {
    const text = describeSeries({
      unit: '%',
      decimals: 0,
      name: 'X',
      points: pts([['2023', 60], ['2024', 62]]),
      comparisons: [{ name: 'Liknande kommuner', group: true, points: pts([['2023', 58], ['2024', null]]) }],
    });
    expect(text).toContain(`Liknande kommuner låg i genomsnitt på 58${NB}% 2023.`);
  });

  it('handles a single value, words for other periods, and no value at all', () => {
    expect(describeSeries({ unit: 'antal', decimals: 0, name: 'X', points: pts([['2024H1', 1234]]) })).toBe(
      `Antalet var 1${NB}234 första halvåret 2024.`,
    );
    expect(describeSeries({ unit: '%', decimals: 0, name: 'Exempelkommun', points: pts([['2024', null, 'not-applicable']]) })).toBe(
      'Det finns inga värden för Exempelkommun. Värde saknas för 2024 (ej tillämpligt).',
    );
  });
});
