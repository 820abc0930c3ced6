import type { APIRoute } from 'astro';
import { buildSiteFeed } from '../opendata/feeds/siteFeeds.ts';
import { loadSiteData } from '../site/loadSiteData.ts';

/** /flode.xml — Atom feed of every indicator, newest update first. */
export const GET: APIRoute = () => {
  const data = loadSiteData();
  const xml = buildSiteFeed({ ...data, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
