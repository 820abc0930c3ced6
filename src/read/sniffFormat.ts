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

/** Well-known binary formats that end up in data/ by mistake, with their usual extension. */
const KNOWN_BINARY: { magic: number[]; ext: string; sv: string; en: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], ext: 'pdf', sv: 'en PDF-fil', en: 'a PDF file' },
  { magic: [0x89, 0x50, 0x4e, 0x47], ext: 'png', sv: 'en bild (PNG)', en: 'an image (PNG)' },
  { magic: [0xff, 0xd8, 0xff], ext: 'jpg', sv: 'en bild (JPEG)', en: 'an image (JPEG)' },
  { magic: [0x1f, 0x8b], ext: 'gz', sv: 'en gzip-packad fil', en: 'a gzip file' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], ext: '7z', sv: 'ett 7z-arkiv', en: 'a 7z archive' },
  { magic: [0x52, 0x61, 0x72, 0x21], ext: 'rar', sv: 'ett RAR-arkiv', en: 'a RAR archive' },
];

export function knownBinary(bytes: Uint8Array): { ext: string; sv: string; en: string } | undefined {
  return KNOWN_BINARY.find((k) => startsWith(bytes, k.magic));
}

/**
 * UTF-16 text without a BOM shows as every other byte zero; anything else with NUL bytes near
 * the start is not text at all.
 */
export function nulPattern(bytes: Uint8Array): 'none' | 'utf-16le' | 'utf-16be' | 'binary' {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  if (even + odd === 0) return 'none';
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.02) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.02) return 'utf-16be';
  return 'binary';
}
