// Texts new on nearly every line (vouchers, invoice numbers) as one string per part and where each
// ends: a million lines are a few strings and a typed array, not a million strings the garbage
// collector walks, and a thread's lines cross to the main thread as they are (no string is cut
// out on either side). A line's text is cut out only when it is asked for.

/** Where a part's texts end (a string is at most 2^29 characters in V8; a part stays well below). */
const PART_CHARS = 1 << 27;

/** A TextList's content as it crosses between threads. */
export interface PackedTextList {
  parts: string[];
  /** The first line of each part. */
  firsts: number[];
  /** Where each line's text ends in its part. */
  ends: Uint32Array;
}

export class TextList {
  length = 0;
  private parts: string[] = [''];
  private firsts: number[] = [0];
  private ends: Uint32Array;

  private readonly partChars: number;

  /** `partChars`: where a part ends (tests set a few). */
  constructor(capacity = 1024, partChars = PART_CHARS) {
    this.partChars = partChars;
    this.ends = new Uint32Array(Math.max(1, capacity));
  }

  /** Room for `capacity` lines in all. */
  reserve(capacity: number): void {
    if (capacity <= this.ends.length) return;
    const bigger = new Uint32Array(capacity);
    bigger.set(this.ends.subarray(0, this.length));
    this.ends = bigger;
  }

  push(text: string): void {
    if (this.length === this.ends.length) this.reserve(this.length * 2);
    let p = this.parts.length - 1;
    if (this.parts[p].length + text.length > this.partChars && this.parts[p] !== '') p = this.newPart();
    // A rope (V8 joins it once, when first read): cheaper than an array of strings joined later.
    const part = (this.parts[p] += text);
    this.ends[this.length++] = part.length;
  }

  private newPart(): number {
    this.parts.push('');
    this.firsts.push(this.length);
    return this.parts.length - 1;
  }

  /** Forgets the lines from `length` on. */
  truncate(length: number): void {
    if (length >= this.length) return;
    while (this.parts.length > 1 && this.firsts[this.parts.length - 1] >= length) {
      this.parts.pop();
      this.firsts.pop();
    }
    const p = this.parts.length - 1;
    this.parts[p] = this.parts[p].slice(0, length === this.firsts[p] ? 0 : this.ends[length - 1]);
    this.length = length;
  }

  /** The part line i is in. */
  private partOf(i: number): number {
    let p = this.parts.length - 1;
    while (i < this.firsts[p]) p--;
    return p;
  }

  private startOf(i: number, p: number): number {
    return i === this.firsts[p] ? 0 : this.ends[i - 1];
  }

  /** The text of line i. */
  get(i: number): string {
    const p = this.partOf(i);
    return this.parts[p].slice(this.startOf(i, p), this.ends[i]);
  }

  /** As `get(a)` and `get(b)` compare with `<` (by UTF-16 code units): negative, 0 or positive; no text is cut out. */
  compare(a: number, b: number): number {
    const pa = this.partOf(a);
    const pb = this.partOf(b);
    const ta = this.parts[pa];
    const tb = this.parts[pb];
    let ia = this.startOf(a, pa);
    let ib = this.startOf(b, pb);
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
    const p = this.partOf(i);
    const text = this.parts[p];
    const start = this.startOf(i, p);
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

  /** The lines as they cross to another thread (`ends` a view of the list's own, to be moved). */
  packed(): PackedTextList {
    return { parts: this.parts.slice(), firsts: this.firsts.slice(), ends: this.ends.subarray(0, this.length) };
  }

  /** Appends the lines of another list (packed()). */
  append(other: PackedTextList): void {
    const n = other.ends.length;
    this.reserve(this.length + n);
    for (let q = 0; q < other.parts.length; q++) {
      const first = other.firsts[q];
      const end = q + 1 < other.parts.length ? other.firsts[q + 1] : n;
      if (end === first) continue;
      const text = other.parts[q];
      let p = this.parts.length - 1;
      if (this.parts[p].length + text.length > this.partChars && this.parts[p] !== '') p = this.newPart();
      const offset = this.parts[p].length;
      this.parts[p] += text;
      const ends = this.ends;
      for (let k = first, at = this.length; k < end; k++, at++) ends[at] = other.ends[k] + offset;
      this.length += end - first;
    }
  }
}
