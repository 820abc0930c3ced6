// Bytes → text for CSV/TSV/TXT. Swedish Excel's "CSV (semikolonavgränsad)" is
// Windows-1252, so a file that is not valid UTF-8 is most likely that; chardet
// only overrides the default when another single-byte encoding clearly wins.
import { isUtf8 } from 'node:buffer';
import * as chardet from 'chardet';
import { nulPattern } from './sniffFormat.ts';

export interface DecodedText {
  text: string;
  /** WHATWG encoding label used to decode. */
  encoding: string;
  /** Name to show a controller when the file was not UTF-8 (e.g. "Windows-1252"); undefined for UTF-8/UTF-16 with BOM. */
  suspect?: string;
}

/** chardet names of single-byte encodings that TextDecoder can decode, with the name shown in messages. */
const SINGLE_BYTE: Record<string, string> = {
  'ISO-8859-1': 'Windows-1252', // WHATWG decodes ISO-8859-1 as Windows-1252 anyway
  'windows-1252': 'Windows-1252',
  'ISO-8859-2': 'ISO-8859-2',
  'ISO-8859-5': 'ISO-8859-5',
  'ISO-8859-6': 'ISO-8859-6',
  'ISO-8859-7': 'ISO-8859-7',
  'ISO-8859-8': 'ISO-8859-8',
  'ISO-8859-9': 'Windows-1254',
  'KOI8-R': 'KOI8-R',
  'windows-1250': 'Windows-1250',
  'windows-1251': 'Windows-1251',
  'windows-1253': 'Windows-1253',
  'windows-1254': 'Windows-1254',
  'windows-1255': 'Windows-1255',
  'windows-1256': 'Windows-1256',
  'windows-1257': 'Windows-1257',
  'windows-1258': 'Windows-1258',
  'windows-874': 'Windows-874',
};
const LATIN1_NAMES = new Set(['ISO-8859-1', 'windows-1252']);
/** chardet looks at statistics; a sample this size is plenty and keeps huge files fast. */
const SAMPLE_BYTES = 256 * 1024;
/** How much another encoding must beat Latin-1 by (chardet confidences are 0–100). */
const MARGIN = 15;
const MIN_CONFIDENCE = 30;

/** Pick the single-byte encoding for bytes that are not valid UTF-8. */
export function guessSingleByte(bytes: Uint8Array): { label: string; display: string } {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  let matches: chardet.Match[] = [];
  try {
    matches = chardet.analyse(sample);
  } catch {
    // A guess is a nicety: fall back to the Swedish default.
  }
  const candidates = matches.filter((m) => m.name in SINGLE_BYTE);
  const latin1 = candidates.filter((m) => LATIN1_NAMES.has(m.name)).reduce((max, m) => Math.max(max, m.confidence), 0);
  const best = candidates[0];
  if (best && !LATIN1_NAMES.has(best.name) && best.confidence >= MIN_CONFIDENCE && best.confidence >= latin1 + MARGIN) {
    return { label: best.name.toLowerCase(), display: SINGLE_BYTE[best.name] };
  }
  return { label: 'windows-1252', display: 'Windows-1252' };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // Non-fatal after a BOM: the file says it is UTF-8; stray bytes become U+FFFD rather than a new guess.
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const nul = nulPattern(bytes);
  if (nul === 'utf-16le' || nul === 'utf-16be') {
    return { text: new TextDecoder(nul).decode(bytes), encoding: nul, suspect: nul === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE' };
  }
  // Validated first, then decoded by Buffer: the same text as a fatal TextDecoder gives for valid
  // UTF-8 (no BOM here, that case is above), at a quarter of its time on a large export.
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  const guess = guessSingleByte(bytes);
  return { text: new TextDecoder(guess.label).decode(bytes), encoding: guess.label, suspect: guess.display };
}
