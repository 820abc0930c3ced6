import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../site/loadSiteData.ts';
import { unitList } from '../../../opendata/api/apiDocuments.ts';
import { apiJson } from '../../../opendata/api/apiJson.ts';

/** /api/v1/units.json — every unit (unit.schema.json items). */
export const GET: APIRoute = () =>
  new Response(apiJson(unitList(loadSiteData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
