import type { APIRoute, GetStaticPaths } from 'astro';
import { buildAreaFeed, feedAreas } from '../../../../opendata/feeds/siteFeeds.ts';
import { inEveryLanguage, langOfParams } from '../../../../i18n/routes.ts';
import { loadSiteData } from '../../../../site/loadSiteData.ts';

/** One feed per operating area and language, at the same slug as the area page. */
export const getStaticPaths = (() => inEveryLanguage(feedAreas(loadSiteData().indicators).map((area) => ({ params: { slug: area.slug } })))) satisfies GetStaticPaths;

/** /omraden/{slug}/flode.xml and /en/omraden/{slug}/flode.xml — Atom feed of one operating area's indicators. */
export const GET: APIRoute = ({ params }) => {
  const data = loadSiteData();
  const area = feedAreas(data.indicators).find((a) => a.slug === params.slug);
  if (!area) return new Response(null, { status: 404 });
  const xml = buildAreaFeed({ ...data, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, lang: langOfParams(params) }, area);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
