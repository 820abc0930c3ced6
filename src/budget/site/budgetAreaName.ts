import type { Lang } from '../../i18n/languages.ts';
import { localText, type LocalText } from '../../i18n/localText.ts';
import { loadSiteData } from '../../site/loadSiteData.ts';
import { operatingAreas } from '../../site/operatingAreas.ts';

// Per build's indicators (the pages of one build share them): slug → English name.
const memo = new WeakMap<object, Map<string, string>>();

function englishNames(): Map<string, string> {
  const { indicators } = loadSiteData();
  let names = memo.get(indicators);
  if (!names) {
    names = new Map(operatingAreas(indicators).flatMap((a) => (a.nameEn ? [[a.slug, a.nameEn] as const] : [])));
    memo.set(indicators, names);
  }
  return names;
}

/**
 * A budget area's name on a page in `lang`: a budget line ties to the results' operating area of
 * the same slug, so the catalogue's "Verksamhetsområde (engelska)" names it in English where it
 * is given; otherwise the Swedish name, which says it is Swedish (see Text.astro).
 */
export function budgetAreaName(area: { name: string; slug: string }, lang: Lang): LocalText {
  if (lang === 'sv') return localText(lang, area.name);
  return localText(lang, area.name, englishNames().get(area.slug));
}
