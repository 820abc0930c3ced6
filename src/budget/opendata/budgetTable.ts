// budget.csv / budget.json in the bulk download (and beside datapackage.json on the site):
// one row per operating area and period, the amounts in kronor, the deviation and the cost per
// resident computed as the pages compute them, and where every amount came from.
import type { Budget, Provenance } from '../../model/types.gen.ts';
import type { BulkResource } from '../../opendata/bulk/bulkResources.ts';
import { toCsvTable, type TableColumn } from '../../opendata/bulk/csvTable.ts';
import { describePlace } from '../../validate/place.ts';
import { lineFigures, residentsByYear, type LineFigures } from '../figures/lineFigures.ts';

const round = (value: number | undefined, decimals: number): number | null =>
  value === undefined ? null : Math.round(value * 10 ** decimals) / 10 ** decimals || 0;
const place = (source: Provenance | undefined): string | null => (source ? describePlace(source) : null);

const PERIOD = '^[0-9]{4}(-(0[1-9]|1[0-2]))?$';

export const BUDGET_COLUMNS: readonly TableColumn<LineFigures>[] = [
  { name: 'verksamhet', type: 'string', description: 'Verksamheten (verksamhetsområdet) som källan namnger den.', descriptionEn: 'The operating area, as the source names it.', constraints: { required: true }, value: (f) => f.line.area },
  { name: 'namnd', type: 'string', description: 'Ansvarig nämnd eller förvaltning, när källan anger den.', descriptionEn: 'The committee or administration responsible, when the source gives it.', value: (f) => f.line.committee ?? null },
  { name: 'period', type: 'string', description: 'År (2024), eller månad (2024-08) för beloppen januari till och med den månaden.', descriptionEn: 'Year (2024), or month (2024-08) for the amounts from January up to and including that month.', constraints: { required: true, pattern: PERIOD }, value: (f) => f.line.period },
  { name: 'budget_kr', type: 'number', description: 'Budgeterad nettokostnad för perioden, kronor.', descriptionEn: 'Budgeted net cost for the period, kronor.', value: (f) => f.line.budget ?? null },
  { name: 'utfall_kr', type: 'number', description: 'Nettokostnad (utfall) för perioden, kronor.', descriptionEn: 'Net cost (outcome) for the period, kronor.', value: (f) => f.line.outcome ?? null },
  { name: 'avvikelse_kr', type: 'number', description: 'Budget minus utfall, kronor: positiv när verksamheten kostade mindre än budgeterat.', descriptionEn: 'Budget minus outcome, kronor: positive when the area cost less than budgeted.', value: (f) => round(f.deviation, 2) },
  { name: 'avvikelse_procent', type: 'number', description: 'Avvikelsen i procent av budgeten.', descriptionEn: 'The deviation as a percentage of the budget.', value: (f) => round(f.deviationPercent, 2) },
  { name: 'arsbudget_kr', type: 'number', description: 'För en månad: hela årets budget, kronor.', descriptionEn: 'For a month: the whole year\'s budget, kronor.', value: (f) => f.line.annualBudget ?? null },
  { name: 'prognos_kr', type: 'number', description: 'För en månad: prognosen för hela årets nettokostnad, kronor.', descriptionEn: 'For a month: the forecast of the whole year\'s net cost, kronor.', value: (f) => f.line.forecast ?? null },
  { name: 'invanare', type: 'integer', description: 'Kommunens invånare det året (för ett år).', descriptionEn: 'The municipality\'s residents that year (for a year).', value: (f) => f.residents ?? null },
  { name: 'utfall_kr_per_invanare', type: 'number', description: 'Utfallet delat med antalet invånare, kronor.', descriptionEn: 'The outcome divided by the number of residents, kronor.', value: (f) => round(f.outcomePerResident, 2) },
  { name: 'kalla_budget', type: 'string', description: 'Filen, bladet och cellen budgeten lästes från.', descriptionEn: 'The file, sheet and cell the budget was read from.', value: (f) => place(f.line.sources.budget) },
  { name: 'kalla_utfall', type: 'string', description: 'Filen, bladet och cellen utfallet lästes från.', descriptionEn: 'The file, sheet and cell the outcome was read from.', value: (f) => place(f.line.sources.outcome) },
  { name: 'kalla_arsbudget', type: 'string', description: 'Filen, bladet och cellen årsbudgeten lästes från.', descriptionEn: 'The file, sheet and cell the annual budget was read from.', value: (f) => place(f.line.sources.annualBudget) },
  { name: 'kalla_prognos', type: 'string', description: 'Filen, bladet och cellen prognosen lästes från.', descriptionEn: 'The file, sheet and cell the forecast was read from.', value: (f) => place(f.line.sources.forecast) },
];

/** Every line with its figures, in the budget's order (area, then period). */
export function budgetRows(budget: Budget): LineFigures[] {
  const residents = residentsByYear(budget);
  return budget.lines.map((line) => lineFigures(line, residents));
}

/** The bulk download's budget table, for a written data folder that has a budget. */
export function budgetResource(budget: Budget): BulkResource {
  return {
    name: 'budget',
    csv: 'budget.csv',
    json: 'budget.json',
    title: 'Budget och utfall per verksamhet',
    titleEn: 'Budget and outcome per operating area',
    description: 'En rad per verksamhet och period (år, eller månad för beloppen hittills under året): budget, utfall, avvikelse och kostnad per invånare, i kronor. En rad identifieras av verksamhet och period.',
    descriptionEn: 'One row per operating area and period (year, or month for the amounts so far that year): budget, outcome, deviation and cost per resident, in kronor. A row is identified by verksamhet and period.',
    jsonShape: 'budget.schema.json (lines)',
    columns: BUDGET_COLUMNS as unknown as readonly TableColumn<never>[],
    csvText: () => [toCsvTable(BUDGET_COLUMNS, budgetRows(budget))],
    items: () => budget.lines,
  };
}
