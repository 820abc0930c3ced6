import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/loadSiteData.ts';
import { buildBulkZip } from '../../opendata/bulk/buildBulkZip.ts';

/** /oppna-data/alla-resultat.zip — every table as CSV and JSON, datapackage.json and README.md. */
export const GET: APIRoute = () => new Response(buildBulkZip(loadSiteData()), { headers: { 'Content-Type': 'application/zip' } });
