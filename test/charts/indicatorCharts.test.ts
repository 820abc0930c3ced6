import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indicatorCharts } from '../../src/charts/indicatorCharts.ts';
import { readSiteData } from '../../src/site/loadSiteData.ts';

const data = readSiteData(fileURLToPath(new URL('../fixtures/site-data/', import.meta.url)));
const indicator = data.indicators.find((i) => i.id === 'N15428')!;
const observations = data.observations.get(indicator.id)!;

describe('indicatorCharts', () => {
  it('draws the main and the women/men chart in both sizes, with the status symbols for the caption', () => {
    const charts = indicatorCharts(indicator, observations, data.site, data.areas);
    expect(charts.id).toBe('chart-N15428');
    expect(charts.main?.wide.width).toBe(640);
    expect(charts.main?.narrow.width).toBe(360);
    expect(charts.gender?.title).toContain('Exempelkommun');
  });

  it('is computed once for the page and its embed page, and again when any input is another', () => {
    const first = indicatorCharts(indicator, observations, data.site, data.areas);
    expect(indicatorCharts(indicator, observations, data.site, data.areas)).toBe(first);
    const renamed = { ...data.site, name: 'Annan kommun' };
    const again = indicatorCharts(indicator, observations, renamed, data.areas);
    expect(again).not.toBe(first);
    expect(again).toEqual(indicatorCharts(indicator, [...observations], renamed, data.areas));
  });
});
