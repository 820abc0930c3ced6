// The UI dictionaries (src/i18n/sv.json, en.json) as flat maps of dotted key → text, for the tests
// that compare them or look for their texts on built pages.
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };

export type Dict = { [k: string]: string | Dict };

export function leaves(d: Dict, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(d)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

export const DICTIONARIES = { sv: sv as Dict, en: en as Dict };
