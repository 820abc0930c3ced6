import type { DownloadRow } from './columns.ts';
import { writeCsv, type CsvDialect } from './toCsv.ts';

/**
 * Swedish Excel's CSV: semicolon, decimal comma, CRLF, and UTF-8 WITH a byte order mark —
 * without the BOM Excel reads the file as Windows-1252 and å, ä, ö come out garbled.
 */
export const EXCEL_CSV: CsvDialect = { delimiter: ';', decimal: ',', bom: true };

export function toExcelCsv(rows: readonly DownloadRow[]): string {
  return writeCsv(rows, EXCEL_CSV);
}
