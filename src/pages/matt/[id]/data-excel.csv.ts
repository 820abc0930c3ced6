import type { APIRoute } from 'astro';
import { downloadInput, downloadPaths } from '../../../downloads/indicatorDownloads.ts';
import { toRows } from '../../../downloads/toRows.ts';
import { toExcelCsv } from '../../../downloads/toExcelCsv.ts';

export const getStaticPaths = downloadPaths;

/** /matt/<id>/data-excel.csv — for Swedish Excel: UTF-8 with BOM, semicolon, decimal comma. */
export const GET: APIRoute = ({ params }) => {
  const input = downloadInput(params.id);
  if (!input) return new Response(null, { status: 404 });
  const rows = toRows(input.indicator, input.observations.get(input.indicator.id) ?? [], input.areas, input.units);
  // Encoded here, as bytes, so the BOM is written exactly as EF BB BF.
  return new Response(new TextEncoder().encode(toExcelCsv(rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
