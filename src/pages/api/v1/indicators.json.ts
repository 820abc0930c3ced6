import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../site/loadSiteData.ts';
import { indicatorList } from '../../../opendata/api/apiDocuments.ts';
import { apiJson } from '../../../opendata/api/apiJson.ts';

/** /api/v1/indicators.json — every indicator's metadata (indicator.schema.json items). */
export const GET: APIRoute = () =>
  new Response(apiJson(indicatorList(loadSiteData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
