// Texts of hundreds of kilobytes made as pieces of a few tens, and encoded or written a piece at a
// time. V8 gives every string over 128 kB fresh pages of its own (its large objects), which the
// kernel faults in one by one, and building one (a join, a `+=` read back) copies it again: a
// country's observations files took 11 s to write whole and 3–4 s in pieces, an indicator's
// data.json 6.7 ms against 2.8 ms. A file's text is a list of pieces: joined, it is the text.
import { writeFileSync } from 'node:fs';

/** Pieces of this many records (observations, rows) stay well under V8's large objects. */
export const RECORDS_PER_PIECE = 500;

/** The pieces' text as UTF-8, in one buffer of its exact size. */
export function utf8Of(pieces: readonly string[]): Buffer {
  let length = 0;
  for (const piece of pieces) length += Buffer.byteLength(piece, 'utf8');
  const bytes = Buffer.allocUnsafe(length);
  let at = 0;
  for (const piece of pieces) at += bytes.write(piece, at, 'utf8');
  return bytes;
}

/**
 * Writes texts to files through one buffer, used again for each: not even the encoded text is
 * given fresh pages. Blocking writes: the caller writes one file after another and waits for
 * nothing else meanwhile.
 */
export class TextWriter {
  private buffer = Buffer.allocUnsafeSlow(4 << 20);

  /** Writes the pieces, one after another, as the file's UTF-8 text. */
  write(path: string, pieces: readonly string[]): void {
    let length = 0;
    for (const piece of pieces) {
      // A UTF-16 unit is at most three bytes of UTF-8: only a piece that might not fit is measured.
      if (length + piece.length * 3 > this.buffer.length) this.grow(length + Buffer.byteLength(piece, 'utf8'), length);
      length += this.buffer.write(piece, length, 'utf8');
    }
    writeFileSync(path, this.buffer.subarray(0, length));
  }

  private grow(needed: number, keep: number): void {
    if (needed <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(needed, 2 * this.buffer.length));
    this.buffer.copy(bigger, 0, 0, keep);
    this.buffer = bigger;
  }
}
