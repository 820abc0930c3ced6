import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { allAreaCodes, findMunicipality, MUNICIPALITIES, regionOf, REGIONS } from '../../src/setup/municipalities.ts';
import { latestPopulation, similarByPopulation } from '../../src/setup/similarMunicipalities.ts';
import { recordedData } from '../support/koladaReplay.ts';
import { describeShared, shared } from '../support/sharedData.ts';

describe('municipality list', () => {
  it('has Sweden’s 290 municipalities and 21 regions, four-digit codes, each municipality in a region', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(REGIONS).toHaveLength(21);
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{4}$/);
      expect(regionOf(m).code).toBe(m.region);
    }
    expect(new Set(allAreaCodes()).size).toBe(312);
  });

  it('finds a municipality by code, by a code that lost its leading zero, and by name', () => {
    for (const q of ['0182', '182', 'Nacka', 'nacka', 'Nacka kommun', ' NACKA ']) {
      const r = findMunicipality(q);
      expect(r.ok && r.municipality.code, q).toBe('0182');
    }
    const gbg = findMunicipality('Göteborgs stad');
    expect(gbg.ok).toBe(false); // the genitive is not the name …
    const g = findMunicipality('Göteborg');
    expect(g.ok && g.municipality.code).toBe('1480');
    expect(findMunicipality('Upplands väsby').ok).toBe(true);
  });

  it('says why nothing was found, with near names', () => {
    const r = findMunicipality('Nack');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('Nacka (0182)');
    const code = findMunicipality('9999');
    expect(!code.ok && code.message).toContain('ingen kommun med kommunkoden 9999');
  });
});

describeShared('municipality list against Kolada’s lists', () => {
  it('is exactly the codes, names and regions of ../shared/data/kolada/municipalities.csv', () => {
    const rows = Papa.parse<string[]>(readFileSync(shared('kolada', 'municipalities.csv'), 'utf8'), { skipEmptyLines: true }).data.slice(1);
    expect(MUNICIPALITIES.map((m) => [m.code, m.name, m.region])).toEqual(rows.map(([code, name, region]) => [code, name, `00${region}`]).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  });
});

describeShared('similar municipalities by population', () => {
  const population = latestPopulation(recordedData().get('N01951') ?? []);

  it('reads every municipality’s latest population from Kolada’s N01951', () => {
    expect(population.size).toBe(290);
    expect(population.get('0182')?.period).toBe('2022');
    expect(population.get('0182')?.value).toBeGreaterThan(100_000);
  });

  it('picks the seven nearest in population, never the municipality itself', () => {
    const similar = similarByPopulation('0182', population);
    expect(similar).toHaveLength(7);
    expect(similar).not.toContain('0182');
    const own = Math.log(population.get('0182')!.value);
    const worstPicked = Math.max(...similar.map((c) => Math.abs(Math.log(population.get(c)!.value) - own)));
    const others = [...population.keys()].filter((c) => c !== '0182' && !similar.includes(c));
    for (const c of others) expect(Math.abs(Math.log(population.get(c)!.value) - own)).toBeGreaterThanOrEqual(worstPicked);
  });

  it('gives no group when the population is unknown', () => {
    expect(similarByPopulation('0182', new Map())).toEqual([]);
  });
});
