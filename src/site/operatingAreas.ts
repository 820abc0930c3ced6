import type { Indicator } from '../model/types.gen.ts';
import { slug } from './slug.ts';

export interface OperatingArea {
  name: string;
  slug: string;
  indicators: Indicator[];
}

const collator = new Intl.Collator('sv-SE');

/**
 * Indicators grouped by operating area (verksamhetsområde), areas in Swedish alphabetical order,
 * indicators by title. Two names with the same slug share one page, so URLs never collide.
 */
export function operatingAreas(indicators: readonly Indicator[]): OperatingArea[] {
  const bySlug = new Map<string, OperatingArea>();
  for (const indicator of indicators) {
    const s = slug(indicator.operatingArea) || 'ovrigt';
    let area = bySlug.get(s);
    if (!area) {
      area = { name: indicator.operatingArea, slug: s, indicators: [] };
      bySlug.set(s, area);
    }
    area.indicators.push(indicator);
  }
  const areas = [...bySlug.values()].sort((a, b) => collator.compare(a.name, b.name));
  for (const area of areas) area.indicators.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  return areas;
}
