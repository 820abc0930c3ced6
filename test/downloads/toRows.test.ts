import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/downloads/toRows.ts';
import { DOWNLOAD_COLUMNS } from '../../src/downloads/columns.ts';
import { areas, sampleIndicator, sampleObservations, units } from './sample.ts';

describe('toRows', () => {
  const rows = toRows(sampleIndicator(), sampleObservations(), areas, units);

  it('makes one row per observation of this indicator only', () => {
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.indicatorId === 'N15428')).toBe(true);
  });

  it('sorts areas before units, then by code, period and gender T, K, M', () => {
    expect(rows.map((r) => `${r.areaCode || r.unitId} ${r.period} ${r.gender}`)).toEqual([
      '0000 2023 T',
      '0000 2024 T',
      '9999 2023 T',
      '9999 2024 T',
      '9999 2024 K',
      '9999 2024 M',
      'V15E999900101 2024 T',
    ]);
  });

  it('gives the same rows whatever the input order', () => {
    const reversed = toRows(sampleIndicator(), sampleObservations().reverse(), areas, units);
    expect(reversed).toEqual(rows);
  });

  it('names areas and units, and spells out status symbols', () => {
    expect(rows[0]).toMatchObject({ name: 'Riket', value: null, statusSymbol: '-', status: 'bortfall', sourceFile: 'riket.csv' });
    expect(rows[6]).toMatchObject({ name: 'Ekskolan', unitId: 'V15E999900101', areaCode: '', statusSymbol: '..' });
    expect(rows[3]).toMatchObject({ value: 74.3, n: 312, preliminary: 'ja', sourceSheet: 'Data', sourceCell: 'C3' });
  });

  it('has stable, unique, ASCII column headers', () => {
    const headers = DOWNLOAD_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers.every((h) => /^[a-z_]+$/.test(h))).toBe(true);
    expect(headers.slice(0, 8)).toEqual(['matt_id', 'matt', 'omradeskod', 'enhets_id', 'namn', 'period', 'kon', 'varde']);
  });
});
