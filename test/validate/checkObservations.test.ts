import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../src/model/types.gen.ts';
import { ProblemList } from '../../src/problems/ProblemList.ts';
import { checkObservations, type ObservationBatch, type ObservationContext } from '../../src/validate/checkObservations.ts';

const indicator: Indicator = {
  id: 'N15428', title: 'Behöriga', unit: '%', decimals: 1, direction: 'higher-is-better', operatingArea: 'Skola',
  attribution: 'kolada', range: { min: 0, max: 100 }, targets: [], analysis: [], related: [], metadata: { file: 'matt.xlsx', sheet: 'Mått', cell: 'A2' },
};

function ctx(): ObservationContext {
  return {
    resolve: (id) => (id === 'N15428' ? 'N15428' : id === 'LOCAL' ? 'N15428' : undefined),
    indicators: new Map([['N15428', indicator]]),
    knownAreas: new Set(['0000', '0182']),
    knownUnits: new Set(['V1']),
    exampleIndicator: 'N15428',
  };
}

function obs(over: Partial<Observation>, cell: string, file = 'a.csv'): Observation {
  return { indicator: 'N15428', area: '0182', period: '2023', gender: 'T', value: 74.1, source: { file, cell }, ...over };
}

const batch = (observations: Observation[], keyCells?: ObservationBatch['keyCells']): ObservationBatch => (keyCells ? { observations, keyCells } : { observations });

describe('checkObservations', () => {
  it('keeps valid observations grouped by indicator and maps local ids', () => {
    const problems = new ProblemList();
    const out = checkObservations([batch([obs({}, 'E2'), obs({ indicator: 'LOCAL', period: '2022' }, 'E3')])], ctx(), problems);
    expect(problems.findings).toEqual([]);
    expect(out.get('N15428')?.map((o) => o.period)).toEqual(['2023', '2022']);
  });

  it('reports the same key with two different values across files, naming both places', () => {
    const problems = new ProblemList();
    const out = checkObservations([batch([obs({}, 'E2', 'a.csv'), obs({ value: 75 }, 'C9', 'b.xlsx')])], ctx(), problems);
    expect(out.get('N15428')).toHaveLength(1);
    expect(problems.findings).toMatchObject([{ code: 'conflicting-value', file: 'b.xlsx', cell: 'C9', value: '75', params: { here: 75, other: 74.1, otherPlace: 'a.csv › E2' } }]);
    expect(problems.errors).toBe(1);
  });

  it('warns about an exact duplicate and publishes it once', () => {
    const problems = new ProblemList();
    const out = checkObservations([batch([obs({}, 'E2'), obs({}, 'E3')])], ctx(), problems);
    expect(out.get('N15428')).toHaveLength(1);
    expect(problems.findings[0].code).toBe('duplicate-row');
    expect(problems.errors).toBe(0);
  });

  it('reports values outside the declared range (a percentage of 140)', () => {
    const problems = new ProblemList();
    checkObservations([batch([obs({ value: 140 }, 'E7')])], ctx(), problems);
    expect(problems.findings).toMatchObject([{ code: 'out-of-range', cell: 'E7', value: '140', params: { min: 0, max: 100 } }]);
  });

  it('reports an unknown indicator once per file, not once per row', () => {
    const problems = new ProblemList();
    checkObservations([batch([obs({ indicator: 'X1' }, 'A2'), obs({ indicator: 'X1', period: '2022' }, 'A3')])], ctx(), problems);
    expect(problems.findings).toMatchObject([{ code: 'unknown-indicator', cell: 'A2', value: 'X1' }]);
  });

  it('names the cells holding an unknown id or code, not the value cells', () => {
    const problems = new ProblemList();
    const keyCells = {
      indicator: new Map([['X1', { file: 'a.csv', cell: 'A5' }]]),
      area: new Map([['0999', { file: 'a.csv', cell: 'B6' }]]),
      unit: new Map([['V9', { file: 'a.csv', cell: 'C7' }]]),
    };
    const { area: _, ...unitObs } = obs({ unit: 'V9' }, 'E7');
    checkObservations([batch([obs({ indicator: 'X1' }, 'E5'), obs({ area: '0999' }, 'E6'), unitObs], keyCells)], ctx(), problems);
    expect(problems.findings.map((f) => [f.code, f.cell])).toEqual([['unknown-indicator', 'A5'], ['unlisted-area', 'B6'], ['unknown-unit', 'C7']]);
  });

  it('warns once about an area without a name and an unknown unit', () => {
    const problems = new ProblemList();
    const { area: _, ...unitObs } = obs({ unit: 'V9' }, 'B2');
    checkObservations([batch([obs({ area: '0999' }, 'B2'), obs({ area: '0999', period: '2020' }, 'B3'), unitObs])], ctx(), problems);
    expect(problems.findings.map((f) => f.code)).toEqual(['unlisted-area', 'unknown-unit']);
    expect(problems.errors).toBe(0);
  });

  it('rejects records that break the schema, e.g. a status beside a number', () => {
    const problems = new ProblemList();
    const out = checkObservations([batch([obs({ status: 'suppressed' }, 'E4')])], ctx(), problems);
    expect(out.size).toBe(0);
    expect(problems.findings[0]).toMatchObject({ code: 'schema-error', cell: 'E4' });
  });
});
