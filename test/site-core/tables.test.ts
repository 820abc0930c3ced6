import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { comparisons } from '../../src/site/comparisons.ts';
import { seriesTable } from '../../src/site/seriesTable.ts';
import { unitTable, unitTables } from '../../src/site/unitTable.ts';
import fc from 'fast-check';
import type { Observation } from '../../src/model/types.gen.ts';
import { targetStatus } from '../../src/site/targetStatus.ts';
import { change } from '../../src/site/change.ts';
import { NBSP } from '../../src/format/formatNumber.ts';

const data = readSiteData(join(new URL('../..', import.meta.url).pathname, 'test/fixtures/site-data'));
const indicator = (id: string) => data.indicators.find((i) => i.id === id)!;
const obs = (id: string) => data.observations.get(id)!;
const nb = (s: string) => s.replace(/(\d) (%|kr)/g, `$1${NBSP}$2`);

describe('comparisons on the fixture', () => {
  it('compares the latest value with riket, the region and the similar-municipalities mean', () => {
    const c = comparisons(indicator('N15428'), obs('N15428'), data.site, data.areas)!;
    expect(c.period).toBe('2025');
    expect(c.rows.map((r) => [r.kind, r.position])).toEqual([
      ['country', 'higher'],
      ['region', 'higher'],
      ['similar', 'higher'],
    ]);
    expect(c.rows[0].text).toBe(nb('2025 var värdet för Exempelkommun 85,9 %, högre än riket (84,5 %).'));
    // 9992 has no value for 2025: the mean is of 2 of 3 members.
    expect(c.rows[2]).toMatchObject({ count: 2, total: 3, name: 'liknande kommuner' });
    expect(c.rows[2].text).toBe(nb('2025 var värdet för Exempelkommun 85,9 %, högre än liknande kommuner (82,9 %, medelvärde för 2 av 3 kommuner).'));
    expect(c.rows[2].value).toBeCloseTo((82.8 + 83.1) / 2, 10);
    expect(c.caveat).toMatch(/slumpen/);
  });
  it('says so when a comparison has no value for the period', () => {
    const c = comparisons(indicator('vantetid-sarskilt-boende'), obs('vantetid-sarskilt-boende'), data.site, data.areas)!;
    expect(c.rows.every((r) => r.value === undefined && r.position === undefined)).toBe(true);
    expect(c.rows[0].text).toBe('Det finns inget värde för riket för kvartal 3 2026.');
    expect(c.rows[2].text).toMatch(/bara 0 av 3 kommuner/);
  });
});

describe('derived facts on the fixture', () => {
  it('matches what the indicator pages show', () => {
    expect(targetStatus(indicator('N15428'), obs('N15428'), '9999')).toMatchObject({ status: 'on-track', target: { year: 2026 } });
    expect(targetStatus(indicator('U15011'), obs('U15011'), '9999').status).toBe('none');
    expect(targetStatus(indicator('N00945'), obs('N00945'), '9999').status).toBe('not-achieved');
    expect(change(indicator('vantetid-sarskilt-boende'), obs('vantetid-sarskilt-boende'), '9999')).toMatchObject({
      kind: 'down', better: true, text: `minskade från 39${NBSP}dagar till 34${NBSP}dagar`,
    });
  });
});

describe('seriesTable', () => {
  it('has periods × series with gender columns, comparisons and status cells', () => {
    const table = seriesTable(indicator('N15428'), obs('N15428'), data.site, data.areas);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Exempelkommun', 'Exempelkommun, kvinnor', 'Exempelkommun, män', 'Riket', 'Region Exempel', 'Liknande kommuner (medelvärde)',
    ]);
    expect(table.rows.map((r) => r.period)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(table.rows[4].cells[0].value).toBe(85.9);
    expect(table.rows[0].cells[5]).toMatchObject({ count: 3, total: 3 });
  });
  it('carries status and preliminary flags into cells', () => {
    const t = seriesTable(indicator('vantetid-sarskilt-boende'), obs('vantetid-sarskilt-boende'), data.site, data.areas);
    expect(t.rows.map((r) => r.period)).toEqual(['2025Q3', '2025Q4', '2026Q1', '2026Q2', '2026Q3']);
    expect(t.rows[2].cells[0]).toMatchObject({ status: 'missing' });
    const cost = seriesTable(indicator('U15011'), obs('U15011'), data.site, data.areas);
    expect(cost.rows.at(-1)!.cells[0]).toMatchObject({ value: 125800, preliminary: true });
  });
});

describe('unitTable', () => {
  it('lists the latest period by name, or by value with suppressed figures last', () => {
    const byName = unitTable(obs('N15428'), data.units, 'name')!;
    expect(byName.period).toBe('2025');
    expect(byName.rows.map((r) => r.unit.name)).toEqual(['Björkskolan', 'Eklidens skola', 'Friskolan Åsen']);
    const byValue = unitTable(obs('N15428'), data.units, 'value')!;
    expect(byValue.rows.map((r) => r.unit.name)).toEqual(['Friskolan Åsen', 'Björkskolan', 'Eklidens skola']);
    expect(byValue.rows[2].observation.status).toBe('suppressed');
  });
  it('is undefined for an indicator without units', () => {
    expect(unitTable(obs('U15011'), data.units)).toBeUndefined();
    expect(unitTables(obs('U15011'), data.units)).toBeUndefined();
  });
  it('gives, in both orders at once, exactly what it gives for each order (ties, statuses, same names)', () => {
    const names = ['Ås', 'Ek', 'Björk', 'ek', 'Ås'];
    const row = fc.record({ unit: fc.integer({ min: 0, max: 7 }), value: fc.option(fc.constantFrom(1, 2, 2.5, 3), { nil: null }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const units = names.map((name, i) => ({ id: `U${i}`, name }));
        const list: Observation[] = rows.map((r) => ({
          indicator: 'X', unit: `U${r.unit}`, period: '2024', gender: 'T', value: r.value,
          ...(r.value === null ? { status: 'suppressed' as const } : {}), source: { file: 'f.csv' },
        }));
        const both = unitTables(list, units);
        expect(both?.name).toEqual(unitTable(list, units, 'name'));
        expect(both?.value).toEqual(unitTable(list, units, 'value'));
      }),
    );
  });
});
