import type { APIRoute } from 'astro';
import { downloadInput, downloadPaths } from '../../../downloads/indicatorDownloads.ts';
import { toRows } from '../../../downloads/toRows.ts';
import { toXlsx } from '../../../downloads/toXlsx.ts';

export const getStaticPaths = downloadPaths;

/** /matt/<id>/data.xlsx — a data sheet and an "Om datat" sheet. */
export const GET: APIRoute = ({ params }) => {
  const input = downloadInput(params.id);
  if (!input) return new Response(null, { status: 404 });
  const rows = toRows(input.indicator, input.observations.get(input.indicator.id) ?? [], input.areas, input.units);
  const bytes = toXlsx(rows, input.indicator, { licence: input.site.licence, publisher: input.site.name });
  return new Response(bytes, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
