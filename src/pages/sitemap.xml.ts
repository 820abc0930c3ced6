import type { APIRoute } from 'astro';
import { buildSitemap } from '../opendata/seo/buildSitemap.ts';
import { sitemapEntries } from '../opendata/seo/sitemapEntries.ts';
import { loadSiteData } from '../site/loadSiteData.ts';

/** /sitemap.xml — every page, absolute URLs, lastmod from the data. */
export const GET: APIRoute = () => new Response(buildSitemap(sitemapEntries(loadSiteData())), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
