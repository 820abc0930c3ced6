import { describe, expect, it } from 'vitest';
import { catalogue, type ProblemCode } from '../../src/problems/catalogue.ts';
import { formatLocation, formatProblem } from '../../src/problems/formatProblem.ts';
import { ProblemList } from '../../src/problems/ProblemList.ts';

describe('formatProblem', () => {
  it('names file, sheet and cell, the value, what was expected and the fix, in Swedish by default', () => {
    const p = formatProblem({ code: 'type-error', file: 'resultat.xlsx', sheet: 'Blad1', cell: 'C5', columnLabel: 'Värde', value: '12,5 st', params: { hint: ' Ta bort texten ”st”.' } });
    expect(p).toMatchObject({ code: 'type-error', severity: 'error', file: 'resultat.xlsx', sheet: 'Blad1', cell: 'C5', row: 5, column: 'C', value: '12,5 st' });
    expect(p.message).toBe('Värdet ”12,5 st” är inte ett tal. Ta bort texten ”st”.');
    expect(p.expected).toContain('74,5');
    expect(formatLocation(p)).toBe('resultat.xlsx › Blad1 › C5');
  });

  it('says row and column for CSV files, and speaks English on request', () => {
    const p = formatProblem({ code: 'period-format', file: 'a.csv', cell: 'B7', value: '20x4' }, 'en');
    expect(p.message).toBe('"20x4" is not a recognised period.');
    expect(formatLocation(p, 'en')).toBe('a.csv › row 7, column B');
    expect(formatLocation(formatProblem({ code: 'period-format', file: 'a.csv', cell: 'B7', value: '20x4' }))).toBe('a.csv › rad 7, kolumn B');
  });

  it('uses the language-specific variant of a parameter', () => {
    const f = { code: 'schema-error' as const, file: 'site.json', params: { 'detail@sv': 'på svenska', 'detail@en': 'in English' } };
    expect(formatProblem(f, 'sv').message).toBe('på svenska');
    expect(formatProblem(f, 'en').message).toBe('in English');
  });

  it('shortens long values to one line', () => {
    const p = formatProblem({ code: 'type-error', file: 'a.csv', cell: 'A1', value: 'x'.repeat(500) + '\nmore' });
    expect(p.value!.length).toBe(80);
  });

  it('has a Swedish and an English message and fix for every code', () => {
    for (const code of Object.keys(catalogue) as ProblemCode[]) {
      for (const lang of ['sv', 'en'] as const) {
        const p = formatProblem({ code, file: 'f.xlsx', sheet: 'S', cell: 'A1', value: 'v', params: { detail: 'details' } }, lang);
        expect(p.message.length, code).toBeGreaterThan(3);
        expect(p.fix.length, code).toBeGreaterThan(3);
      }
    }
  });
});

describe('ProblemList', () => {
  it('caps findings per code and file and counts the rest', () => {
    const list = new ProblemList(3);
    for (let i = 0; i < 10; i++) list.add({ code: 'type-error', file: 'a.csv', cell: `A${i + 1}` });
    list.add({ code: 'blank-row', file: 'a.csv', cell: 'A20' });
    expect(list.findings).toHaveLength(4);
    expect(list.omitted.get('type-error')).toBe(7);
    expect(list.errors).toBe(10);
    expect(list.warnings).toBe(1);
    expect(list.hasErrors).toBe(true);
  });
});

describe('README error codes', () => {
  it('lists every code as the catalogue has it (run npm run docs:errors after changing the catalogue)', async () => {
    const { readFileSync } = await import('node:fs');
    const { withErrorSection } = await import('../../src/problems/errorCodesMarkdown.ts');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withErrorSection(readme)).toBe(readme);
  });
});

describe('numbers in messages', () => {
  it('are written the reader’s way: 412,5 in Swedish, 412.5 in English', () => {
    const f = { code: 'out-of-range' as const, file: 'a.xlsx', sheet: 'Blad1', cell: 'E2', value: '412.5', params: { number: 412.5, min: 0, max: 100, indicator: 'L1' } };
    expect(formatProblem(f, 'sv').message).toBe('Värdet 412,5 ligger utanför det tillåtna intervallet 0–100 för måttet L1.');
    expect(formatProblem(f, 'en').message).toBe('The value 412.5 is outside the allowed range 0–100 for the indicator L1.');
    expect(formatProblem({ ...f, params: { ...f.params, number: -1234.25 } }, 'sv').message).toContain('Värdet −1\u00a0234,25 ligger');
  });

  it('a conflict shows both values as numbers or the status symbol typed', () => {
    const f = { code: 'conflicting-value' as const, file: 'b.csv', cell: 'E2', value: '0.5', params: { here: 0.5, other: '..', otherPlace: 'a.csv › E2' } };
    expect(formatProblem(f, 'sv').message).toBe('Samma värde anges två gånger med olika innehåll: 0,5 här och .. i a.csv › E2.');
  });

  it('a whole number expected gets a whole-number example', () => {
    const f = { code: 'type-error' as const, file: 'a.csv', cell: 'G2', value: 'många', params: { field: 'n', hint: '' } };
    expect(formatProblem(f, 'sv').expected).toBe('Ett tal, t.ex. 412.');
    expect(formatProblem({ ...f, params: { field: 'value', hint: '' } }, 'sv').expected).toBe('Ett tal, t.ex. 74,5.');
    expect(formatProblem({ ...f, params: { field: 'value', hint: '' } }, 'en').expected).toBe('A number, e.g. 74.5.');
  });
});
