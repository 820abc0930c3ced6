import { RECORDS_PER_PIECE } from './textPieces.ts';

/** A copy with object keys sorted at every level (undefined members left out; an own "__proto__" kept as a member). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  // What JSON.stringify would write of it (a Date's text).
  if (typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function') return sortKeys((value as { toJSON(): unknown }).toJSON());
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * Whether every object in a JSON value lists its keys in ascending order (as `<` compares them),
 * none of them "__proto__". Then they are in the order a sorted copy has too: an object lists
 * its array-index keys first, by number, and ascending by `<` those are in that order as well.
 */
function keysInOrder(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (!keysInOrder(item)) return false;
  } else if (value !== null && typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false; // its JSON is another value's
    let previous: string | undefined;
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || (previous !== undefined && !(previous < key))) return false;
      if (!keysInOrder((value as Record<string, unknown>)[key])) return false;
      previous = key;
    }
  }
  return true;
}

/**
 * JSON with object keys sorted at every level (as in a copy made with sorted keys, where keys
 * like "2" and "10" still come first, by number): the same data always gives the same bytes.
 * A value whose keys are in order already is written as it is; another through a sorted copy.
 * (JSON.stringify's key list, which spares the copy, was as fast on an indicator's
 * observations whole and 2.6× slower item by item, as the bulk JSON and the written
 * observations are; a value in order is 1.5× and 3.9× faster than through the list.)
 */
export function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(keysInOrder(value) ? value : sortKeys(value), null, indent);
}

/** An array with one record per line: compact, deterministic, and diffs read well in git. */
export function stableLines(items: readonly unknown[]): string {
  if (items.length === 0) return '[]\n';
  return '[\n' + items.map((i) => stableStringify(i)).join(',\n') + '\n]\n';
}

/**
 * The items of a JSON array as stableStringify(items, 2) writes them, without the brackets, in
 * pieces of `perPiece` items (src/write/textPieces.ts): joined, each item's stableStringify(item, 2)
 * indented by two spaces, with `,\n  ` between them.
 */
export function stableItemPieces(items: readonly unknown[], perPiece = RECORDS_PER_PIECE): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < items.length; i += perPiece) {
    if (i > 0) pieces.push(',\n  ');
    // Less the '[\n  ' before the first item and the '\n]' after the last.
    pieces.push(stableStringify(items.slice(i, i + perPiece), 2).slice(4, -2));
  }
  return pieces;
}
