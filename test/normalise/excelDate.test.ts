import { describe, expect, it } from 'vitest';
import { excelDate } from '../../src/normalise/excelDate.ts';

describe('excelDate', () => {
  it.each([
    [45747, false, '2025-03-31'],
    [45747.99, false, '2025-03-31'],
    [45747 - 1462, true, '2025-03-31'],
    [61, false, '1900-03-01'],
  ])('serial %d (1904: %s) → %s', (v, date1904, expected) => {
    expect(excelDate({ t: 'n', v, z: 'yyyy-mm-dd' }, date1904)).toBe(expected);
  });

  it.each([
    ['2025-03-31', '2025-03-31'],
    [' 2025-3-1 ', '2025-03-01'],
    ['2024-02-29', '2024-02-29'],
  ])('text %j → %s', (text, expected) => {
    expect(excelDate(text)).toBe(expected);
  });

  it.each(['31/3/2025', '3/4/2025', '2025-02-29', '2025-13-01', '2025-04-31', 'mars 2025', '', 'igår'])('rejects %j', (text) => {
    expect(excelDate(text)).toBeUndefined();
  });

  it('rejects cells that are not dates', () => {
    expect(excelDate(null)).toBeUndefined();
    expect(excelDate({ t: 'n', v: -1 })).toBeUndefined();
    expect(excelDate({ t: 'e', w: '#VALUE!' })).toBeUndefined();
    expect(excelDate({ t: 'b', v: true })).toBeUndefined();
  });
});
