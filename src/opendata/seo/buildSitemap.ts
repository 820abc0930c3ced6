import { escapeXml } from '../dcat/escapeXml.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  /** YYYY-MM-DD, from the data. */
  lastmod?: string;
}

/** sitemap.xml (sitemaps.org 0.9): one <url> per entry, in the order given, each URL once. */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const seen = new Set<string>();
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const entry of entries) {
    if (seen.has(entry.url)) continue;
    seen.add(entry.url);
    const lastmod = entry.lastmod && /^\d{4}-\d{2}-\d{2}$/.test(entry.lastmod) ? `<lastmod>${entry.lastmod}</lastmod>` : '';
    lines.push(`  <url><loc>${escapeXml(entry.url)}</loc>${lastmod}</url>`);
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
