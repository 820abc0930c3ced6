import * as XLSX from '@e965/xlsx';
import * as zlib from 'node:zlib';

/**
 * SheetJS inflates and deflates workbook parts with its own pure-JS code unless
 * handed Node's zlib. Reading, native inflate is several times faster (and
 * verifyZipStreams has already proven every entry with it); writing, SheetJS's
 * deflate uses fixed Huffman codes only — measured on a 2 700-row download,
 * native zlib writes a file a third the size (107 vs 317 kB) in less time.
 * SheetJS's probe still looks for zlib's old `bytesRead`, which Node has since
 * named `bytesWritten` (the input bytes consumed), so the probe gets that name.
 */
class InflateRaw extends zlib.InflateRaw {
  get bytesRead(): number {
    return this.bytesWritten;
  }
}

let installed = false;

/** Makes this thread's SheetJS use native zlib (idempotent). */
export function useNativeZlib(): void {
  if (installed) return;
  XLSX.CFB.utils.use_zlib({ ...zlib, InflateRaw } as unknown as typeof zlib);
  installed = true;
}
