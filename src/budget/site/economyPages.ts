import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { invoiceDataDir } from '../../invoices/section.ts';
import { dataDir } from '../../site/loadSiteData.ts';
import { budgetAreas } from './budgetAreas.ts';
import { BUDGET_FILE, BUDGET_SECTION, readBudget } from './readBudget.ts';
import { budgetAreaPath, ECONOMY_PATH } from '../opendata/budgetPaths.ts';

/** Whether the written data folder has supplier invoices: /ekonomi/ links to their pages then. */
export function invoicesPublished(dir: string = dataDir()): boolean {
  return invoiceDataDir(dir) !== undefined;
}

const published = new Map<string, boolean>();

/** /ekonomi/ exists when there is anything about the finances: a budget, or supplier invoices. Asked by every page's menu: looked up once per folder. */
export function economyPublished(dir: string = dataDir()): boolean {
  let yes = published.get(dir);
  if (yes === undefined) {
    yes = existsSync(join(dir, BUDGET_SECTION, BUDGET_FILE)) || invoicesPublished(dir);
    published.set(dir, yes);
  }
  return yes;
}

/** The finance pages this section renders, from the site root: /ekonomi/ and one per operating area. */
export function economyPages(dir: string): string[] {
  const budget = readBudget(dir);
  if (!economyPublished(dir)) return [];
  return [ECONOMY_PATH, ...(budget ? budgetAreas(budget).map((a) => budgetAreaPath(a.name)) : [])];
}
