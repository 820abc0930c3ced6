import { sortKeys } from '../../downloads/toJson.ts';

/**
 * The one JSON serialisation of the open data (API, bulk zip): keys sorted at every level,
 * two-space indent, a final newline — so the same data always gives the same bytes and a
 * diff between two releases shows only what changed.
 */
export function apiJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * apiJson's bytes, built item by item for arrays: the same text as
 * JSON.stringify(value, null, 2), but no single string holds millions of records.
 */
export function apiJsonBytes(value: unknown): Uint8Array {
  if (!Array.isArray(value) || value.length === 0) return new TextEncoder().encode(apiJson(value));
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [encoder.encode('[\n')];
  for (let i = 0; i < value.length; i += 10_000) {
    const part = value.slice(i, i + 10_000).map((item, j) => `  ${JSON.stringify(sortKeys(item), null, 2).replace(/\n/g, '\n  ')}${i + j < value.length - 1 ? ',' : ''}\n`);
    chunks.push(encoder.encode(part.join('')));
  }
  chunks.push(encoder.encode(']\n'));
  return Buffer.concat(chunks);
}
