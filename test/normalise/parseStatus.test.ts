import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../src/normalise/parseStatus.ts';

describe('parseStatus', () => {
  it.each([
    ['-', 'missing'],
    ['–', 'missing'],
    [' - ', 'missing'],
    ['.', 'not-applicable'],
    ['..', 'suppressed'],
    ['Missing', 'missing'],
    ['missing', 'missing'],
  ])('%j → %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each(['', '0', '12', '...', 'x', 'n/a', '—'])('%j is not a status', (text) => {
    expect(parseStatus(text)).toBeUndefined();
  });
});
