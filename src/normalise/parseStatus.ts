import type { Observation } from '../model/types.gen.ts';

export type Status = NonNullable<Observation['status']>;

/**
 * The Swedish status symbols (- bortfall, . ej tillämpligt, .. sekretess) and
 * Kolada's API statuses. undefined: the text is not a status (a number, or
 * Kolada's "" for a normal value).
 */
export function parseStatus(text: string): Status | undefined {
  const s = text.trim();
  switch (s) {
    case '-':
    case '–':
    case '−':
      return 'missing';
    case '.':
      return 'not-applicable';
    case '..':
    case '…':
      return 'suppressed';
  }
  switch (s.toLowerCase()) {
    case 'missing':
    case 'bortfall':
      return 'missing';
    case 'not applicable':
    case 'not-applicable':
    case 'ej tillämpligt':
      return 'not-applicable';
    case 'suppressed':
    case 'sekretess':
    case 'för få svar':
      return 'suppressed';
  }
  return undefined;
}
