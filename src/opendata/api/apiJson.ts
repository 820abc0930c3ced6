import { stableStringify } from '../../write/stableJson.ts';

/**
 * The one JSON serialisation of the open data (API, bulk zip): keys sorted at every level,
 * two-space indent, a final newline — so the same data always gives the same bytes and a
 * diff between two releases shows only what changed.
 */
export function apiJson(value: unknown): string {
  return `${stableStringify(value, 2)}\n`;
}

/**
 * apiJson's text for an array, item by item: the same text as apiJson(items), but
 * no single string holds millions of records, and the items can be produced lazily.
 */
export function* jsonArrayChunks(items: Iterable<unknown>): Generator<string> {
  let text = '';
  let first = true;
  for (const item of items) {
    text += `${first ? '[\n' : ',\n'}  ${jsonArrayItem(item)}`;
    first = false;
    // About a megabyte per chunk: few writes, and far below V8's string limit.
    if (text.length > 1 << 20) {
      yield text;
      text = '';
    }
  }
  yield text + (first ? '[]\n' : '\n]\n');
}

/** One item of apiJson's text for an array, as it stands there (two spaces in, no separator). */
export function jsonArrayItem(item: unknown): string {
  return stableStringify(item, 2).replace(/\n/g, '\n  ');
}

/** Between two items of apiJson's text for an array. */
export const JSON_ITEM_SEPARATOR = ',\n  ';
