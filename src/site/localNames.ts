import type { Area, SiteConfig } from '../model/types.gen.ts';
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/t.ts';
import type { LocalText } from '../i18n/localText.ts';

/**
 * An area's name on a page in `lang`, as a series or column label: names of municipalities and
 * regions are proper names and stay as the area list has them; the country comparison (riket,
 * 0000) is a Swedish word, which English pages write as "Sweden".
 */
export function areaLabel(areas: readonly Area[], code: string, site: Pick<SiteConfig, 'comparison'>, lang: Lang, fallback = code): string {
  if (lang !== 'sv' && code === site.comparison.country) return t('language.country', undefined, lang);
  return areas.find((a) => a.code === code)?.name ?? fallback;
}

/**
 * The similar-municipalities group's name on a page in `lang`: as configured on Swedish pages;
 * on English ones site.json's en.similarName, else "Similar municipalities" — a reader of English
 * gets a name to understand in charts and sentences (the about page gives the Swedish name too).
 */
export function similarName(site: Pick<SiteConfig, 'comparison' | 'en'>, lang: Lang): string | undefined {
  const similar = site.comparison.similar;
  if (!similar) return undefined;
  if (lang === 'sv') return similar.name;
  return site.en?.similarName || t('language.similarGroup', undefined, lang);
}

/** The service's name on a page in `lang`: site.json's en.siteName on English pages, else the Swedish name. */
export function siteName(site: Pick<SiteConfig, 'siteName' | 'en'>, lang: Lang): LocalText {
  const english = lang === 'en' ? site.en?.siteName : undefined;
  return english ? { text: english, lang: 'en' } : { text: site.siteName, lang: 'sv' };
}
