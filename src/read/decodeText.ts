// Bytes → text for CSV/TSV/TXT. A file that is not UTF-8 (with or without BOM) or UTF-16 is read
// as Windows-1252, the code page of Swedish Excel's "CSV (semikolonavgränsad)" and the most common
// file a Swedish controller has, unless the decoded text gives strong evidence for another code
// page. chardet proposes the alternatives; what decides is what the text looks like
// (letterEvidence): on short files with few non-ASCII letters chardet's scores mean little, and
// it once read a plain Swedish file as ISO-8859-2 (å became ĺ).
import * as chardet from 'chardet';
import { SINGLE_BYTE, WINDOWS_1252, type EncodingName } from './encodingNames.ts';
import { letterEvidence, looksSwedish, type LetterEvidence } from './letterEvidence.ts';
import { nulPattern } from './sniffFormat.ts';

export interface DecodedText {
  text: string;
  /** WHATWG encoding label used to decode. */
  encoding: string;
  /** Set when the reading deserves a look (encoding-suspect): another code page, or Windows-1252 with letters Swedish does not use. */
  suspect?: { encoding: EncodingName; letters: string[] };
}

/** What the letters say is read from a sample: a few hundred kilobytes are plenty and keep huge files fast. */
const SAMPLE_BYTES = 256 * 1024;
/** chardet's own verdict counts only when it is clear (confidences are 0–100). */
const MIN_CONFIDENCE = 30;
const MARGIN = 15;

export interface SingleByteGuess {
  label: string;
  shown: EncodingName;
  /** The evidence in the chosen decoding. */
  evidence: LetterEvidence;
}

const decode = (label: string, bytes: Uint8Array) => new TextDecoder(label).decode(bytes);

/**
 * The single-byte code page for bytes that are not valid UTF-8. Another code page than
 * Windows-1252 wins only on strong evidence: its reading has clearly fewer impossible characters
 * (words mixing scripts, control characters, symbols inside words), or chardet is clearly sure of
 * it and its reading is no worse, when Windows-1252 did not read as Swedish in the first place.
 */
export function guessSingleByte(bytes: Uint8Array): SingleByteGuess {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const westernText = decode('windows-1252', sample);
  const western = letterEvidence(westernText);
  const chosen: SingleByteGuess = { label: 'windows-1252', shown: WINDOWS_1252, evidence: western };
  if (looksSwedish(western)) return chosen;

  let matches: chardet.Match[] = [];
  try {
    matches = chardet.analyse(sample);
  } catch {
    return chosen; // a guess is a nicety: the Swedish default stands
  }
  const latin1 = matches.filter((m) => SINGLE_BYTE.get(m.name)?.label === 'windows-1252').reduce((max, m) => Math.max(max, m.confidence), 0);
  for (const match of matches) {
    const entry = SINGLE_BYTE.get(match.name);
    if (!entry || entry.label === 'windows-1252') continue;
    const text = decode(entry.label, sample);
    if (text === westernText) continue; // the same reading: keep the name a controller knows
    const evidence = letterEvidence(text);
    // Clearly fewer impossible characters; or fewer at all, when Windows-1252 gave mostly letters
    // Swedish never uses and chardet prefers this code page too.
    const foreign = western.other > 2 * western.swedish && match.confidence > latin1;
    const structurally = evidence.odd < western.odd && (western.odd >= 3 ? evidence.odd * 2 < western.odd : foreign);
    // chardet alone never takes away a Swedish letter that Windows-1252 gave (the å that became ĺ).
    const chardetSure = match.confidence >= MIN_CONFIDENCE && match.confidence >= latin1 + MARGIN && evidence.odd <= western.odd && evidence.swedish >= western.swedish;
    if (structurally || chardetSure) return { label: entry.label, shown: entry.shown, evidence };
  }
  return chosen;
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
  // UTF-16 without a BOM shows as a NUL in every other byte: unambiguous, and every letter reads right.
  const nul = nulPattern(bytes);
  if (nul === 'utf-16le' || nul === 'utf-16be') return { text: new TextDecoder(nul).decode(bytes), encoding: nul };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const guess = guessSingleByte(bytes);
    const text = decode(guess.label, bytes);
    // Windows-1252 with no letter beyond Swedish ones is Swedish Excel's own CSV, read exactly:
    // nothing for the controller to check (README: Files, encodings and delimiters).
    const e = guess.evidence;
    const confirmed = guess.label === 'windows-1252' && e.other === 0 && e.odd === 0;
    return confirmed ? { text, encoding: guess.label } : { text, encoding: guess.label, suspect: { encoding: guess.shown, letters: e.otherLetters } };
  }
}
