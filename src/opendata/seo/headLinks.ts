import type { SiteConfig } from '../../model/types.gen.ts';
import { absoluteUrl, areaUrl, normaliseBase, OPEN_DATA_PATHS, operatingAreaSlug } from './siteUrls.ts';

export interface HeadLinksInput {
  /** The page's own title (without the site name). */
  title: string;
  description?: string;
  /** Astro.url.pathname of the page (includes the base path). */
  pathname: string;
  type?: 'website' | 'article';
  /** The operating area the page belongs to, for its feed link. */
  operatingArea?: string;
}

export interface FeedLink {
  title: string;
  href: string;
}

export interface HeadLinks {
  canonical: string;
  og: { title: string; description?: string; url: string; type: string; locale: string; siteName: string };
  feeds: FeedLink[];
}

/** What HeadLinks.astro writes into <head>: canonical URL, Open Graph and the Atom feed links. */
export function headLinks(site: SiteConfig, input: HeadLinksInput): HeadLinks {
  const base = normaliseBase(site.baseUrl);
  // The pathname is absolute (it already carries any base path), so resolve it against the origin.
  const canonical = new URL(input.pathname, base).href;
  const feeds: FeedLink[] = [{ title: `${site.siteName}: uppdaterade mått`, href: absoluteUrl(base, OPEN_DATA_PATHS.feed) }];
  if (input.operatingArea) {
    feeds.push({ title: `${site.siteName}: ${input.operatingArea}`, href: areaUrl(base, operatingAreaSlug(input.operatingArea), 'flode.xml') });
  }
  return {
    canonical,
    og: {
      title: input.title,
      description: input.description,
      url: canonical,
      type: input.type ?? 'website',
      locale: 'sv_SE',
      siteName: site.siteName,
    },
    feeds,
  };
}
