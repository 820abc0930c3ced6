// Sweden's municipalities and regions (src/setup/municipalities.json, made by
// scripts/make-municipality-list.ts), looked up by code or by name.
import list from './municipalities.json' with { type: 'json' };

export interface Municipality {
  code: string;
  name: string;
  /** The region (län) as Kolada writes it: 0001–0025. */
  region: string;
}
export interface Region {
  code: string;
  name: string;
}

export const MUNICIPALITIES: readonly Municipality[] = list.municipalities;
export const REGIONS: readonly Region[] = list.regions;
export const COUNTRY = { code: '0000', name: 'Riket' } as const;

const key = (name: string) =>
  name
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/\s+(kommun|stad|municipality)$/u, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
const byName = new Map(MUNICIPALITIES.map((m) => [key(m.name), m]));
const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export type Lookup = { ok: true; municipality: Municipality } | { ok: false; message: string };

/** A municipality by kommunkod ("0182") or name ("Nacka", "nacka kommun"), or why none was found. */
export function findMunicipality(query: string): Lookup {
  const q = query.trim();
  if (/^\d{1,4}$/.test(q)) {
    const code = q.padStart(4, '0');
    const m = byCode.get(code);
    if (m) return { ok: true, municipality: m };
    return { ok: false, message: `Det finns ingen kommun med kommunkoden ${code}.` };
  }
  const m = byName.get(key(q));
  if (m) return { ok: true, municipality: m };
  const k = key(q);
  const near = MUNICIPALITIES.filter((x) => key(x.name).startsWith(k.slice(0, 3))).slice(0, 5);
  const hint = near.length ? ` Menar du ${near.map((x) => `${x.name} (${x.code})`).join(', ')}?` : '';
  return { ok: false, message: `Det finns ingen kommun som heter ”${q}”.${hint}` };
}

export function regionOf(m: Municipality): Region {
  const r = REGIONS.find((x) => x.code === m.region);
  if (!r) throw new Error(`internal: no region ${m.region} for ${m.code}`);
  return r;
}

/** Every area code Kolada has municipality-level values for: riket, the regions, the municipalities. */
export function allAreaCodes(): string[] {
  return [COUNTRY.code, ...REGIONS.map((r) => r.code), ...MUNICIPALITIES.map((m) => m.code)];
}
