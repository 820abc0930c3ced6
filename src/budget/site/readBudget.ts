import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget } from '../../model/types.gen.ts';
import { dataDir } from '../../site/loadSiteData.ts';

/** The controllers' folder: data/budget/. */
export const BUDGET_FOLDER = 'budget';
/** The section's folder in the written data, and its one file. */
export const BUDGET_SECTION = 'budget';
export const BUDGET_FILE = 'budget.json';

/** The written budget of a data folder, or undefined when the site has none. */
export function readBudget(dir: string): Budget | undefined {
  const file = join(dir, BUDGET_SECTION, BUDGET_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Budget) : undefined;
}

let cache: { dir: string; budget: Budget | undefined } | undefined;

/** The budget the pages render from ($OPPNA_DATA_DIR), read once per build. */
export function loadBudget(): Budget | undefined {
  const dir = dataDir();
  if (cache?.dir !== dir) cache = { dir, budget: readBudget(dir) };
  return cache.budget;
}
