import { describe, expect, it } from 'vitest';
import { unitBars } from '../../src/charts/unitBars.ts';
import { describeUnits } from '../../src/charts/describeUnits.ts';
import { textWidth } from '../../src/charts/textWidth.ts';
import { FONT_SIZE } from '../../src/charts/timeSeries.ts';
import type { Observation, Unit } from '../../src/model/types.gen.ts';

const NB = '\u00a0';
const units: Unit[] = [
  { id: 'U1', name: 'Björkskolan' },
  { id: 'U2', name: 'Eklidens skola' },
  { id: 'U3', name: 'Friskolan Åsen' },
  { id: 'U4', name: 'Ängsskolan' },
];
const o = (unit: string, period: string, value: number | null, status?: Observation['status']): Observation => ({
  indicator: 'N1',
  unit,
  period,
  gender: 'T',
  value,
  ...(status ? { status } : {}),
  source: { file: 'x.csv' },
});
const obs = [
  o('U1', '2024', 99), o('U1', '2025', 90.2), o('U2', '2025', null, 'suppressed'),
  o('U3', '2025', 93.4), o('U4', '2025', 90.2), o('U2', '2024', 76.5),
  { ...o('U1', '2025', 10), gender: 'K' as const },
];

describe('unitBars', () => {
  const g = unitBars({ unit: '%', decimals: 1 }, obs, units, 640);

  it('shows the latest period, highest value first, ties by name', () => {
    expect(g.period).toBe('2025');
    expect(g.bars.map((b) => [b.name, b.valueLabel])).toEqual([
      ['Friskolan Åsen', `93,4${NB}%`],
      ['Björkskolan', `90,2${NB}%`],
      ['Ängsskolan', `90,2${NB}%`],
    ]);
  });

  it('scales bars from zero, longest for the highest value, inside the width with room for labels', () => {
    const [a, b, c] = g.bars;
    expect(a.barX).toBe(g.zeroX);
    expect(a.barWidth).toBeGreaterThan(b.barWidth);
    expect(b.barWidth).toBe(c.barWidth);
    for (const bar of g.bars) {
      expect(bar.labelX).toBeGreaterThan(bar.barX + bar.barWidth);
      expect(bar.labelX + textWidth(bar.valueLabel, FONT_SIZE)).toBeLessThanOrEqual(g.width);
      expect(bar.barY).toBeGreaterThan(bar.nameY - 14);
    }
    expect(b.barY - a.barY).toBeGreaterThan(a.barHeight);
  });

  it('lists units with a status symbol instead of a bar, with the symbol’s meaning', () => {
    expect(g.withoutValue).toEqual([
      { unitId: 'U2', name: 'Eklidens skola', status: 'suppressed', symbol: '..', statusText: 'sekretess eller för få svar' },
    ]);
    expect(g.bars.some((b) => b.unitId === 'U2')).toBe(false);
  });

  it('draws negative values to the left of zero', () => {
    const neg = unitBars({ unit: 'index', decimals: 0 }, [o('U1', '2025', -5), o('U3', '2025', 10)], units);
    const bar = neg.bars.find((b) => b.unitId === 'U1')!;
    expect(bar.barX + bar.barWidth).toBeCloseTo(neg.zeroX, 0);
    expect(bar.barX).toBeLessThan(neg.zeroX);
  });

  it('says in words who is highest and lowest and who has no value', () => {
    expect(describeUnits(g)).toBe(
      `Högst var Friskolan Åsen med 93,4${NB}% och lägst Ängsskolan med 90,2${NB}%, 2025. Utan redovisat värde: Eklidens skola (sekretess eller för få svar).`,
    );
  });

  it('is empty without unit data', () => {
    const none = unitBars({ unit: '%', decimals: 0 }, [], units);
    expect(none.bars).toEqual([]);
    expect(none.withoutValue).toEqual([]);
    expect(describeUnits(none)).toBe('Det finns inga värden att visa i ett diagram.');
  });
});
