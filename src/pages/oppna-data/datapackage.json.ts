import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/loadSiteData.ts';
import { dataPackageJson } from '../../opendata/bulk/buildDataPackage.ts';

/** /oppna-data/datapackage.json — the same descriptor as in the zip; its CSV files are published beside it. */
export const GET: APIRoute = () => new Response(dataPackageJson(loadSiteData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
