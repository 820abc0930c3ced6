import type { Indicator } from '../model/types.gen.ts';
import type { Lang } from '../i18n/languages.ts';
import { localText, type LocalText } from '../i18n/localText.ts';
import { slug } from './slug.ts';

export interface OperatingArea {
  name: string;
  /** The English name: the first "Verksamhetsområde (engelska)" among its indicators (in the order below). */
  nameEn?: string;
  slug: string;
  indicators: Indicator[];
}

/** An operating area's name on a page in `lang`. */
export function areaName(area: Pick<OperatingArea, 'name' | 'nameEn'>, lang: Lang): LocalText {
  return localText(lang, area.name, area.nameEn);
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
  for (const area of areas) {
    area.indicators.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
    const nameEn = area.indicators.find((i) => i.en?.operatingArea)?.en?.operatingArea;
    if (nameEn) area.nameEn = nameEn;
  }
  return areas;
}

// Per build's indicator list (every indicator page asks for its own area): grouped and sorted once.
const bySlugMemo = new WeakMap<readonly Indicator[], ReadonlyMap<string, Readonly<OperatingArea>>>();

/**
 * The operating area of a slug among `indicators`, as operatingAreas groups them; the grouping
 * is made once per list, so a page per indicator does not sort every indicator again.
 */
export function operatingAreaOf(indicators: readonly Indicator[], areaSlug: string): Readonly<OperatingArea> | undefined {
  let areas = bySlugMemo.get(indicators);
  if (!areas) {
    areas = new Map(operatingAreas(indicators).map((a) => [a.slug, a]));
    bySlugMemo.set(indicators, areas);
  }
  return areas.get(areaSlug);
}
