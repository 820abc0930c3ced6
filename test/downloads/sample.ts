import type { Area, Indicator, Observation, Unit } from '../../src/model/types.gen.ts';

/** A small indicator with every kind of observation the downloads must carry. */
export function sampleIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'N15428',
    title: 'Elever i åk 9 som är behöriga till yrkesprogram, andel (%)',
    description: 'Andelen elever som har de betyg som krävs.',
    definition: 'Behöriga elever delat med alla elever i årskurs 9.',
    unit: '%',
    decimals: 1,
    direction: 'higher-is-better',
    operatingArea: 'Utbildning',
    source: 'Skolverket via Kolada',
    attribution: 'kolada',
    targets: [{ value: 90, year: 2026 }],
    lastUpdated: '2026-09-15',
    analysis: [],
    related: [],
    metadata: { file: 'indikatorer.xlsx', sheet: 'Mått', cell: 'A2' },
    ...overrides,
  };
}

export const areas: Area[] = [
  { code: '0000', name: 'Riket', type: 'country' },
  { code: '9999', name: 'Exempelkommun', type: 'municipality' },
];

export const units: Unit[] = [{ id: 'V15E999900101', name: 'Ekskolan', type: 'grundskola', operator: 'municipal' }];

/** Observations deliberately out of order, with a null + status, a negative, n, note, preliminary. */
export function sampleObservations(id = 'N15428'): Observation[] {
  const src = (cell: string) => ({ file: 'resultat.xlsx', sheet: 'Data', cell });
  return [
    { indicator: id, unit: 'V15E999900101', period: '2024', gender: 'T', value: null, status: 'suppressed', source: src('C9') },
    { indicator: id, area: '9999', period: '2024', gender: 'T', value: 74.3, n: 312, preliminary: true, source: src('C3') },
    { indicator: id, area: '9999', period: '2023', gender: 'T', value: 71.25, note: 'Nytt betygssystem', source: src('C2') },
    { indicator: id, area: '9999', period: '2024', gender: 'K', value: 78.1, source: src('C4') },
    { indicator: id, area: '9999', period: '2024', gender: 'M', value: -5, source: src('C5') },
    { indicator: id, area: '0000', period: '2024', gender: 'T', value: 1234567.5, source: src('C6') },
    { indicator: id, area: '0000', period: '2023', gender: 'T', value: null, status: 'missing', source: { file: 'riket.csv' } },
    { indicator: 'OTHER', area: '0000', period: '2023', gender: 'T', value: 1, source: { file: 'x.csv' } },
  ];
}
