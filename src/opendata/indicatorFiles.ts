import type { Indicator } from '../model/types.gen.ts';
import { csvHeader, STANDARD_CSV, toCsv } from '../downloads/toCsv.ts';
import type { DownloadRow } from '../downloads/columns.ts';
import { toExcelCsv } from '../downloads/toExcelCsv.ts';
import { toJson } from '../downloads/toJson.ts';
import { toRows } from '../downloads/toRows.ts';
import { toXlsx } from '../downloads/toXlsx.ts';
import { OPEN_DATA_PATHS } from './api/openDataPaths.ts';
import type { OpenDataInput } from './bulk/OpenDataInput.ts';

/** A file of the published site: its path from the site root (no leading slash) and its bytes. */
export interface DataFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * UTF-8 through Buffer.from, not TextEncoder: on an indicator's texts (hundreds of kB, Latin-1
 * characters) it took 1.3–2.4 ms a file against 1.9–2.8 ms.
 */
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** What the caller may already have made of the observations: the download rows, and their standard CSV lines (no header). */
export interface MadeRows {
  rows: readonly DownloadRow[];
  csvLines: string;
}

/**
 * The files published for one indicator, but its workbook: three of the four downloads on its
 * page and its API document. data.json and the API document are the same text (tested), built
 * once. Ids are [A-Za-z0-9_-] (indicator.schema.json), so they are safe as path segments.
 */
export function indicatorFiles(input: OpenDataInput, indicator: Indicator, made: Partial<MadeRows> = {}): DataFile[] {
  const observations = input.observations.get(indicator.id) ?? [];
  const rows = made.rows ?? toRows(indicator, observations, input.areas, input.units);
  const json = utf8(toJson(indicator, observations));
  const dir = `matt/${indicator.id}`;
  return [
    { path: `${dir}/data.csv`, bytes: utf8(made.csvLines !== undefined ? csvHeader(STANDARD_CSV) + made.csvLines : toCsv(rows)) },
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
