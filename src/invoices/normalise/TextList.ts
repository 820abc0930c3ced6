// Texts new on nearly every line (vouchers, invoice numbers) as a few thousand strings, each the
// texts of up to CHUNK_LINES lines end to end, and where each line's text ends in its chunk: a
// million lines are not a million strings the garbage collector copies and walks, and a thread's
// lines cross to the main thread as they are (no string is cut out on either side). A line's text
// is cut out only when it is asked for.

/** Lines per chunk: long enough that chunks are few, short enough that building one stays cheap. */
const CHUNK_LINES = 4096;

/** A TextList's content as it crosses between threads. */
export interface PackedTextList {
  chunks: string[];
  /** The chunk of each line… */
  chunkOf: Uint32Array;
  /** …and where its text ends there. */
  ends: Uint32Array;
}

export class TextList {
  length = 0;
  private readonly chunks: string[] = [];
  private chunkOf: Uint32Array;
  private ends: Uint32Array;
  /** Lines in the last chunk; CHUNK_LINES when a new one is due. */
  private open = CHUNK_LINES;

  constructor(capacity = 1024) {
    this.chunkOf = new Uint32Array(Math.max(1, capacity));
    this.ends = new Uint32Array(Math.max(1, capacity));
  }

  /** Room for `capacity` lines in all. */
  reserve(capacity: number): void {
    if (capacity <= this.ends.length) return;
    const chunkOf = new Uint32Array(capacity);
    chunkOf.set(this.chunkOf.subarray(0, this.length));
    this.chunkOf = chunkOf;
    const ends = new Uint32Array(capacity);
    ends.set(this.ends.subarray(0, this.length));
    this.ends = ends;
  }

  push(text: string): void {
    if (this.length === this.ends.length) this.reserve(this.length * 2);
    if (this.open === CHUNK_LINES) this.seal();
    const c = this.chunks.length - 1;
    // A rope while the chunk fills (seal() joins it): cheaper than an array of strings joined.
    const chunk = (this.chunks[c] += text);
    this.chunkOf[this.length] = c;
    this.ends[this.length++] = chunk.length;
    this.open++;
  }

  /** Ends the last chunk (its rope joined into one string) and begins another. */
  private seal(): void {
    this.flattenLast();
    this.chunks.push('');
    this.open = 0;
  }

  /** Joins the last chunk's rope into one string where it is (V8 flattens a string when a character is read). */
  private flattenLast(): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last) last.charCodeAt(0);
  }

  private startOf(i: number): number {
    return i > 0 && this.chunkOf[i - 1] === this.chunkOf[i] ? this.ends[i - 1] : 0;
  }

  /** The text of line i. */
  get(i: number): string {
    return this.chunks[this.chunkOf[i]].slice(this.startOf(i), this.ends[i]);
  }

  /** As `get(a)` and `get(b)` compare with `<` (by UTF-16 code units): negative, 0 or positive; no text is cut out. */
  compare(a: number, b: number): number {
    const ta = this.chunks[this.chunkOf[a]];
    const tb = this.chunks[this.chunkOf[b]];
    let ia = this.startOf(a);
    let ib = this.startOf(b);
    const ea = this.ends[a];
    const eb = this.ends[b];
    for (; ia < ea && ib < eb; ia++, ib++) {
      const d = ta.charCodeAt(ia) - tb.charCodeAt(ib);
      if (d !== 0) return d;
    }
    return ea - ia - (eb - ib);
  }

  /**
   * Line i's text as a number when it is a plain number without a leading zero of at most eleven
   * digits (/^[1-9][0-9]{0,10}$/), otherwise -1; no text is cut out.
   */
  plainNumber(i: number): number {
    const text = this.chunks[this.chunkOf[i]];
    const start = this.startOf(i);
    const end = this.ends[i];
    if (end === start || end - start > 11) return -1;
    let n = 0;
    for (let k = start; k < end; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d < 0 || d > 9 || (d === 0 && k === start)) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** Forgets the lines from `length` on. */
  truncate(length: number): void {
    if (length >= this.length) return;
    const keep = length === 0 ? 0 : this.chunkOf[length - 1] + 1;
    this.chunks.length = keep;
    if (keep > 0) this.chunks[keep - 1] = this.chunks[keep - 1].slice(0, this.ends[length - 1]);
    this.length = length;
    this.open = CHUNK_LINES; // the next line begins a chunk
  }

  /** The lines as they cross to another thread (the typed arrays views of the list's own, to be moved). */
  packed(): PackedTextList {
    this.flattenLast();
    return { chunks: this.chunks.slice(), chunkOf: this.chunkOf.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }

  /** Appends the lines of another list (its packed()): its chunks become this list's. */
  append(other: PackedTextList): void {
    const n = other.ends.length;
    if (n === 0) return;
    this.reserve(this.length + n);
    this.flattenLast();
    const offset = this.chunks.length;
    for (const chunk of other.chunks) this.chunks.push(chunk);
    this.ends.set(other.ends, this.length);
    const chunkOf = this.chunkOf;
    for (let k = 0, at = this.length; k < n; k++, at++) chunkOf[at] = other.chunkOf[k] + offset;
    this.length += n;
    this.open = CHUNK_LINES; // the next line pushed begins a chunk of its own
  }
}
