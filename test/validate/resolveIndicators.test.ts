import { describe, expect, it } from 'vitest';
import type { IndicatorDraft, KoladaKpi } from '../../src/normalise/Normalised.ts';
import { resolveIndicators, unitFromKoladaTitle } from '../../src/validate/resolveIndicators.ts';

const kpi = (id: string, title: string): KoladaKpi => ({
  id, title, description: `Om ${id}`, operatingArea: 'Grundskola', genderSplit: true, hasUnitData: false, source: { file: 'kpi.csv', cell: 'A2' },
});
const draft = (d: Partial<IndicatorDraft> & { id: string }): IndicatorDraft => ({ metadata: { file: 'matt.xlsx', sheet: 'Mått', cell: `A${d.id.length}` }, ...d });

describe('resolveIndicators', () => {
  it('maps a Kolada id in the data to the local indicator that names it, and fills gaps from Kolada', () => {
    const r = resolveIndicators([draft({ id: 'skola-1', title: 'Behöriga elever', koladaId: 'N15428', unit: '%' })], [kpi('N15428', 'Elever behöriga, andel (%)')], [], [], new Set(['N15428']));
    expect(r.resolve('N15428')).toBe('skola-1');
    const ind = r.byId.get('skola-1')!;
    expect(ind).toMatchObject({ title: 'Behöriga elever', description: 'Om N15428', operatingArea: 'Grundskola', attribution: 'kolada', decimals: 1 });
    expect(r.byId.has('N15428')).toBe(false);
    expect(r.findings).toEqual([]);
  });

  it('publishes a Kolada KPI without a local row only when there is data for it', () => {
    const r = resolveIndicators([], [kpi('N00901', 'Skattesats till kommun (%)'), kpi('N99999', 'Oanvänt')], [], [], new Set(['N00901']));
    expect([...r.byId.keys()]).toEqual(['N00901']);
    expect(r.byId.get('N00901')).toMatchObject({ unit: '%', attribution: 'kolada', source: 'Kolada', direction: 'neutral' });
  });

  it('attaches target and analysis rows, sorted, and reports rows for unknown indicators', () => {
    const r = resolveIndicators(
      [draft({ id: 'L1', title: 'Lokalt', unit: 'antal' })],
      [],
      [
        { indicator: 'L1', indicatorSource: { file: 'm.xlsx', sheet: 'Mål', cell: 'A3' }, value: 90, year: 2030, source: { file: 'm.xlsx', sheet: 'Mål', cell: 'B3' } },
        { indicator: 'L1', indicatorSource: { file: 'm.xlsx', sheet: 'Mål', cell: 'A2' }, value: 80, year: 2026, decision: 'KF 2024-06-10 § 5', source: { file: 'm.xlsx', sheet: 'Mål', cell: 'B2' } },
        { indicator: 'NOPE', indicatorSource: { file: 'm.xlsx', sheet: 'Mål', cell: 'A4' }, value: 1, year: 2026, source: { file: 'm.xlsx', sheet: 'Mål', cell: 'B4' } },
      ],
      [{ indicator: 'L1', indicatorSource: { file: 'm.xlsx', sheet: 'Analys', cell: 'A2' }, period: '2024', interpretation: 'Bättre.', source: { file: 'm.xlsx', sheet: 'Analys', cell: 'C2' } }],
      new Set(),
    );
    expect(r.byId.get('L1')!.targets.map((t) => t.year)).toEqual([2026, 2030]);
    // The published analysis row carries its text's provenance only.
    expect(r.byId.get('L1')!.analysis).toEqual([{ period: '2024', interpretation: 'Bättre.', source: { file: 'm.xlsx', sheet: 'Analys', cell: 'C2' } }]);
    // Reported at the cell holding the unknown id, not at the target value.
    expect(r.findings).toMatchObject([{ code: 'unknown-indicator', sheet: 'Mål', cell: 'A4', value: 'NOPE' }]);
  });

  it('reports an indicator described twice', () => {
    const r = resolveIndicators([draft({ id: 'L1', title: 'A', unit: 'kr' }), { ...draft({ id: 'L1', title: 'B', unit: 'kr' }), metadata: { file: 'b.csv', cell: 'A5' } }], [], [], [], new Set());
    expect(r.findings).toMatchObject([{ code: 'duplicate-indicator', file: 'b.csv', cell: 'A5', params: { otherPlace: 'matt.xlsx › Mått › A2' } }]);
  });

  it('guesses the unit of a Kolada KPI from its title', () => {
    expect(unitFromKoladaTitle('Sjukfrånvaro totalt bland anställda, kommun, andel (%)')).toBe('%');
    expect(unitFromKoladaTitle('Kostnad grundskola F-9, kr/inv')).toBe('kr/inv');
    expect(unitFromKoladaTitle('Invånare totalt, antal')).toBe('antal');
  });
});
