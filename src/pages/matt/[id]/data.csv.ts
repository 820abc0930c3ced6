import type { APIRoute } from 'astro';
import { downloadInput, downloadPaths } from '../../../downloads/indicatorDownloads.ts';
import { toRows } from '../../../downloads/toRows.ts';
import { toCsv } from '../../../downloads/toCsv.ts';

export const getStaticPaths = downloadPaths;

/** /matt/<id>/data.csv — RFC 4180, UTF-8 without BOM, comma, decimal point. */
export const GET: APIRoute = ({ params }) => {
  const input = downloadInput(params.id);
  if (!input) return new Response(null, { status: 404 });
  const rows = toRows(input.indicator, input.observations.get(input.indicator.id) ?? [], input.areas, input.units);
  return new Response(new TextEncoder().encode(toCsv(rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
