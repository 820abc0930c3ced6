import type { Indicator } from '../../model/types.gen.ts';
import { slug } from '../../site/slug.ts';

/** What the dialogue's tables are checked against: the results' indicators and their operating areas. */
export interface DialogContext {
  indicators: ReadonlyMap<string, Indicator>;
  /** Operating area by slug (how names are matched: case, å/ä/ö and spaces do not matter). */
  operatingAreas: ReadonlyMap<string, string>;
}

export function dialogContext(indicators: readonly Indicator[]): DialogContext {
  const operatingAreas = new Map<string, string>();
  for (const i of indicators) if (!operatingAreas.has(slug(i.operatingArea))) operatingAreas.set(slug(i.operatingArea), i.operatingArea);
  return { indicators: new Map(indicators.map((i) => [i.id, i])), operatingAreas };
}
