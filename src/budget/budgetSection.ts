// Budget and outcome ("budget/utfall") as a section beside the results: the controllers'
// exports in data/budget/, read → normalised → assembled → written to <data>/budget/budget.json,
// which the /ekonomi/ pages, the indicator pages, the API and the bulk download read.
// The pages import this module too (through the list of sections, for the sitemap and the open
// data page): the import stages and the schema validators are loaded only when they run.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Budget, Manifest } from '../model/types.gen.ts';
import { severityOf } from '../problems/catalogue.ts';
import type { Section } from '../sections/Section.ts';
import type { GateProblem } from '../verify/verifyBuild.ts';
import { stableStringify } from '../write/stableJson.ts';
import { budgetDataset } from './opendata/budgetDataset.ts';
import { budgetResource } from './opendata/budgetTable.ts';
import { BUDGET_API_PATH, BUDGET_CSV_PATH, ECONOMY_PATH } from './opendata/budgetPaths.ts';
import { absoluteUrl } from '../opendata/seo/siteUrls.ts';
import { economyPages } from './site/economyPages.ts';
import { BUDGET_FILE, BUDGET_FOLDER, BUDGET_SECTION, readBudget } from './site/readBudget.ts';

export const budgetSection: Section<Budget> = {
  name: BUDGET_SECTION,
  folder: BUDGET_FOLDER,

  async ingest(context) {
    const { readBudgetFolder } = await import('./read/readBudgetFolder.ts');
    const { assembleBudget } = await import('./validate/assembleBudget.ts');
    const folder = await readBudgetFolder(context.dataDir);
    if (folder.files.length === 0) return { findings: folder.findings, files: folder.files };
    const { budget, findings } = assembleBudget(folder.parts, {
      indicators: context.indicators,
      observations: context.observations,
      ...(context.config ? { municipality: context.config.municipality } : {}),
    });
    const all = [...folder.findings, ...findings];
    const failed = all.some((f) => severityOf(f.code) === 'error') || budget.lines.length === 0;
    return failed ? { findings: all, files: folder.files } : { findings: all, files: folder.files, value: budget };
  },

  // What the report's "OK" line says: the operating areas and the lines of budget and outcome read.
  counts: (budget) => ({ areas: new Set(budget.lines.map((l) => l.area)).size, lines: budget.lines.length }),

  async write(budget, dir) {
    await writeFile(join(dir, BUDGET_FILE), `${stableStringify(budget)}\n`);
  },

  async writeFiles(dataDir, outDir) {
    const budget = readBudget(dataDir);
    if (!budget) return;
    // The API document is the written budget itself (budget.schema.json).
    const file = join(outDir, BUDGET_API_PATH);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, `${stableStringify(budget)}\n`);
  },

  bulkResources(dataDir) {
    const budget = readBudget(dataDir);
    return budget ? [budgetResource(budget)] : [];
  },

  apiLinks(dataDir, site): Record<string, string> {
    if (!readBudget(dataDir)) return {};
    const url = (path: string) => absoluteUrl(site.baseUrl, path);
    return { lines: url(BUDGET_API_PATH), csv: url(BUDGET_CSV_PATH), schema: url('api/v1/schemas/budget.schema.json'), page: url(ECONOMY_PATH) };
  },

  dcatDatasets(dataDir, site) {
    const budget = readBudget(dataDir);
    // The data's own date, as the results' datasets have it: when the data was last updated.
    const manifest = join(dataDir, 'manifest.json');
    const modified = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as Manifest).dataUpdated : undefined;
    return budget ? [budgetDataset(budget, site, modified)] : [];
  },

  sitemapPages(dataDir) {
    return economyPages(dataDir).map((path) => ({ path }));
  },

  async verify(siteDir, dataDir) {
    const budget = readBudget(dataDir);
    if (!budget) return [];
    const { validateBudget } = await import('../validate/schemas.ts');
    const problems: GateProblem[] = [];
    if (!validateBudget(budget)) problems.push({ file: `${BUDGET_SECTION}/${BUDGET_FILE}`, rule: 'invalid-json', detail: 'does not match budget.schema.json' });
    const api = await readFile(join(siteDir, BUDGET_API_PATH), 'utf8').catch(() => undefined);
    if (api === undefined || !validateBudget(JSON.parse(api))) problems.push({ file: BUDGET_API_PATH, rule: 'missing-file', detail: 'the budget API document is missing or invalid' });
    return problems;
  },
};
