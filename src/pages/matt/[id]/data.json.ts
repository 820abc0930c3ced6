import type { APIRoute } from 'astro';
import { downloadInput, downloadPaths } from '../../../downloads/indicatorDownloads.ts';
import { toJson } from '../../../downloads/toJson.ts';

export const getStaticPaths = downloadPaths;

/** /matt/<id>/data.json — the indicator's metadata and observations, keys sorted. */
export const GET: APIRoute = ({ params }) => {
  const input = downloadInput(params.id);
  if (!input) return new Response(null, { status: 404 });
  const text = toJson(input.indicator, input.observations.get(input.indicator.id) ?? []);
  return new Response(new TextEncoder().encode(text), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
