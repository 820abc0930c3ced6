import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/site/themeCss.ts';
import { SERIES_STYLES } from '../../src/charts/seriesStyle.ts';

const css = readFileSync(new URL('../../src/components/chart/chart.css', import.meta.url), 'utf8');

describe('chart colours (WCAG 1.4.11, 3:1 for lines and marks)', () => {
  it.each(Object.keys(SERIES_STYLES))('the %s line has a colour of at least 3:1 against white', (role) => {
    const rule = new RegExp(`\\.chart-series--${role}\\s*\\{[^}]*stroke:\\s*(?:var\\(--[\\w-]+,\\s*)?(#[0-9a-fA-F]{6})`).exec(css);
    expect(rule, `no stroke colour for .chart-series--${role}`).not.toBeNull();
    expect(contrast(rule![1], '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('draws the target, axis and bars at 3:1 or more', () => {
    for (const cls of ['chart__target', 'chart__axis', 'chart__zero']) {
      const colour = new RegExp(`\\.${cls}\\s*\\{[^}]*stroke:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1];
      expect(colour, cls).toBeDefined();
      expect(contrast(colour!, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses no colour alone: every role has its own dash pattern and marker', () => {
    const looks = Object.values(SERIES_STYLES).map((s) => `${s.dash ?? 'solid'}|${s.marker}`);
    // Women and men share a chart, as do home, country, region and similar.
    const main = ['home', 'country', 'region', 'similar'].map((r) => looks[Object.keys(SERIES_STYLES).indexOf(r)]);
    const gender = ['women', 'men'].map((r) => looks[Object.keys(SERIES_STYLES).indexOf(r)]);
    expect(new Set(main).size).toBe(main.length);
    expect(new Set(gender).size).toBe(gender.length);
  });
});
