import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSitemaps } from '../opendata/seo/siteSitemaps.ts';

/** /sitemap-1.xml, /sitemap-2.xml… — the parts sitemap.xml indexes, only on a site past one file's limits. */
export const getStaticPaths: GetStaticPaths = () =>
  [...siteSitemaps().keys()].flatMap((path) => {
    const n = /^sitemap-(\d+)\.xml$/.exec(path)?.[1];
    return n ? [{ params: { n } }] : [];
  });

export const GET: APIRoute = ({ params }) => new Response(siteSitemaps().get(`sitemap-${params.n}.xml`), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
