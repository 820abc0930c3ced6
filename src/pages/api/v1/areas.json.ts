import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../site/loadSiteData.ts';
import { areaList } from '../../../opendata/api/apiDocuments.ts';
import { apiJson } from '../../../opendata/api/apiJson.ts';

/** /api/v1/areas.json — every area (area.schema.json items). */
export const GET: APIRoute = () =>
  new Response(apiJson(areaList(loadSiteData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
