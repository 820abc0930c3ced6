import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../site/loadSiteData.ts';
import { apiIndex } from '../../../opendata/api/apiDocuments.ts';
import { apiJson } from '../../../opendata/api/apiJson.ts';
import { publishedSchemas } from '../../../opendata/api/publishedSchemas.ts';

/** /api/v1/index.json — version, counts, data date and links to everything else. */
export const GET: APIRoute = () =>
  new Response(apiJson(apiIndex(loadSiteData(), [...publishedSchemas().keys()])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
