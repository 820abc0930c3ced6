import * as XLSX from '@e965/xlsx';
import type { Indicator } from '../model/types.gen.ts';
import { t } from '../i18n/t.ts';
import { DOWNLOAD_COLUMNS, type DownloadRow } from './columns.ts';
import { guardText } from './guardText.ts';
import { useNativeZlib } from '../read/sheetjsZlib.ts';

export interface XlsxOptions {
  /** Licence of the data (SPDX), from the site config. */
  licence?: string;
  /** The municipality's name, for local attribution. */
  publisher?: string;
}

type Cell = XLSX.CellObject;

function textCell(text: string): Cell {
  // Always a string cell ('s'): SheetJS never writes it as a formula, and the guard keeps it
  // from turning into one when a user edits the cell in Excel.
  const v = guardText(text);
  return { t: 's', v };
}

function toCell(value: string | number | null): Cell | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'number') return { t: 'n', v: value };
  return textCell(value);
}

/**
 * A dense sheet (rows of cells) from rows of values, built cell by cell so that every
 * type is explicit. Dense, because SheetJS writes it a quarter faster than an A1-keyed one.
 */
function sheetFrom(rows: readonly (readonly (string | number | null)[])[], widths: number[]): XLSX.WorkSheet {
  let maxCol = 0;
  const data = rows.map((row) => {
    maxCol = Math.max(maxCol, row.length - 1);
    return row.map(toCell);
  });
  return {
    '!data': data,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: Math.max(maxCol, 0) } }),
    '!cols': widths.map((wch) => ({ wch })),
  } as XLSX.WorkSheet;
}

function attributionText(indicator: Indicator, publisher: string | undefined): string {
  if (indicator.attribution === 'local') return t('attribution.local', { name: publisher ?? '' });
  return t(`attribution.${indicator.attribution}`);
}

/** The "Om datat" sheet: what the figures are, where they come from, the licence, the columns. */
function aboutRows(indicator: Indicator, options: XlsxOptions): (string | number | null)[][] {
  const facts: [string, string | undefined][] = [
    [t('download.about.title'), indicator.title],
    [t('download.about.id'), indicator.id],
    [t('download.about.question'), indicator.question],
    [t('download.about.description'), indicator.description],
    [t('download.about.definition'), indicator.definition],
    [t('download.about.formula'), indicator.formula],
    [t('download.about.unit'), indicator.unit],
    [t('download.about.source'), indicator.source],
    [t('download.about.attribution'), attributionText(indicator, options.publisher)],
    [t('download.about.koladaId'), indicator.koladaId],
    [t('download.about.licence'), options.licence],
    [t('download.about.lastUpdated'), indicator.lastUpdated],
    [t('download.about.nextUpdate'), indicator.nextUpdate],
    [t('download.about.responsible'), indicator.responsible],
  ];
  const rows: (string | number | null)[][] = facts
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([label, value]) => [label, value]);
  rows.push([], [t('download.about.columnsHeading')]);
  rows.push([t('download.about.columnHeader'), t('download.about.columnDescription')]);
  for (const column of DOWNLOAD_COLUMNS) rows.push([column.header, column.description]);
  return rows;
}

/** Fixed workbook dates from the data (never the clock), so two builds give identical bytes. */
function workbookDate(indicator: Indicator): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(indicator.lastUpdated ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/** XLSX workbook: a data sheet (numbers as number cells) and an "Om datat" sheet. */
export function toXlsx(rows: readonly DownloadRow[], indicator: Indicator, options: XlsxOptions = {}): Uint8Array<ArrayBuffer> {
  useNativeZlib();
  const workbook = XLSX.utils.book_new();
  const dataRows: (string | number | null)[][] = [DOWNLOAD_COLUMNS.map((c) => c.header)];
  for (const row of rows) dataRows.push(DOWNLOAD_COLUMNS.map((c) => row[c.key]));
  const widths = DOWNLOAD_COLUMNS.map((c) => (c.key === 'indicatorTitle' || c.key === 'name' || c.key === 'note' ? 30 : 12));
  XLSX.utils.book_append_sheet(workbook, sheetFrom(dataRows, widths), t('download.sheetData'));
  XLSX.utils.book_append_sheet(workbook, sheetFrom(aboutRows(indicator, options), [28, 80]), t('download.sheetAbout'));
  const date = workbookDate(indicator);
  workbook.Props = {
    Title: guardText(indicator.title),
    ...(options.publisher ? { Author: options.publisher } : {}),
    ...(date ? { CreatedDate: date, ModifiedDate: date } : {}),
  };
  // 'buffer', not 'array': SheetJS makes 'array' through a binary string, byte by byte (a third of the time).
  const out = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.length);
}
