/**
 * The example budget/outcome files of Exempelkommun (data/budget/), made up like everything in data/:
 *
 * - driftredovisning.xlsx: the yearly operating statement ("driftredovisning") per operating area, as a
 *   finance department puts it in its annual report: a title naming the unit (tkr), one row per area
 *   with its committee, a Budget and an Utfall column per year (the wide layout), a Summa row and a
 *   source note under the table.
 * - manadsuppfoljning-2025.csv: the monthly follow-up of the current year as Excel saves "CSV UTF-8"
 *   (BOM, semicolons, CRLF): one row per area and month (the rows layout), accumulated budget and
 *   outcome, the annual budget and the forecast for the year, the unit in each header.
 *
 * Amounts are in tkr and set by hand-written rules (growth and deviations per area), so the figures
 * are plausible for a municipality of about 64 000 residents and deterministic.
 */
import * as XLSX from '@e965/xlsx';

export const BUDGET_YEARS = [2020, 2021, 2022, 2023, 2024] as const;
/** The year with a budget and a monthly follow-up but no outcome yet. */
export const CURRENT_YEAR = 2025;
export const FOLLOW_UP_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

const UTB = 'Utbildningsnämnden';
const SOC = 'Socialnämnden';

export interface BudgetAreaSpec {
  name: string;
  committee: string;
  /** Budget 2020, tkr. */
  budget2020: number;
  /** Yearly growth of the budget. */
  growth: number;
  /** Outcome against budget per year of BUDGET_YEARS, percent (positive: cost more than budgeted). */
  deviation: readonly number[];
  /** The current year's outcome so far against its budget so far, percent, and the forecast against the annual budget. */
  current: { soFar: number; forecast: number };
}

/** The areas: named as the indicator catalogue names its operating areas where there are results, so the pages link. */
export const BUDGET_AREAS: readonly BudgetAreaSpec[] = [
  { name: 'Förskola', committee: UTB, budget2020: 352_000, growth: 0.029, deviation: [-0.8, 1.2, 0.4, -1.5, 0.6], current: { soFar: -0.4, forecast: -0.3 } },
  { name: 'Grundskola', committee: UTB, budget2020: 712_000, growth: 0.031, deviation: [0.9, 2.1, 1.7, 0.5, 1.4], current: { soFar: 1.9, forecast: 1.2 } },
  { name: 'Gymnasieskola', committee: UTB, budget2020: 268_000, growth: 0.034, deviation: [-1.9, -0.6, 0.8, 1.1, -0.7], current: { soFar: 0.3, forecast: 0.2 } },
  { name: 'Äldreomsorg', committee: SOC, budget2020: 655_000, growth: 0.038, deviation: [2.4, 3.1, 1.2, 0.4, -0.9], current: { soFar: 2.2, forecast: 1.6 } },
  { name: 'Socialtjänst', committee: SOC, budget2020: 221_000, growth: 0.033, deviation: [4.1, -2.3, -3.0, 1.8, 2.9], current: { soFar: 3.4, forecast: 2.5 } },
  { name: 'Miljö och klimat', committee: 'Miljö- och samhällsbyggnadsnämnden', budget2020: 31_400, growth: 0.045, deviation: [-3.2, -1.1, 0.0, -2.4, -1.6], current: { soFar: -4.1, forecast: -2.0 } },
  { name: 'Kultur och fritid', committee: 'Kultur- och fritidsnämnden', budget2020: 128_500, growth: 0.027, deviation: [-6.8, -4.4, 0.9, 0.2, -0.5], current: { soFar: -1.2, forecast: -0.6 } },
  { name: 'Kommunledning', committee: 'Kommunstyrelsen', budget2020: 171_000, growth: 0.025, deviation: [-1.4, 0.3, -0.8, -2.1, -0.4], current: { soFar: -2.6, forecast: -1.1 } },
];

const round = (x: number, step: number) => Math.round(x / step) * step;

/** The budget of a year, tkr, in whole hundreds as councils decide them. */
export function budgetOf(area: BudgetAreaSpec, year: number): number {
  return round(area.budget2020 * (1 + area.growth) ** (year - 2020), 100);
}

/** The outcome of a year of BUDGET_YEARS, tkr. */
export function outcomeOf(area: BudgetAreaSpec, year: number): number {
  return Math.round(budgetOf(area, year) * (1 + area.deviation[BUDGET_YEARS.indexOf(year as (typeof BUDGET_YEARS)[number])] / 100));
}

/** The current year's figures up to and including a month, tkr: the deviation grows into the year. */
export function followUpOf(area: BudgetAreaSpec, month: number): { budget: number; outcome: number; annualBudget: number; forecast: number } {
  const annualBudget = budgetOf(area, CURRENT_YEAR);
  const budget = Math.round((annualBudget * month) / 12);
  const outcome = Math.round(budget * (1 + (area.current.soFar * (0.5 + month / 16)) / 100));
  const forecast = round(annualBudget * (1 + area.current.forecast / 100), 100);
  return { budget, outcome, annualBudget, forecast };
}

const WORKBOOK_DATE = new Date(Date.UTC(2025, 8, 15));
const TKR_FORMAT = '#,##0';

function amountCell(value: number): XLSX.CellObject {
  return { t: 'n', v: value, z: TKR_FORMAT };
}

/** The yearly statement in the wide layout. */
function statementWorkbook(): Buffer {
  const header = ['Nämnd', 'Verksamhet', ...BUDGET_YEARS.flatMap((y) => [`Budget ${y}`, `Utfall ${y}`]), `Budget ${CURRENT_YEAR}`];
  const rows: (string | XLSX.CellObject | null)[][] = [
    [`Driftredovisning per verksamhet ${BUDGET_YEARS[0]}–${CURRENT_YEAR}, tkr`],
    ['Exempeldata: alla belopp är påhittade och visar bara hur en driftredovisning kan se ut.'],
    [],
    header,
  ];
  for (const area of BUDGET_AREAS) {
    rows.push([area.committee, area.name, ...BUDGET_YEARS.flatMap((y) => [amountCell(budgetOf(area, y)), amountCell(outcomeOf(area, y))]), amountCell(budgetOf(area, CURRENT_YEAR))]);
  }
  const sum = (f: (a: BudgetAreaSpec) => number) => amountCell(BUDGET_AREAS.reduce((total, a) => total + f(a), 0));
  rows.push(['Summa', null, ...BUDGET_YEARS.flatMap((y) => [sum((a) => budgetOf(a, y)), sum((a) => outcomeOf(a, y))]), sum((a) => budgetOf(a, CURRENT_YEAR))]);
  rows.push([]);
  rows.push([`Källa: Exempelkommuns ekonomisystem, bokslut ${BUDGET_YEARS[0]}–${BUDGET_YEARS[BUDGET_YEARS.length - 1]} och budget ${CURRENT_YEAR} enligt kommunfullmäktiges beslut.`]);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = [{ wch: 34 }, { wch: 20 }, ...header.slice(2).map(() => ({ wch: 12 }))];
  const wb = XLSX.utils.book_new();
  wb.Props = { Title: 'Driftredovisning', Subject: 'Exempeldata för Öppna resultat', Author: 'Exempelkommun (påhittad)', Company: 'Exempelkommun', CreatedDate: WORKBOOK_DATE, ModifiedDate: WORKBOOK_DATE };
  XLSX.utils.book_append_sheet(wb, ws, 'Driftredovisning');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** Thousands grouped by a space, as Swedish Excel writes a number formatted "# ##0" to CSV. */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export const FOLLOW_UP_HEADERS = ['Verksamhet', 'Nämnd', 'Period', 'Budget ack (tkr)', 'Utfall ack (tkr)', 'Årsbudget (tkr)', 'Prognos helår (tkr)'] as const;

/** The monthly follow-up in the rows layout. */
function followUpCsv(): Buffer {
  const lines: string[][] = [[...FOLLOW_UP_HEADERS]];
  for (const area of BUDGET_AREAS) {
    for (const month of FOLLOW_UP_MONTHS) {
      const f = followUpOf(area, month);
      lines.push([area.name, area.committee, `${CURRENT_YEAR}-${String(month).padStart(2, '0')}`, grouped(f.budget), grouped(f.outcome), grouped(f.annualBudget), grouped(f.forecast)]);
    }
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.map((l) => l.join(';')).join('\r\n') + '\r\n', 'utf8')]);
}

/** The example budget files, by path relative to the repository root. */
export function budgetExampleFiles(): Map<string, Buffer> {
  return new Map([
    ['data/budget/driftredovisning.xlsx', statementWorkbook()],
    ['data/budget/manadsuppfoljning-2025.csv', followUpCsv()],
  ]);
}
