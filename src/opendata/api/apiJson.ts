import { sortKeys } from '../../downloads/toJson.ts';

/**
 * The one JSON serialisation of the open data (API, bulk zip): keys sorted at every level,
 * two-space indent, a final newline — so the same data always gives the same bytes and a
 * diff between two releases shows only what changed.
 */
export function apiJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
