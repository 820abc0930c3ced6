import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../site/loadSiteData.ts';
import { BULK_RESOURCES } from '../../opendata/bulk/bulkResources.ts';

// The CSV files of the Data Package, beside /oppna-data/datapackage.json, so that its relative
// resource paths resolve on the site as they do inside the zip.
export const getStaticPaths = (() => BULK_RESOURCES.map((r) => ({ params: { table: r.name } }))) satisfies GetStaticPaths;

/** /oppna-data/{observationer,matt,omraden,enheter}.csv */
export const GET: APIRoute = ({ params }) => {
  const resource = BULK_RESOURCES.find((r) => r.name === params.table);
  if (!resource) return new Response(null, { status: 404 });
  return new Response(Buffer.from(resource.toCsv(loadSiteData())), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
