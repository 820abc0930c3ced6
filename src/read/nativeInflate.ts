import * as XLSX from '@e965/xlsx';
import * as zlib from 'node:zlib';

/**
 * SheetJS inflates workbook parts with its own pure-JS inflate unless handed
 * Node's zlib; native inflate is several times faster, and verifyZipStreams has
 * already proven every entry with it. SheetJS's probe looks for zlib's old
 * `bytesRead`, which Node has since named `bytesWritten` (the input bytes
 * consumed), so the probe gets that name. (src/downloads/sheetjsZlib.ts does the
 * same for writing.)
 */
class InflateRaw extends zlib.InflateRaw {
  get bytesRead(): number {
    return this.bytesWritten;
  }
}

let installed = false;

/** Makes this thread's SheetJS inflate with native zlib (idempotent). */
export function useNativeInflate(): void {
  if (installed) return;
  XLSX.CFB.utils.use_zlib({ ...zlib, InflateRaw } as unknown as typeof zlib);
  installed = true;
}
