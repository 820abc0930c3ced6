import type { APIRoute } from 'astro';
import { buildRobots } from '../opendata/seo/buildRobots.ts';
import { loadSiteData } from '../site/loadSiteData.ts';

/** /robots.txt — allow all, name the sitemap. */
export const GET: APIRoute = () => new Response(buildRobots(loadSiteData().site.baseUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
