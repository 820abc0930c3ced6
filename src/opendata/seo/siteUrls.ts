import { slug } from '../../site/slug.ts';

/** The site's baseUrl with exactly one trailing slash (site.json promises one; be lenient anyway). */
export function normaliseBase(baseUrl: string): string {
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}

/** Absolute URL of a site path ("matt/N15428/") under baseUrl. */
export function absoluteUrl(baseUrl: string, path = ''): string {
  return `${normaliseBase(baseUrl)}${path.replace(/^\/+/, '')}`;
}

/** Absolute URL of an indicator page, or of one of its files ("data.csv"). */
export function indicatorUrl(baseUrl: string, id: string, file = ''): string {
  return absoluteUrl(baseUrl, `matt/${encodeURIComponent(id)}/${file}`);
}

/** Absolute URL of an operating-area page. */
export function areaUrl(baseUrl: string, areaSlug: string, file = ''): string {
  return absoluteUrl(baseUrl, `omraden/${encodeURIComponent(areaSlug)}/${file}`);
}

/** The operating-area slug the site uses for its URLs (same rule as the pages). */
export function operatingAreaSlug(name: string): string {
  return slug(name) || 'ovrigt';
}

/** Fixed open-data URLs agreed for the whole site. */
export const OPEN_DATA_PATHS = {
  page: 'oppna-data/',
  bulk: 'oppna-data/alla-resultat.zip',
  datapackage: 'oppna-data/datapackage.json',
  dcat: 'oppna-data/dcat.rdf',
  api: 'oppna-data/api/',
  feed: 'flode.xml',
  sitemap: 'sitemap.xml',
  search: 'sok/',
} as const;
