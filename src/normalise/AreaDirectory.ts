import type { Area } from '../model/types.gen.ts';

/** Name as compared: case, spacing and a trailing " kommun" do not matter ("Nacka kommun" is "Nacka"). */
export function areaNameKey(name: string): string {
  let key = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
  if (key.endsWith(' kommun')) key = key.slice(0, -' kommun'.length);
  return key;
}

const RIKET: Area = { code: '0000', name: 'Riket', type: 'country' };

/**
 * Code ↔ name lookup built from the area files, so exports that name areas
 * ("Nacka", as Jämföraren writes them) resolve to codes. Always knows riket.
 */
export class AreaDirectory {
  private readonly byCode = new Map<string, Area>();
  private readonly byName = new Map<string, string>();

  constructor(areas: Iterable<Area> = []) {
    this.add(RIKET);
    this.byName.set('sverige', '0000');
    this.byName.set('hela landet', '0000');
    this.byName.set('alla kommuner', '0000');
    for (const area of areas) this.add(area);
  }

  /** Adds or replaces an area; the latest name given for a code wins. */
  add(area: Area): void {
    this.byCode.set(area.code, area);
    this.byName.set(areaNameKey(area.name), area.code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  get(code: string): Area | undefined {
    return this.byCode.get(code);
  }

  nameOf(code: string): string | undefined {
    return this.byCode.get(code)?.name;
  }

  codeForName(name: string): string | undefined {
    return this.byName.get(areaNameKey(name));
  }

  get size(): number {
    return this.byCode.size;
  }

  /** Every area, sorted by code (deterministic output). */
  all(): Area[] {
    return [...this.byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
}
