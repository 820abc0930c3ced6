// "Byte text": valid UTF-8 held as a string of one char per byte (latin1). Decoding a large
// Swedish export to proper text costs more than parsing it (its å, ä and ö make every string
// two-byte), while latin1 is a copy. CSV structure is ASCII, and no byte of a multi-byte UTF-8
// character is ASCII, so papaparse finds the same rows and cells in byte text; a reader that
// asks for it decodes only the cells it keeps (a few thousand distinct texts of a million rows).
import { isUtf8 } from 'node:buffer';
import { nulPattern } from './sniffFormat.ts';

/** Smaller files are decoded as they are: there is nothing to win. */
export const BYTE_TEXT_FROM = 256 * 1024;

/** A cell of byte text as text. Cells are cut at ASCII characters, so each is whole UTF-8. */
export function fromByteText(cell: string): string {
  for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) >= 0x80) return Buffer.from(cell, 'latin1').toString('utf8');
  return cell;
}

/** True when the byte text is ASCII, and so the same as its text. */
export function isAsciiText(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * True when `bytes` may be read as byte text: decodeText would read them as UTF-8 without a BOM
 * (no BOM, no UTF-16 NULs, valid UTF-8), they are large, and their first 4 KB hold a character
 * that is neither a space nor a line break: then neither reading is blank, and every check of
 * readCsvText gives the same answer on both.
 */
export function isByteText(bytes: Uint8Array): boolean {
  if (bytes.length < BYTE_TEXT_FROM) return false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  if (nulPattern(bytes) !== 'none') return false;
  let printable = false;
  for (let i = 0; i < 4096 && !printable; i++) {
    const b = bytes[i];
    printable = b > 32 && b < 0x80;
  }
  return printable && isUtf8(bytes);
}

/**
 * Where the text's first `units` UTF-16 code units end in its UTF-8 bytes: a window of byte text
 * that holds what the same window of the text holds (papaparse guesses line ends from the first
 * megabyte of characters).
 */
export function byteOffsetOfUnits(bytes: Uint8Array, units: number): number {
  let seen = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte
    if (seen >= units) return i;
    seen += b >= 0xf0 ? 2 : 1; // four bytes: a surrogate pair
  }
  return bytes.length;
}
