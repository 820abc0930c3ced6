import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../../site/loadSiteData.ts';
import { indicatorDocument } from '../../../../opendata/api/apiDocuments.ts';
import { apiJson } from '../../../../opendata/api/apiJson.ts';

export const getStaticPaths = (() => loadSiteData().indicators.map((indicator) => ({ params: { id: indicator.id } }))) satisfies GetStaticPaths;

/** /api/v1/indicators/{id}.json — metadata and observations (indicator + observation schemas). */
export const GET: APIRoute = ({ params }) => {
  const data = loadSiteData();
  const indicator = data.indicators.find((i) => i.id === params.id);
  if (!indicator) return new Response(null, { status: 404 });
  return new Response(apiJson(indicatorDocument(data, indicator)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
