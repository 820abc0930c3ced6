// The finance pages show the right figures: each operating area's outcome, its deviation from the
// budget in words and per cent, and its cost per resident, and the whole municipality's, are
// computed here INDEPENDENTLY from the source files in data/ (SheetJS for the statement, papaparse
// for the follow-up, JSON.parse for Kolada's residents — not the pipeline) and compared with the
// pages as Chromium renders them.
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/chromium.ts';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

interface AreaYear {
  name: string;
  slug: string;
  /** kr */
  budget: number;
  outcome: number;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const sv = (value: number, decimals: number) =>
  new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value).replace(/[\s\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
const normalise = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\u2212/g, '-').trim();
const slugOf = (name: string) => name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** "11,2 miljoner kronor över budget, 1,4 %": the wording with the unit written out, as plain language asks. */
function deviationWords(budget: number, outcome: number, against = 'budget'): string {
  const over = outcome > budget;
  return `${sv(Math.abs(outcome - budget) / 1e6, 1)} miljoner kronor ${over ? 'över' : 'under'} ${against}, ${sv((Math.abs(outcome - budget) / budget) * 100, 1)} %`;
}

/** The yearly statement: the header row starting "Nämnd", "Budget YYYY"/"Utfall YYYY" columns, tkr per the title. */
function readStatement(dataDir: string, year: string): AreaYear[] {
  const wb = XLSX.read(readFileSync(join(dataDir, 'budget', 'driftredovisning.xlsx')), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, defval: null });
  if (!String(rows[0][0]).includes('tkr')) throw new Error('the statement title no longer says tkr');
  const h = rows.findIndex((r) => r[0] === 'Nämnd');
  const header = rows[h].map(String);
  const b = header.indexOf(`Budget ${year}`);
  const o = header.indexOf(`Utfall ${year}`);
  return rows
    .slice(h + 1)
    .filter((r) => typeof r[1] === 'string' && r[0] !== 'Summa')
    .map((r) => ({ name: String(r[1]), slug: slugOf(String(r[1])), budget: Number(r[b]) * 1000, outcome: Number(r[o]) * 1000 }));
}

/** The follow-up CSV: the latest month's accumulated budget and outcome per area, tkr per its headers. */
function readFollowUp(dataDir: string): { month: string; rows: AreaYear[] } {
  const text = readFileSync(join(dataDir, 'budget', 'manadsuppfoljning-2025.csv'), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
  const col = (name: string) => header.indexOf(name);
  const month = rows.map((r) => r[col('Period')]).sort().at(-1)!;
  const tkr = (s: string) => Number(s.replace(/\s/g, '')) * 1000;
  return {
    month,
    rows: rows.filter((r) => r[col('Period')] === month).map((r) => ({ name: r[0], slug: slugOf(r[0]), budget: tkr(r[col('Budget ack (tkr)')]), outcome: tkr(r[col('Utfall ack (tkr)')]) })),
  };
}

function residents(dataDir: string, municipality: string, year: string): number {
  const json = JSON.parse(readFileSync(join(dataDir, 'kolada', 'N01951.json'), 'utf8')) as { values: { municipality: string; period: number; values: { gender: string; value: number }[] }[] };
  const entry = json.values.find((v) => v.municipality === municipality && String(v.period) === year)!;
  return entry.values.find((g) => g.gender === 'T')!.value;
}

const sample = collect('expected finance figures from data/', () => {
  const site = siteUnderTest('example');
  const config = JSON.parse(readFileSync(join(site.source, 'site.json'), 'utf8')) as { municipality: string };
  const year = '2024';
  const areas = readStatement(site.source, year);
  if (areas.length < 5) throw new Error(`only ${areas.length} operating areas in the statement`);
  return { site, year, areas, followUp: readFollowUp(site.source), population: residents(site.source, config.municipality, year) };
});

describe('finance pages of the example site', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The rendered text of each selector on one page (one load per page). */
  async function texts(path: string, ...selectors: string[]): Promise<string[]> {
    const context = await browser.newContext();
    try {
      const page: Page = await context.newPage();
      const response = await page.goto(sample.value!.site.url + path, { waitUntil: 'load' });
      expect(response?.status(), `GET ${path}`).toBe(200);
      const out: string[] = [];
      for (const selector of selectors) out.push(normalise(await page.locator(selector).first().innerText()));
      return out;
    } finally {
      await context.close();
    }
  }

  if (sample.error) {
    it('computes the expected figures from data/', () => {
      throw sample.error;
    });
    return;
  }
  const { year, areas, followUp, population } = sample.value;

  it.each(areas)('$name: the outcome, the deviation in words, the cost per resident and the follow-up so far this year', async (area) => {
    const [lead, current] = await texts(`/ekonomi/verksamheter/${area.slug}/`, '[data-budget-latest]', '[data-budget-current]');
    expect(lead).toContain(`${area.name} kostade ${sv(area.outcome / 1e6, 1)} miljoner kronor ${year}, ${deviationWords(area.budget, area.outcome)}.`);
    expect(lead).toContain(`Det är ${sv(Math.round(area.outcome / population), 0)} kronor per invånare.`);
    const soFar = followUp.rows.find((r) => r.slug === area.slug)!;
    const [y, m] = followUp.month.split('-');
    expect(current).toContain(`Till och med ${MONTHS[Number(m) - 1]} ${y} har ${area.name} kostat ${sv(soFar.outcome / 1e6, 1)} miljoner kronor, ${deviationWords(soFar.budget, soFar.outcome, 'budgeten för perioden')}.`);
  });

  it('the whole municipality: the sum of the areas, its deviation and its cost per resident', async () => {
    const budget = areas.reduce((s, a) => s + a.budget, 0);
    const outcome = areas.reduce((s, a) => s + a.outcome, 0);
    const [total] = await texts('/ekonomi/', '[data-budget-total]');
    expect(total).toBe(`Verksamheterna kostade sammanlagt ${sv(outcome / 1e6, 1)} miljoner kronor ${year}, ${deviationWords(budget, outcome)}. Det är ${sv(Math.round(outcome / population), 0)} kronor per invånare.`);
  });

  it('an indicator page of an operating area with a budget shows the area\'s cost beside its results', async () => {
    const grundskola = areas.find((a) => a.name === 'Grundskola')!;
    const [beside] = await texts('/matt/N15428/', '[data-budget-beside]');
    expect(beside).toContain(`Grundskola kostade ${sv(grundskola.outcome / 1e6, 1)} miljoner kronor ${year}, ${deviationWords(grundskola.budget, grundskola.outcome)}. Det är ${sv(Math.round(grundskola.outcome / population), 0)} kronor per invånare.`);
  });

  it('an area page links to the results of the same operating area, and compares a Kolada cost measure', async () => {
    const [results, compared] = await texts('/ekonomi/verksamheter/socialtjanst/', '[data-results-link]', '[data-cost-measure="N30005"]');
    expect(results).toBe('Resultat för Socialtjänst');
    expect(compared).toMatch(/lägre än riket|högre än riket|samma som riket/);
  });
});
