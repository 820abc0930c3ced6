// Workbook bytes (xlsx, xlsm, xlsb, xls, ods, fods) → one RawTable per visible
// sheet. Containers are checked before SheetJS unpacks anything: declared ZIP
// sizes (zip bombs), encryption flags, encrypted OOXML inside CFB.
import * as XLSX from '@e965/xlsx';
import type { Finding } from '../problems/Finding.ts';
import type { RawTable } from './RawTable.ts';
import { formatBytes, RATIO_FLOOR_BYTES, resolveLimits, type ReadLimits } from './limits.ts';
import { inspectCfb } from './inspectCfb.ts';
import { inspectZip, MAX_ZIP_ENTRIES, shortMessage } from './inspectZip.ts';
import { useNativeZlib } from './sheetjsZlib.ts';
import { sheetjsErrorFinding } from './sheetjsError.ts';
import { sheetToTable } from './sheetToTable.ts';
import { sniffFormat } from './sniffFormat.ts';
import { verifyZipStreams } from './verifyZipStreams.ts';

export interface WorkbookOptions {
  limits?: Partial<ReadLimits>;
  /** Read only this sheet, even when it is hidden. */
  sheet?: string;
}

export interface WorkbookResult {
  tables: RawTable[];
  findings: Finding[];
  /** True when the file could not be read at all (findings say why). */
  failed: boolean;
}

const failed = (findings: Finding[]): WorkbookResult => ({ tables: [], findings, failed: true });

/** Safety checks on the container; returns findings that stop the read, or [] to go on. */
export async function checkContainer(bytes: Uint8Array, file: string, limits: ReadLimits): Promise<Finding[]> {
  const container = sniffFormat(bytes);
  if (container === 'zip') {
    const zip = await inspectZip(bytes);
    if (!zip.ok) return [{ code: 'corrupt-file', file, params: { detail: zip.detail } }];
    if (zip.encrypted) return [{ code: 'encrypted-file', file }];
    const ratio = zip.uncompressedBytes / Math.max(bytes.length, 1);
    const tooBig = zip.uncompressedBytes > limits.maxUncompressedBytes || (zip.uncompressedBytes > RATIO_FLOOR_BYTES && ratio > limits.maxRatio);
    if (tooBig || zip.entries >= MAX_ZIP_ENTRIES) {
      return [{ code: 'zip-bomb', file, params: { size: formatBytes(zip.uncompressedBytes), ratio: Math.round(ratio) } }];
    }
    // Only now that the declared sizes are within bounds: inflate each entry once to prove them.
    const broken = await verifyZipStreams(bytes);
    if (broken !== undefined) return [{ code: 'corrupt-file', file, params: { detail: broken } }];
  } else if (container === 'cfb') {
    const cfb = inspectCfb(bytes);
    if (!cfb.ok) return [{ code: 'corrupt-file', file, params: { detail: cfb.detail } }];
    if (cfb.encrypted) return [{ code: 'encrypted-file', file }];
  }
  return [];
}

export async function readWorkbookBytes(bytes: Uint8Array, relPath: string, options: WorkbookOptions = {}): Promise<WorkbookResult> {
  try {
    if (bytes.length === 0) return failed([{ code: 'empty-file', file: relPath }]);
    const limits = resolveLimits(options.limits);
    const stop = await checkContainer(bytes, relPath, limits);
    if (stop.length) return failed(stop);
    useNativeZlib();

    let wb: XLSX.WorkBook;
    // SheetJS writes parser notes ("Missing Info for XLS Record …") straight to console.error; only
    // the CLI prints, so they are muted for the duration of this synchronous call.
    const consoleError = console.error;
    console.error = () => {};
    try {
      wb = XLSX.read(bytes, {
        type: 'buffer',
        dense: true,
        cellFormula: false,
        cellHTML: false,
        // SheetJS reads row and column properties (<row hidden>, <col hidden>) only with cellStyles;
        // hidden rows and columns must be reported, so styles are read too (cells share style objects).
        cellStyles: true,
        cellNF: true,
        cellText: true,
        cellDates: false,
        UTC: true,
        sheetRows: limits.maxRows + 1,
        ...(options.sheet !== undefined ? { sheets: options.sheet } : {}),
      });
    } catch (e) {
      return failed([sheetjsErrorFinding(e, relPath)]);
    } finally {
      console.error = consoleError;
    }

    const findings: Finding[] = [];
    const tables: RawTable[] = [];
    const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
    const names = wb.SheetNames ?? [];
    if (options.sheet !== undefined && !names.includes(options.sheet)) {
      return failed([{ code: 'sheet-not-found', file: relPath, sheet: options.sheet, params: { sheets: names.map((n) => `”${n}”`).join(', ') } }]);
    }
    names.forEach((name, i) => {
      if (options.sheet !== undefined && name !== options.sheet) return;
      const hidden = wb.Workbook?.Sheets?.[i]?.Hidden ?? 0;
      if (hidden && options.sheet === undefined) {
        findings.push({ code: 'hidden-sheet', file: relPath, sheet: name });
        return;
      }
      const ws = wb.Sheets[name];
      if (!ws) return;
      const result = sheetToTable(ws, name, relPath, date1904, limits);
      findings.push(...result.findings);
      if (result.table) tables.push(result.table);
    });
    return { tables, findings, failed: false };
  } catch (e) {
    return failed([{ code: 'read-failed', file: relPath, params: { detail: shortMessage(e) } }]);
  }
}
