import { budgetSlug } from '../budgetSlug.ts';

/** The API document of the budget (the written budget, budget.schema.json), from the site root. */
export const BUDGET_API_PATH = 'api/v1/budget.json';

/** The finance pages' paths, from the site root. */
export const ECONOMY_PATH = '/ekonomi/';
export const budgetAreaPath = (area: string): string => `/ekonomi/verksamheter/${budgetSlug(area)}/`;
/** The open data table of the budget, beside datapackage.json (written by the bulk download). */
export const BUDGET_CSV_PATH = '/oppna-data/budget.csv';
