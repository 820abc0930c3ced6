// Exempelkommun's budget files: labelled as example data, each in the form the README shows, and read
// by the importer with nothing to report — every area in both files, residents from Kolada's N01951.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.ts';
import type { Budget } from '../../src/model/types.gen.ts';
import { BUDGET_AREAS, BUDGET_YEARS, CURRENT_YEAR, FOLLOW_UP_HEADERS, FOLLOW_UP_MONTHS, budgetExampleFiles } from '../../scripts/example-data/budget.ts';
import { fileURLToPath } from 'node:url';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const files = budgetExampleFiles();

describe('the example budget files', () => {
  it('say they are example data, give their unit, and have the layouts the README documents', () => {
    const wb = XLSX.read(files.get('data/budget/driftredovisning.xlsx')!, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Driftredovisning, { header: 1, defval: null });
    expect(String(rows[0][0])).toMatch(/tkr$/);
    expect(String(rows[1][0])).toMatch(/^Exempeldata/);
    expect(rows[3].slice(0, 4)).toEqual(['Nämnd', 'Verksamhet', `Budget ${BUDGET_YEARS[0]}`, `Utfall ${BUDGET_YEARS[0]}`]);
    const csv = files.get('data/budget/manadsuppfoljning-2025.csv')!;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').slice(1).split('\r\n')[0]).toBe(FOLLOW_UP_HEADERS.join(';'));
  });

  it('are read with no finding from data/budget/, a line per area and period, residents for every year with an outcome', async () => {
    // Every registered section: data/ has the others' folders too (the dialogue's …).
    const result = await ingest(DATA);
    expect(result.problems.findings.filter((f) => f.file.startsWith('budget/'))).toEqual([]);
    const budget = result.sections.get('budget') as Budget;
    expect(budget.lines).toHaveLength(BUDGET_AREAS.length * (BUDGET_YEARS.length + 1 + FOLLOW_UP_MONTHS.length));
    expect(budget.population.map((p) => p.year)).toEqual(expect.arrayContaining(BUDGET_YEARS.map(String)));
    expect(budget.lines.filter((l) => l.period === String(CURRENT_YEAR)).every((l) => l.outcome === undefined && l.budget !== undefined)).toBe(true);
  });
});
