import { escapeXml } from '../dcat/escapeXml.ts';
import { absoluteUrl, OPEN_DATA_PATHS } from './siteUrls.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  /** YYYY-MM-DD, from the data. */
  lastmod?: string;
  /** The same page in every language, itself included (hreflang alternates). */
  alternates?: { hreflang: string; url: string }[];
}

/** The protocol's limits for one sitemap file (sitemaps.org): 50 000 URLs and 50 MB uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const validDate = (date: string | undefined): date is string => date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);

function urlLine(entry: SitemapEntry): string {
  const lastmod = validDate(entry.lastmod) ? `<lastmod>${entry.lastmod}</lastmod>` : '';
  const alternates = (entry.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.url)}"/>`).join('');
  return `  <url><loc>${escapeXml(entry.url)}</loc>${lastmod}${alternates}</url>`;
}

/** Each URL once, in the order given. */
function unique(entries: readonly SitemapEntry[]): SitemapEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.url) && seen.add(e.url));
}

function urlset(entries: readonly SitemapEntry[], lines: readonly string[]): string {
  const xhtml = entries.some((e) => e.alternates && e.alternates.length > 0) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}"${xhtml}>`, ...lines, '</urlset>', ''].join('\n');
}

/**
 * sitemap.xml (sitemaps.org 0.9): one <url> per entry, in the order given, each URL once; a page
 * with language versions lists them all as xhtml:link alternates, as search engines read hreflang.
 */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const list = unique(entries);
  return urlset(list, list.map(urlLine));
}

/**
 * The site's sitemap files by path. Everything in sitemap.xml while it fits the protocol's limits;
 * past them (a city's 40 000 suppliers in two languages) sitemap.xml becomes a sitemap index of
 * sitemap-1.xml, sitemap-2.xml…, each within the limits, so robots.txt still names one address.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], baseUrl: string, limits = SITEMAP_LIMITS): Map<string, string> {
  const list = unique(entries);
  const lines = list.map(urlLine);
  const room = limits.bytes - urlset(list, []).length;
  const chunks: { from: number; to: number }[] = [];
  let from = 0;
  let bytes = 0;
  lines.forEach((line, i) => {
    const size = Buffer.byteLength(line) + 1;
    if (i > from && (i - from >= limits.urls || bytes + size > room)) {
      chunks.push({ from, to: i });
      from = i;
      bytes = 0;
    }
    bytes += size;
  });
  chunks.push({ from, to: lines.length });
  if (chunks.length === 1) return new Map([[OPEN_DATA_PATHS.sitemap, urlset(list, lines)]]);

  const files = new Map<string, string>();
  const index = [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`];
  chunks.forEach(({ from, to }, i) => {
    const path = `sitemap-${i + 1}.xml`;
    const part = list.slice(from, to);
    files.set(path, urlset(part, lines.slice(from, to)));
    const dates = part.map((e) => e.lastmod).filter(validDate).sort();
    const lastmod = dates.length > 0 ? `<lastmod>${dates[dates.length - 1]}</lastmod>` : '';
    index.push(`  <sitemap><loc>${escapeXml(absoluteUrl(baseUrl, path))}</loc>${lastmod}</sitemap>`);
  });
  index.push('</sitemapindex>', '');
  return new Map([[OPEN_DATA_PATHS.sitemap, index.join('\n')], ...files]);
}
