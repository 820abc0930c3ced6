// A zip member read a deflate segment at a time, for the gate's privacy rule on the bulk zip.
// The build assembles the zip's observation tables from each indicator's piece, deflated on its own
// and ended with a sync flush (src/opendata/bulk/deflatePieces.ts): a rebuild after one changed
// spreadsheet changes one piece in 2 000, yet the gate inflated and scanned the whole member again
// (1.8 GB of text, the gate's longest task). Here the member's compressed bytes are cut at the
// sync flush markers; each segment is hashed and its verdict — what it inflates to (length, CRC-32)
// and the rough hits in that text — taken from the gate's memory when the same bytes were judged
// before, else worked out by inflating the segment alone. The gate still reads and hashes every
// byte; what it trusts is its own earlier judgement of the same bytes.
import { crc32, inflateRawSync } from 'node:zlib';
import { sha256 } from '../cache/OutputCache.ts';
import { crc32Combine, FINAL_BLOCK } from '../opendata/bulk/deflatePieces.ts';

/**
 * What a segment inflates to: its length and CRC-32, how many rough hits its text holds, and
 * whether it starts or ends with a character a number the rule looks for is made of. No text:
 * the verdicts are kept in the build cache.
 */
export interface SegmentVerdict {
  bytes: number;
  crc: number;
  hits: number;
  opensInNumber: boolean;
  closesInNumber: boolean;
}

/** The segments' verdicts remembered from earlier builds, by sha256, and those a check used (old and new), for the gate to keep. */
export interface SegmentBook {
  known: Readonly<Record<string, SegmentVerdict>>;
  used: Record<string, SegmentVerdict>;
}

/** The end of a sync flush: an empty stored block (LEN 0, NLEN 0xFFFF). */
const SYNC_MARK = Buffer.from([0x00, 0x00, 0xff, 0xff]);
/** The characters of the numbers the rule looks for (SHAPE in personalData.ts). */
const inNumber = (byte: number | undefined) => byte !== undefined && ((byte >= 48 && byte <= 57) || byte === 45 || byte === 43);

/**
 * A segment's verdict, or undefined when it does not inflate on its own into whole blocks: it is
 * inflated with the empty final block after it, and must end exactly there (a segment that
 * refers back before its start, holds a final block, or ends inside a block fails this).
 */
function judgeSegment(segment: Buffer, limit: number, roughHits: (text: Buffer) => string[]): SegmentVerdict | undefined {
  const input = Buffer.concat([segment, FINAL_BLOCK]);
  try {
    const { buffer: text, engine } = inflateRawSync(input, { info: true, maxOutputLength: Math.max(1, limit) }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    if (engine.bytesWritten !== input.length) return undefined;
    return { bytes: text.length, crc: crc32(text), hits: roughHits(text).length, opensInNumber: inNumber(text[0]), closesInNumber: inNumber(text[text.length - 1]) };
  } catch {
    return undefined;
  }
}

/** Where the sync flush markers cut the member's compressed bytes: each segment ends with one. */
function cut(raw: Buffer): Buffer[] {
  const segments: Buffer[] = [];
  let start = 0;
  for (let at = raw.indexOf(SYNC_MARK); at >= 0; at = raw.indexOf(SYNC_MARK, at + SYNC_MARK.length)) {
    segments.push(raw.subarray(start, at + SYNC_MARK.length));
    start = at + SYNC_MARK.length;
  }
  segments.push(raw.subarray(start));
  return segments;
}

/**
 * Whether a member's text may hold a number the rule looks for, judged a segment at a time:
 * true or false, or undefined when the member cannot be vouched for this way (then the caller
 * inflates it whole, as before). It must be segments each inflating on its own, closed by the
 * empty final block, whose lengths and CRC-32s add up to the member's declared ones, and no
 * number may run across a seam (a segment ending in one's characters and the next starting in
 * them). A segment's scan sees at least what the whole text's sees of it: its edges only let more
 * through. The book's `used` gets every verdict this member needed.
 */
export function segmentedScan(
  raw: Buffer,
  declared: { bytes: number; crc: number },
  roughHits: (text: Buffer) => string[],
  { known, used }: SegmentBook,
): boolean | undefined {
  const segments = cut(raw);
  if (segments.length < 2 || !segments.pop()!.equals(FINAL_BLOCK)) return undefined;
  let hits = 0;
  let crc = 0;
  let bytes = 0;
  let closesInNumber = false;
  for (const segment of segments) {
    const hash = sha256(segment);
    const verdict = known[hash] ?? used[hash] ?? judgeSegment(segment, declared.bytes - bytes, roughHits);
    if (!verdict) return undefined;
    used[hash] = verdict;
    if (verdict.bytes === 0) continue;
    if (closesInNumber && verdict.opensInNumber) return undefined;
    closesInNumber = verdict.closesInNumber;
    crc = crc32Combine(crc, verdict.crc, verdict.bytes);
    bytes += verdict.bytes;
    hits += verdict.hits;
    if (bytes > declared.bytes) return undefined;
  }
  return bytes === declared.bytes && crc === declared.crc >>> 0 ? hits > 0 : undefined;
}

/** Members smaller than this (compressed) are inflated whole: the segments would save nothing. */
export const SEGMENTED_FROM = 1 << 20;
