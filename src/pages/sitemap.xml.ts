import type { APIRoute } from 'astro';
import { OPEN_DATA_PATHS } from '../opendata/seo/siteUrls.ts';
import { siteSitemaps } from '../opendata/seo/siteSitemaps.ts';

/** /sitemap.xml — every page, absolute URLs, lastmod from the data; a sitemap index when the site outgrows one file. */
export const GET: APIRoute = () => new Response(siteSitemaps().get(OPEN_DATA_PATHS.sitemap), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
