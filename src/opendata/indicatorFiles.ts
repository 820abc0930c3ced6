import type { Indicator } from '../model/types.gen.ts';
import { csvHeader, csvLines, STANDARD_CSV } from '../downloads/toCsv.ts';
import type { DownloadRow } from '../downloads/columns.ts';
import { toExcelCsv } from '../downloads/toExcelCsv.ts';
import { toJsonPieces } from '../downloads/toJson.ts';
import { toRows } from '../downloads/toRows.ts';
import { toXlsx } from '../downloads/toXlsx.ts';
import { OPEN_DATA_PATHS } from './api/openDataPaths.ts';
import type { OpenDataInput } from './bulk/OpenDataInput.ts';
import { utf8Of } from '../write/textPieces.ts';

/** A file of the published site: its path from the site root (no leading slash) and its bytes. */
export interface DataFile {
  path: string;
  bytes: Uint8Array;
}

/** What the caller may already have made of the observations: the download rows, their standard CSV lines (no header) and JSON items (jsonItems). */
export interface MadeRows {
  rows: readonly DownloadRow[];
  csvLines: readonly string[];
  jsonItems: readonly string[];
}

/**
 * The files published for one indicator, but its workbook: three of the four downloads on its
 * page and its API document. data.json and the API document are the same text (tested), built
 * once. Ids are [A-Za-z0-9_-] (indicator.schema.json), so they are safe as path segments.
 */
export function indicatorFiles(input: OpenDataInput, indicator: Indicator, made: Partial<MadeRows> = {}): DataFile[] {
  const observations = input.observations.get(indicator.id) ?? [];
  const rows = made.rows ?? toRows(indicator, observations, input.areas, input.units);
  const json = utf8Of(toJsonPieces(indicator, observations, made.jsonItems));
  const dir = `matt/${indicator.id}`;
  return [
    { path: `${dir}/data.csv`, bytes: utf8Of([csvHeader(STANDARD_CSV), ...(made.csvLines ?? csvLines(rows, STANDARD_CSV))]) },
    { path: `${dir}/data-excel.csv`, bytes: toExcelCsv(rows) },
    { path: `${dir}/data.json`, bytes: json },
    { path: OPEN_DATA_PATHS.indicator(indicator.id).slice(1), bytes: json },
  ];
}

/**
 * The indicator's workbook, the fourth download: apart from the others, as no page reads it
 * and it costs as much as they do together (the build writes it while the pages render).
 */
export function indicatorWorkbook(input: OpenDataInput, indicator: Indicator, rows?: readonly DownloadRow[]): DataFile {
  const made = rows ?? toRows(indicator, input.observations.get(indicator.id) ?? [], input.areas, input.units);
  return { path: `matt/${indicator.id}/data.xlsx`, bytes: toXlsx(made, indicator, { licence: input.site.licence, publisher: input.site.name }) };
}
