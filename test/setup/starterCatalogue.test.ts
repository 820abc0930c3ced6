// The starter catalogue `npm run init` writes: every id and title is Kolada's (checked against
// Kolada's KPI catalogue in ../shared/data), and every entry is complete enough to publish.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { STARTER_CATALOGUE } from '../../src/setup/starterCatalogue.ts';
import { describeShared, shared } from '../support/sharedData.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('starter catalogue', () => {
  it('has about thirty unique measures covering what residents ask about', () => {
    expect(STARTER_CATALOGUE.length).toBeGreaterThanOrEqual(28);
    expect(STARTER_CATALOGUE.length).toBeLessThanOrEqual(35);
    expect(new Set(STARTER_CATALOGUE.map((i) => i.id)).size).toBe(STARTER_CATALOGUE.length);
    const areas = new Set(STARTER_CATALOGUE.map((i) => i.operatingArea));
    for (const area of ['Grundskola', 'Förskola', 'Äldreomsorg', 'Trygghet', 'Miljö och klimat', 'Inflytande och demokrati', 'Ekonomi']) expect(areas).toContain(area);
  });

  it('writes each heading as a plain question and gives a direction, unit and decimals', () => {
    for (const i of STARTER_CATALOGUE) {
      expect(i.question, i.id).toMatch(/^[A-ZÅÄÖ].*\?$/);
      expect(['högre är bättre', 'lägre är bättre', 'neutral']).toContain(i.direction);
      expect(i.unit.length, i.id).toBeGreaterThan(0);
      expect(Number.isInteger(i.decimals) && i.decimals >= 0 && i.decimals <= 2, i.id).toBe(true);
    }
    // Costs and background figures are neither good nor bad; results and satisfaction have a direction.
    expect(STARTER_CATALOGUE.find((i) => i.id === 'N15008')?.direction).toBe('neutral');
    expect(STARTER_CATALOGUE.find((i) => i.id === 'N15428')?.direction).toBe('högre är bättre');
    expect(STARTER_CATALOGUE.find((i) => i.id === 'U23401')?.direction).toBe('lägre är bättre');
  });

  it('lets percentages that can be negative (results, equity ratio) go below zero', () => {
    expect(STARTER_CATALOGUE.find((i) => i.id === 'N03102')?.min).toBeLessThan(0);
    expect(STARTER_CATALOGUE.find((i) => i.id === 'N03002')?.min).toBeLessThan(0);
  });
});

describeShared("starter catalogue against Kolada's KPI catalogue", () => {
  const rows = Papa.parse<Record<string, string>>(readFileSync(shared('kolada', 'kpi-catalogue.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const kolada = new Map(rows.map((r) => [r.concept, r]));

  it('uses only ids Kolada has, with Kolada’s titles', () => {
    for (const i of STARTER_CATALOGUE) {
      const k = kolada.get(i.id);
      expect(k, `${i.id} is in Kolada's catalogue`).toBeDefined();
      expect(squash(i.title), i.id).toBe(squash(k!.name));
    }
  });

  it('has no measure Kolada has discontinued (titles ending in "(-2021)" and the like)', () => {
    for (const i of STARTER_CATALOGUE) expect(kolada.get(i.id)!.name, i.id).not.toMatch(/\(-\d{4}\)/);
  });

  it('picks municipality-level measures (K or A), with a unit that matches Kolada’s', () => {
    for (const i of STARTER_CATALOGUE) {
      const k = kolada.get(i.id)!;
      expect(['K', 'A'], i.id).toContain(k.municipality_type);
      if (i.unit === '%') expect(k.name, i.id).toMatch(/%/);
    }
  });
});
