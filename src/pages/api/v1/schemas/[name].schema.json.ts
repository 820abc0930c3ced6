import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedSchemas } from '../../../../opendata/api/publishedSchemas.ts';

export const getStaticPaths = (() => [...publishedSchemas().keys()].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /api/v1/schemas/{name}.schema.json — the JSON Schema from schemas/, byte for byte. */
export const GET: APIRoute = ({ params }) => {
  const text = publishedSchemas().get(params.name ?? '');
  if (text === undefined) return new Response(null, { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
