import type { Budget, SiteConfig } from '../../model/types.gen.ts';
import type { DcatDatasetSpec } from '../../opendata/dcat/DcatDatasetSpec.ts';
import { dataThemeIri } from '../../opendata/dcat/dataTheme.ts';
import { BUDGET_API_PATH, BUDGET_CSV_PATH, ECONOMY_PATH } from './budgetPaths.ts';

/** The last day of a period: 2024 → 2024-12-31, 2025-08 → 2025-08-31. */
function periodEnd(period: string): string {
  const [y, m] = period.split('-').map(Number);
  if (m === undefined) return `${y}-12-31`;
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(day).padStart(2, '0')}`;
}

/** The budget as one DCAT-AP-SE dataset: the CSV table and the JSON document, on the /ekonomi/ page. */
export function budgetDataset(budget: Budget, site: SiteConfig, modified?: string): DcatDatasetSpec {
  const periods = budget.lines.map((l) => l.period).sort();
  const first = periods[0];
  const last = periods[periods.length - 1];
  return {
    key: 'budget',
    group: { sv: 'Ekonomi', en: 'Finances' },
    title: { sv: `Budget och utfall per verksamhet – ${site.name}`, en: `Budget and outcome per operating area – ${site.name}` },
    description: {
      sv: `Budget, utfall, avvikelse och kostnad per invånare för ${site.name}s verksamheter per år, och uppföljningen av innevarande år per månad. Nettokostnader i kronor, med fil och cell för varje belopp.`,
      en: `Budget, outcome, deviation and cost per resident of ${site.name}'s operating areas per year, and the follow-up of the current year per month. Net costs in kronor, with the file and cell of every amount.`,
    },
    keywords: { sv: ['budget', 'utfall', 'nettokostnad', 'ekonomi', site.name], en: ['budget', 'outcome', 'local government finance'] },
    theme: dataThemeIri('ECON'),
    landingPage: ECONOMY_PATH,
    conformsTo: '/api/v1/schemas/budget.schema.json',
    ...(first !== undefined ? { temporal: { start: `${first.slice(0, 4)}-01-01`, end: periodEnd(last) } } : {}),
    ...(modified !== undefined ? { modified } : {}),
    distributions: [
      { key: 'csv', format: 'CSV', path: BUDGET_CSV_PATH, title: { sv: 'Budget och utfall (CSV)', en: 'Budget and outcome (CSV)' }, description: { sv: 'En rad per verksamhet och period: RFC 4180, UTF-8, kommatecken, decimalpunkt.', en: 'One row per operating area and period: RFC 4180, UTF-8, comma, decimal point.' }, ...(modified !== undefined ? { modified } : {}) },
      { key: 'json', format: 'JSON', path: `/${BUDGET_API_PATH}`, title: { sv: 'Budget och utfall (JSON)', en: 'Budget and outcome (JSON)' }, description: { sv: 'Hela budgeten som JSON enligt budget.schema.json.', en: 'The whole budget as JSON following budget.schema.json.' }, ...(modified !== undefined ? { modified } : {}) },
    ],
  };
}
