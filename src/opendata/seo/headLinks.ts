import type { SiteConfig } from '../../model/types.gen.ts';
import { LANGS, OG_LOCALE, type Lang } from '../../i18n/languages.ts';
import { inLanguage } from '../../i18n/routes.ts';
import { t } from '../../i18n/t.ts';
import { siteName } from '../../site/localNames.ts';
import { absoluteUrl, normaliseBase, OPEN_DATA_PATHS, operatingAreaSlug } from './siteUrls.ts';

export interface HeadLinksInput {
  /** The page's own title (without the site name). */
  title: string;
  description?: string;
  /** Astro.url.pathname of the page (includes the base path). */
  pathname: string;
  type?: 'website' | 'article';
  /** The operating area the page belongs to (its Swedish name, which gives the slug), for its feed link. */
  operatingArea?: string;
  /** The area's name as the page's language writes it, for the feed's title (default: operatingArea). */
  operatingAreaName?: string;
  /** The page's language (default Swedish): its feeds and og:locale. */
  lang?: Lang;
  /** Whether the page exists in the other languages too (og:locale:alternate). */
  alternateLocales?: boolean;
}

export interface FeedLink {
  title: string;
  href: string;
}

export interface HeadLinks {
  canonical: string;
  og: { title: string; description?: string; url: string; type: string; locale: string; siteName: string };
  /** og:locale:alternate: the page's other languages. */
  ogAlternateLocales: string[];
  feeds: FeedLink[];
}

/** What HeadLinks.astro writes into <head>: canonical URL, Open Graph and the Atom feed links (in the page's language). */
export function headLinks(site: SiteConfig, input: HeadLinksInput): HeadLinks {
  const lang = input.lang ?? 'sv';
  const base = normaliseBase(site.baseUrl);
  const name = siteName(site, lang).text;
  // The pathname is absolute (it already carries any base path), so resolve it against the origin.
  const canonical = new URL(input.pathname, base).href;
  const feeds: FeedLink[] = [{ title: t('feeds.siteTitle', { siteName: name }, lang), href: absoluteUrl(base, inLanguage(OPEN_DATA_PATHS.feed, lang)) }];
  if (input.operatingArea) {
    const area = input.operatingAreaName ?? input.operatingArea;
    const path = `omraden/${encodeURIComponent(operatingAreaSlug(input.operatingArea))}/flode.xml`;
    feeds.push({ title: t('feeds.areaTitle', { siteName: name, area }, lang), href: absoluteUrl(base, inLanguage(path, lang)) });
  }
  return {
    canonical,
    og: {
      title: input.title,
      description: input.description,
      url: canonical,
      type: input.type ?? 'website',
      locale: OG_LOCALE[lang],
      siteName: name,
    },
    ogAlternateLocales: input.alternateLocales ? LANGS.filter((l) => l !== lang).map((l) => OG_LOCALE[l]) : [],
    feeds,
  };
}
