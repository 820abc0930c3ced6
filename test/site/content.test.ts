// The indicator pages show the right figures: the latest value, the change since the previous
// value and the status against the target are computed here INDEPENDENTLY from the source files
// in data/ (SheetJS, papaparse, JSON.parse — not the pipeline) and compared with the rendered page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/chromium.ts';
import { periodStart, periodYear, readAreaValues, readCatalogue, type SourceIndicator, type SourceValue } from '../support/exampleSources.ts';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

type Status = 'achieved' | 'on-track' | 'not-achieved' | 'none';

interface Expected {
  id: string;
  indicator: SourceIndicator;
  latest: SourceValue;
  previous?: SourceValue;
  change?: 'up' | 'down' | 'same';
  status: Status;
}

/** Values as the reader sees them: rounded to the indicator's decimals. */
const shown = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function expectedFor(indicator: SourceIndicator, values: SourceValue[]): Expected | undefined {
  const series = [...values].sort((a, b) => periodStart(a.period) - periodStart(b.period));
  const latest = series.at(-1);
  if (!latest) return undefined;
  const previous = series.at(-2);
  const d = indicator.decimals;
  const now = shown(latest.value, d);
  const before = previous && shown(previous.value, d);
  const change = before === undefined ? undefined : now > before ? 'up' : now < before ? 'down' : 'same';

  let status: Status = 'none';
  if (indicator.direction !== 'neutral' && indicator.targets.length > 0) {
    const year = periodYear(latest.period);
    const targets = [...indicator.targets].sort((a, b) => a.year - b.year);
    const target = targets.find((t) => t.year >= year) ?? targets[targets.length - 1];
    const goal = shown(target.value, d);
    const higher = indicator.direction === 'higher-is-better';
    if (higher ? now >= goal : now <= goal) status = 'achieved';
    else if (before !== undefined && target.year >= year && (higher ? now > before : now < before)) status = 'on-track';
    else status = 'not-achieved';
  }
  return { id: indicator.id, indicator, latest, previous, change, status };
}

/** "74,1" as sv-SE writes it (decimal comma, true minus), as a pattern that allows any grouping space. */
function numberPattern(value: number, decimals: number): string {
  const formatted = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  const body = formatted
    .replace(/[\s\u00a0\u202f]/g, '')
    .split('')
    .map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s?');
  return `(?<![\\d,])${body}(?![\\d])`;
}

function valuePattern(value: number, indicator: SourceIndicator): RegExp {
  const unit = indicator.unit === '%' || indicator.unit === 'kr' ? `\\s?${indicator.unit}` : '';
  return new RegExp(numberPattern(value, indicator.decimals) + unit);
}

const normalise = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('the independent expectation (self-test)', () => {
  const indicator: SourceIndicator = { id: 'X', unit: '%', decimals: 1, direction: 'higher-is-better', targets: [{ value: 88, year: 2024 }, { value: 90, year: 2026 }] };
  const v = (period: string, value: number): SourceValue => ({ period, value, from: 'test' });
  it('takes the latest period with a number and the one before it', () => {
    const e = expectedFor(indicator, [v('2024', 89.14), v('2022', 80), v('2023', 85)])!;
    expect([e.latest.period, e.previous?.period, e.change]).toEqual(['2024', '2023', 'up']);
    // 2024 → the 2024 target (88): met.
    expect(e.status).toBe('achieved');
  });
  it('is on track when it moved toward a target whose year has not passed, not achieved otherwise', () => {
    expect(expectedFor(indicator, [v('2024', 86), v('2025', 87)])!.status).toBe('on-track'); // 2026 target 90
    expect(expectedFor(indicator, [v('2024', 88), v('2025', 87)])!.status).toBe('not-achieved');
    expect(expectedFor(indicator, [v('2027', 85), v('2028', 89)])!.status).toBe('not-achieved'); // all target years passed
    expect(expectedFor({ ...indicator, direction: 'lower-is-better' }, [v('2024', 95), v('2025', 91)])!.status).toBe('on-track');
    expect(expectedFor({ ...indicator, direction: 'neutral' }, [v('2025', 91)])!.status).toBe('none');
    expect(expectedFor({ ...indicator, targets: [] }, [v('2025', 91)])!.status).toBe('none');
  });
  it('orders quarters, months and school years, and counts a school year by its spring', () => {
    expect(expectedFor(indicator, [v('2024Q4', 1), v('2024Q1', 2), v('2023Q4', 3)])!.latest.period).toBe('2024Q4');
    expect(expectedFor(indicator, [v('2024-12', 1), v('2024-02', 2), v('2024-10', 3)])!.previous?.period).toBe('2024-10');
    expect(periodYear('2023/24')).toBe(2024);
  });
  it('matches "1 234,5 kr" with any grouping space and not "11 234,5 kr"', () => {
    const kr: SourceIndicator = { ...indicator, unit: 'kr' };
    expect(valuePattern(1234.5, kr).test('Senaste värdet 1\u00a0234,5\u00a0kr (2024)')).toBe(true);
    expect(valuePattern(1234.5, kr).test('11 234,5 kr')).toBe(false);
    expect(valuePattern(-3.2, indicator).test('\u22123,2 %')).toBe(true);
  });
});

const sample = collect('expected figures from data/', () => {
  const site = siteUnderTest('example');
  const config = JSON.parse(readFileSync(join(site.source, 'site.json'), 'utf8')) as { municipality: string };
  const catalogue = readCatalogue(site.source);
  const values = readAreaValues(site.source, config.municipality);
  const expected: Expected[] = [];
  const problems: string[] = [];
  for (const [id, list] of values) {
    const indicator = catalogue.get(id);
    if (!indicator) continue; // a Kolada series without a catalogue row is not published
    // Two sources giving different numbers for one period would make "the" latest value ambiguous.
    const byPeriod = new Map<string, SourceValue>();
    for (const value of list) {
      const seen = byPeriod.get(value.period);
      if (seen && seen.value !== value.value) problems.push(`${id} ${value.period}: ${seen.value} (${seen.from}) ≠ ${value.value} (${value.from})`);
      byPeriod.set(value.period, value);
    }
    const e = expectedFor(indicator, [...byPeriod.values()]);
    if (e) expected.push(e);
  }
  if (problems.length) throw new Error(`the source files disagree:\n${problems.join('\n')}`);
  if (expected.length < 3) throw new Error(`only ${expected.length} indicators with values for ${config.municipality} found in ${site.source}`);
  return { site, home: config.municipality, expected: expected.sort((a, b) => a.id.localeCompare(b.id)) };
});

describe('indicator pages of the example site', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  if (sample.error) {
    it('computes the expected figures from data/', () => {
      throw sample.error;
    });
    return;
  }
  const { site, expected } = sample.value;
  console.log(
    `[content] expected from data/ (home ${sample.value.home}, gender T):\n` +
      expected.map((e) => `  ${e.id.padEnd(10)} ${e.latest.period.padEnd(8)} ${String(e.latest.value).padStart(8)} ${e.indicator.unit.padEnd(5)} prev ${e.previous ? `${e.previous.period} ${e.previous.value}` : '—'} → ${e.change ?? '—'}, ${e.status}   (${e.latest.from})`).join('\n'),
  );

  it.each(expected)('$id shows the latest value, the change and the target status', async (e: Expected) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const url = `${site.url}/matt/${encodeURIComponent(e.id)}/`;
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.status(), `GET ${url}`).toBe(200);
      const read = await page.evaluate(() => {
        const text = (sel: string) => (document.querySelector(sel) as HTMLElement | null)?.innerText ?? null;
        return {
          latest: text('[data-latest]'),
          change: text('[data-change]'),
          status: document.querySelector('[data-target-status]')?.getAttribute('data-target-status') ?? null,
        };
      });
      const d = e.indicator.decimals;

      expect(read.latest, `[data-latest] on ${url}`).not.toBeNull();
      expect(normalise(read.latest!), `[data-latest] shows ${e.latest.value} ${e.indicator.unit} (${e.latest.period}, ${e.latest.from})`).toMatch(valuePattern(e.latest.value, e.indicator));

      if (e.previous) {
        expect(read.change, `[data-change] on ${url}`).not.toBeNull();
        const change = normalise(read.change!);
        const words = { up: /ök|högre|steg/i, down: /minsk|lägre|sjönk/i, same: /oförändr|samma/i }[e.change!];
        expect(change, `[data-change] says the value went ${e.change}`).toMatch(words);
        expect(change, `[data-change] shows the latest value`).toMatch(valuePattern(e.latest.value, e.indicator));
        if (e.change !== 'same') expect(change, `[data-change] shows the previous value ${e.previous.value} (${e.previous.period}, ${e.previous.from})`).toMatch(valuePattern(e.previous.value, e.indicator));
      }

      expect(read.status, `[data-target-status] on ${url} (targets ${JSON.stringify(e.indicator.targets)}, ${e.indicator.direction})`).toBe(e.status);
    } finally {
      await context.close();
    }
  });
});
