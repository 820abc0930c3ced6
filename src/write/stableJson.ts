/** JSON with object keys sorted at every level: the same data always gives the same bytes. */
export function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** An array with one record per line: compact, deterministic, and diffs read well in git. */
export function stableLines(items: readonly unknown[]): string {
  if (items.length === 0) return '[]\n';
  return '[\n' + items.map((i) => stableStringify(i)).join(',\n') + '\n]\n';
}
