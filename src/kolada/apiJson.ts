// Kolada's answers as files: the API's own JSON ({"count":N,"values":[…]}, each value object as
// Kolada sent it), in a fixed order with one value per line, so that a fetch that changed nothing
// writes the same bytes and a git diff shows exactly the figures Kolada changed.

type Entry = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
/** Data values by area or unit, then period; metadata (KPIs, units) by id. */
const sortKey = (e: Entry) => `${text(e.municipality ?? e.ou ?? e.id)}\u0000${text(e.period).padStart(8, '0')}`;

export function apiJson(values: readonly unknown[]): string {
  const entries = values.map((v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const e = v as Entry;
    // The genders of one value in one order (Kolada does not promise any).
    if (!Array.isArray(e.values)) return e;
    return { ...e, values: [...e.values].sort((a, b) => (text((a as Entry)?.gender) < text((b as Entry)?.gender) ? -1 : 1)) };
  });
  entries.sort((a, b) => {
    const x = typeof a === 'object' && a !== null ? sortKey(a as Entry) : '';
    const y = typeof b === 'object' && b !== null ? sortKey(b as Entry) : '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  if (entries.length === 0) return '{"count":0,"values":[]}\n';
  return `{"count":${entries.length},"values":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

/** One figure per area or unit, period and gender → "value|status", from a data file's text. */
export function figures(json: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (json === undefined) return out;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return out;
  }
  const values = (data as { values?: unknown })?.values;
  if (!Array.isArray(values)) return out;
  for (const item of values as Entry[]) {
    if (typeof item !== 'object' || item === null || !Array.isArray(item.values)) continue;
    const where = text(item.municipality ?? item.ou);
    for (const v of item.values as Entry[]) {
      if (typeof v !== 'object' || v === null) continue;
      out.set(`${where}\t${text(item.period)}\t${text(v.gender)}`, `${v.value === null || v.value === undefined ? '' : String(v.value)}|${text(v.status)}`);
    }
  }
  return out;
}
