// The budget as open data: budget.csv in the bulk download parsed back and checked against its own
// columns and figures, the API document valid against the published schema, the section's links
// and pages, and the gate noticing a missing or broken document.
import Ajv2020 from 'ajv/dist/2020.js';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetSection } from '../../src/budget/budgetSection.ts';
import type { Budget, SiteConfig } from '../../src/model/types.gen.ts';
import { writeSections } from '../../src/sections/runSections.ts';
import { csv, run } from './support.ts';

const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));
let dir: string;
let budget: Budget;
const site = { baseUrl: 'https://kommun.example.se/resultat/' } as SiteConfig;

beforeAll(async () => {
  const ran = await run({
    'budget/drift.csv': csv(
      'Driftredovisning, tkr',
      'Nämnd;Verksamhet;År;Budget;Utfall;Invånare',
      'Utbildningsnämnden;Grundskola;2024;800 000;811 200;64 000',
      'Socialnämnden;"=HYPERLINK(""https://x.example"")";2024;750 000;748 000;64 000',
    ),
  });
  budget = ran.budget!;
  dir = await mkdtemp(join(tmpdir(), 'oppna-budget-data-'));
  await writeSections([budgetSection], new Map([['budget', budget]]), join(dir, 'data'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('budget.csv in the bulk download', () => {
  it('has the documented columns, the amounts in kronor, the deviation and cost per resident as computed here', () => {
    const [resource] = budgetSection.bulkResources!(join(dir, 'data'));
    const text = [...resource.csvText({} as never)].join('');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(resource.columns.map((c) => c.name));
    const header = rows[0];
    const grund = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === 'Grundskola')![i]]));
    expect(grund).toMatchObject({ period: '2024', budget_kr: '800000000', utfall_kr: '811200000', avvikelse_kr: '-11200000', invanare: '64000', kalla_utfall: 'budget/drift.csv › E3' });
    expect(Number(grund.avvikelse_procent)).toBe(Math.round((-11_200_000 / 800_000_000) * 100 * 100) / 100);
    expect(Number(grund.utfall_kr_per_invanare)).toBe(Math.round((811_200_000 / 64_000) * 100) / 100);
  });

  it('neutralises a formula in a name (OWASP CSV injection)', () => {
    const [resource] = budgetSection.bulkResources!(join(dir, 'data'));
    const text = [...resource.csvText({} as never)].join('');
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(text).toContain("'=HYPERLINK");
  });

  it('has nothing to add when the site has no budget', () => {
    expect(budgetSection.bulkResources!(join(dir, 'nothing'))).toEqual([]);
    expect(budgetSection.apiLinks!(join(dir, 'nothing'), site)).toEqual({});
    expect(budgetSection.sitemapPages!(join(dir, 'nothing'))).toEqual([]);
  });
});

describe('the API document and the gate', () => {
  it('writes /api/v1/budget.json, valid against the published budget.schema.json', async () => {
    await budgetSection.writeFiles!(join(dir, 'data'), join(dir, 'site'), site);
    const doc: unknown = JSON.parse(await readFile(join(dir, 'site', 'api', 'v1', 'budget.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addSchema(JSON.parse(await readFile(join(SCHEMAS, 'common.schema.json'), 'utf8')));
    const validate = ajv.compile(JSON.parse(await readFile(join(SCHEMAS, 'budget.schema.json'), 'utf8')));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toEqual(budget);
    expect(await budgetSection.verify!(join(dir, 'site'), join(dir, 'data'))).toEqual([]);
  });

  it('the gate stops a build whose budget document is missing or does not match its schema', async () => {
    await writeFile(join(dir, 'site', 'api', 'v1', 'budget.json'), JSON.stringify({ currency: 'SEK', lines: [{ area: 'x' }], population: [] }));
    expect((await budgetSection.verify!(join(dir, 'site'), join(dir, 'data'))).map((p) => p.file)).toEqual(['api/v1/budget.json']);
    await rm(join(dir, 'site', 'api', 'v1', 'budget.json'));
    expect((await budgetSection.verify!(join(dir, 'site'), join(dir, 'data'))).map((p) => p.file)).toEqual(['api/v1/budget.json']);
  });

  it('links its documents from /api/v1/index.json and lists its pages for the sitemap', () => {
    expect(budgetSection.apiLinks!(join(dir, 'data'), site)).toEqual({
      lines: 'https://kommun.example.se/resultat/api/v1/budget.json',
      csv: 'https://kommun.example.se/resultat/oppna-data/budget.csv',
      schema: 'https://kommun.example.se/resultat/api/v1/schemas/budget.schema.json',
      page: 'https://kommun.example.se/resultat/ekonomi/',
    });
    expect(budgetSection.sitemapPages!(join(dir, 'data')).map((p) => p.path)).toEqual(['/ekonomi/', '/ekonomi/verksamheter/hyperlink-https-x-example/', '/ekonomi/verksamheter/grundskola/']);
  });
});
