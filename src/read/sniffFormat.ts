// What a file really is, judged from its first bytes: controllers rename files,
// and systems export CSV named .xls, so the extension is only a hint.

export type Container = 'empty' | 'zip' | 'cfb' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An empty ZIP (no entries) starts with the end-of-central-directory record. */
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

export function sniffFormat(bytes: Uint8Array): Container {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, CFB)) return 'cfb';
  return 'text';
}

/** BIFF2–BIFF4 .xls files are not CFB: they start with a BOF record (09 00/02/04/08 …). */
export function looksLikeRawBiff(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x09 && (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04 || bytes[1] === 0x08) && bytes[3] === 0x00;
}

/** XML or HTML text (SpreadsheetML 2003, FODS, or an HTML table saved as .xls). */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && i < 1024 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c; // '<'
}
