import { escapeXml } from '../dcat/escapeXml.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  /** YYYY-MM-DD, from the data. */
  lastmod?: string;
  /** The same page in every language, itself included (hreflang alternates). */
  alternates?: { hreflang: string; url: string }[];
}

/**
 * sitemap.xml (sitemaps.org 0.9): one <url> per entry, in the order given, each URL once; a page
 * with language versions lists them all as xhtml:link alternates, as search engines read hreflang.
 */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const seen = new Set<string>();
  const xhtml = entries.some((e) => e.alternates && e.alternates.length > 0) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>`];
  for (const entry of entries) {
    if (seen.has(entry.url)) continue;
    seen.add(entry.url);
    const lastmod = entry.lastmod && /^\d{4}-\d{2}-\d{2}$/.test(entry.lastmod) ? `<lastmod>${entry.lastmod}</lastmod>` : '';
    const alternates = (entry.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.url)}"/>`).join('');
    lines.push(`  <url><loc>${escapeXml(entry.url)}</loc>${lastmod}${alternates}</url>`);
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
