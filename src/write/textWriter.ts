import { writeFileSync } from 'node:fs';

/**
 * Writes texts to files through one buffer, used again for each, a piece at a time. A text of
 * hundreds of kilobytes, and the buffer it is encoded into, are each given fresh pages (V8's
 * large objects, malloc's large blocks) faulted in one by one: a country's observations files
 * spent seconds in the kernel that way. Pieces of a few tens of kilobytes and this buffer need
 * none. Blocking writes: the caller writes one file after another and waits for nothing else.
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
