import { describe, expect, it } from 'vitest';
import { parsePeriod, parsePeriodText } from '../../src/normalise/parsePeriod.ts';

describe('parsePeriodText', () => {
  it.each([
    ['2024', '2024'],
    [' 2024 ', '2024'],
    ['2023/24', '2023/24'],
    ['2023/2024', '2023/24'],
    ['läsår 2023/24', '2023/24'],
    ['Läsår 2023/2024', '2023/24'],
    ['lå 23/24', '2023/24'],
    ['1999/00', '1999/00'],
    ['1999/2000', '1999/00'],
    ['2024H1', '2024H1'],
    ['2024 H2', '2024H2'],
    ['H1 2024', '2024H1'],
    ['2024 halvår 1', '2024H1'],
    ['2024-H1', '2024H1'],
    ['2024Q1', '2024Q1'],
    ['2024 Q3', '2024Q3'],
    ['Q1 2024', '2024Q1'],
    ['2024 K1', '2024Q1'],
    ['2024 kv1', '2024Q1'],
    ['2024 kvartal 4', '2024Q4'],
    ['2024-03', '2024-03'],
    ['2024M03', '2024-03'],
    ['2024-3', '2024-03'],
    ['mars 2024', '2024-03'],
    ['Mars 2024', '2024-03'],
    ['2024 mars', '2024-03'],
    ['dec 2024', '2024-12'],
    ['1900', '1900'],
    ['2100', '2100'],
  ])('%j → %s', (text, period) => {
    expect(parsePeriodText(text)).toBe(period);
  });

  it.each(['', '1899', '2101', '24', '2023/25', '2023/22', '2024H3', '2024Q5', '2024-13', '2024-00', 'marsipan 2024', 'år 2024?', '2024-03-01', 'abc', '20245'])(
    '%j is not a period',
    (text) => {
      expect(parsePeriodText(text)).toBeUndefined();
    },
  );
});

describe('parsePeriod (cells)', () => {
  it('reads a numeric year', () => {
    expect(parsePeriod({ t: 'n', v: 2024 })).toBe('2024');
    expect(parsePeriod({ t: 'n', v: 2024, w: '2024', z: 'General' })).toBe('2024');
  });

  it('rejects non-year numbers', () => {
    expect(parsePeriod({ t: 'n', v: 2024.5 })).toBeUndefined();
    expect(parsePeriod({ t: 'n', v: 1850 })).toBeUndefined();
    expect(parsePeriod(null)).toBeUndefined();
    expect(parsePeriod({ t: 'e', w: '#N/A' })).toBeUndefined();
    expect(parsePeriod({ t: 'b', v: true })).toBeUndefined();
  });

  it('reads a date cell as the month of its calendar date, from the serial (no time zone)', () => {
    // 45352 is 2024-03-01 in the 1900 system; with a time of day just before midnight it is still March.
    expect(parsePeriod({ t: 'n', v: 45352, z: 'yyyy-mm-dd' })).toBe('2024-03');
    expect(parsePeriod({ t: 'n', v: 45382.999, z: 'yyyy-mm-dd hh:mm' })).toBe('2024-03');
    expect(parsePeriod({ t: 'n', v: 45352, z: 'mmm yyyy' })).toBe('2024-03');
  });

  it('honours the 1904 date system', () => {
    // The same calendar date is 1462 days lower in the 1904 system.
    expect(parsePeriod({ t: 'n', v: 45352 - 1462, z: 'yyyy-mm-dd' }, true)).toBe('2024-03');
    expect(parsePeriod({ t: 'n', v: 45352 - 1462, z: 'yyyy-mm-dd' }, false)).toBe('2020-02');
  });
});
