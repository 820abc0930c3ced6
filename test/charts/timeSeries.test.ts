import { describe, expect, it } from 'vitest';
import { LABEL_GAP, timeSeries, yDomainFor, type SeriesInput } from '../../src/charts/timeSeries.ts';

const years = (values: (number | null)[], from = 2015) =>
  values.map((value, i) => ({ period: String(from + i), value, ...(value === null ? { status: 'suppressed' as const } : {}) }));

const home: SeriesInput = { key: 'home', role: 'home', label: 'Exempelkommun', points: years([68, 69, 70, 71, 72, 73, 74]) };
const riket: SeriesInput = { key: 'country', role: 'country', label: 'Riket', points: years([70, 70, 71, 71, 71, 71, 71]) };

/** Number of separate line pieces in an SVG path from d3 line(): one "M" per piece. */
const pieces = (path: string) => (path.match(/M/g) ?? []).length;

describe('timeSeries geometry', () => {
  it('places periods in time order, evenly, left to right, whatever the input order', () => {
    const shuffled: SeriesInput = { ...home, points: [...home.points].reverse() };
    const g = timeSeries({ unit: '%', decimals: 0, series: [shuffled] });
    expect(g.periods).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021']);
    const xs = g.series[0].points.map((p) => p.x);
    const steps = xs.slice(1).map((x, i) => Math.round((x - xs[i]) * 10) / 10);
    expect(new Set(steps.map((s) => Math.round(s))).size).toBe(1);
    expect(xs[0]).toBeGreaterThanOrEqual(g.plot.left);
    expect(xs[xs.length - 1]).toBe(g.plot.right);
  });

  it('orders mixed period kinds chronologically', () => {
    const s: SeriesInput = { key: 'home', role: 'home', label: 'X', points: [
      { period: '2024Q1', value: 1 }, { period: '2023Q4', value: 2 }, { period: '2024Q2', value: 3 },
    ] };
    expect(timeSeries({ unit: 'dagar', decimals: 0, series: [s] }).periods).toEqual(['2023Q4', '2024Q1', '2024Q2']);
  });

  it('maps higher values higher up, within the plot, with nice Swedish tick labels', () => {
    const g = timeSeries({ unit: '%', decimals: 0, series: [home, riket] });
    const pts = g.series[0].points;
    expect(pts[pts.length - 1].y).toBeLessThan(pts[0].y);
    for (const p of pts) {
      expect(p.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(p.y).toBeLessThanOrEqual(g.plot.bottom);
    }
    expect(g.yTicks.length).toBeGreaterThanOrEqual(3);
    expect(g.yTicks.every((tk) => /^\d+\u00a0%$/.test(tk.label))).toBe(true);
    expect(g.yDomain[0]).toBeLessThanOrEqual(68);
    expect(g.yDomain[1]).toBeGreaterThanOrEqual(74);
  });

  it('formats negative ticks with a true minus sign', () => {
    const s: SeriesInput = { key: 'home', role: 'home', label: 'X', points: years([-3, 2, 5]) };
    const g = timeSeries({ unit: 'index', decimals: 0, series: [s] });
    expect(g.yTicks.some((tk) => tk.label.startsWith('\u2212'))).toBe(true);
    expect(g.yTicks.some((tk) => tk.label.includes('-'))).toBe(false);
  });

  it('starts shares and counts at zero only where that does not squash the lines', () => {
    expect(yDomainFor([20, 35], '%')[0]).toBe(0);
    expect(yDomainFor([81, 86], '%')[0]).toBe(81);
    expect(yDomainFor([20, 40], 'antal')[0]).toBe(0);
    expect(yDomainFor([30, 40], 'antal')[0]).toBe(30);
    expect(yDomainFor([110000, 130000], 'kr')[0]).toBe(110000);
    expect(yDomainFor([], '%')).toEqual([0, 1]);
    const [lo, hi] = yDomainFor([5, 5], 'dagar');
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(5);
  });

  it('breaks the line where a value is missing, and records the gap with its status', () => {
    const gappy: SeriesInput = { ...home, points: years([68, 69, null, 71, 72]) };
    const g = timeSeries({ unit: '%', decimals: 0, series: [gappy] });
    expect(pieces(g.series[0].path)).toBe(2);
    expect(g.series[0].points.map((p) => p.period)).toEqual(['2015', '2016', '2018', '2019']);
    expect(g.series[0].gaps).toEqual([{ period: '2017', x: expect.any(Number), status: 'suppressed' }]);
    const full = timeSeries({ unit: '%', decimals: 0, series: [home] });
    expect(pieces(full.series[0].path)).toBe(1);
  });

  it('draws the target as a horizontal line inside the y domain, labelled "Mål 2026: 80 %"', () => {
    const g = timeSeries({ unit: '%', decimals: 1, series: [home, riket], target: { value: 80, year: 2026 } });
    expect(g.yDomain[1]).toBeGreaterThanOrEqual(80);
    expect(g.target).toBeDefined();
    expect(g.target!.label).toBe('Mål 2026: 80\u00a0%');
    expect(g.target!.x1).toBe(g.plot.left);
    expect(g.target!.x2).toBe(g.plot.right);
    // The target is the highest value, so its line lies above every data point.
    const ys = g.series.flatMap((s) => s.points.map((p) => p.y));
    expect(g.target!.y).toBeLessThan(Math.min(...ys));
    const tick80 = timeSeries({ unit: '%', decimals: 0, series: [home], target: { value: 80, year: 2026 } });
    expect(tick80.target!.y).toBe(tick80.yTicks.find((tk) => tk.value === 80)?.y);
  });

  it('keeps a target with decimals at the indicator’s precision', () => {
    const g = timeSeries({ unit: '%', decimals: 1, series: [home], target: { value: 80.5, year: 2026 } });
    expect(g.target!.label).toBe('Mål 2026: 80,5\u00a0%');
  });

  it('gives every series with a value a direct label at its line end, styled apart', () => {
    const similar: SeriesInput = { key: 'similar', role: 'similar', label: 'Liknande kommuner (medel)', points: years([69, 70, 70, 71, 71, 72, 72]) };
    const g = timeSeries({ unit: '%', decimals: 0, series: [home, riket, similar] });
    for (const s of g.series) {
      expect(s.directLabel, s.key).toBeDefined();
      expect(s.directLabel!.x).toBeGreaterThan(g.plot.right);
      expect(s.directLabel!.lines.join(' ')).toBe(s.label);
    }
    const looks = g.series.map((s) => `${s.dash ?? 'solid'} ${s.marker}`);
    expect(new Set(looks).size).toBe(looks.length);
    expect(g.series.every((s) => s.markers.startsWith('M'))).toBe(true);
    // One marker per plotted point, each starting where its shape is drawn from.
    for (const s of g.series) expect(s.markers.match(/M/g)?.length, s.key).toBe(s.points.length);
  });

  it('pushes direct labels apart when lines end close together, and keeps them in the chart', () => {
    const close = (key: string, role: SeriesInput['role'], v: number): SeriesInput => ({ key, role, label: key, points: years([50, v]) });
    const g = timeSeries({
      unit: '%',
      decimals: 0,
      series: [close('a', 'home', 71), close('b', 'country', 71.2), close('c', 'similar', 70.9)],
      height: 300,
    });
    const ys = g.series.map((s) => s.directLabel!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(LABEL_GAP - 0.1);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(g.plot.top);
      expect(y).toBeLessThanOrEqual(g.plot.bottom + LABEL_GAP);
    }
    expect(g.series.filter((s) => s.directLabel!.leader).length).toBeGreaterThanOrEqual(2);
  });

  it('wraps long labels on a narrow chart so they fit the margin', () => {
    const similar: SeriesInput = { key: 'similar', role: 'similar', label: 'Liknande kommuner (medel)', points: years([69, 70]) };
    const g = timeSeries({ unit: '%', decimals: 0, series: [similar], width: 320 });
    expect(g.series[0].directLabel!.lines.length).toBeGreaterThan(1);
    expect(g.plot.right).toBeGreaterThan(g.width * 0.6);
  });

  it('leaves out direct labels for a series with no value at all, and survives no data', () => {
    const empty: SeriesInput = { key: 'country', role: 'country', label: 'Riket', points: years([null, null]) };
    const g = timeSeries({ unit: '%', decimals: 0, series: [home, empty] });
    expect(g.series[1].directLabel).toBeUndefined();
    expect(g.series[1].path).toBe('');
    const none = timeSeries({ unit: '%', decimals: 0, series: [] });
    expect(none.series).toEqual([]);
    expect(none.yDomain).toEqual([0, 1]);
  });

  it('thins period labels that would not fit, always keeping the latest', () => {
    const months: SeriesInput = { key: 'home', role: 'home', label: 'X', points: Array.from({ length: 36 }, (_, i) => ({
      period: `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: i,
    })) };
    const g = timeSeries({ unit: 'antal', decimals: 0, series: [months], width: 360 });
    expect(g.xTicks.length).toBeLessThan(36);
    expect(g.xTicks[g.xTicks.length - 1]).toMatchObject({ period: '2024-12', label: 'dec 2024' });
  });
});
