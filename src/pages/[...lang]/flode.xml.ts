import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSiteFeed } from '../../opendata/feeds/siteFeeds.ts';
import { everyLanguage, langOfParams } from '../../i18n/routes.ts';
import { loadSiteData } from '../../site/loadSiteData.ts';

export const getStaticPaths = everyLanguage satisfies GetStaticPaths;

/** /flode.xml and /en/flode.xml — Atom feed of every indicator, newest update first. */
export const GET: APIRoute = ({ params }) => {
  const data = loadSiteData();
  const xml = buildSiteFeed({ ...data, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, lang: langOfParams(params) });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
