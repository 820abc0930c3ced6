const NARROW = new Set([...' il.,:;\'|!\u00a0']);
const WIDE = new Set([...'mwMW%']);
const CAPITAL = new Set([...'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ']);

/** Widths in font sizes, by text: a site's charts measure the same labels and ticks thousands of times. */
const measured = new Map<string, number>();

function units(text: string): number {
  let sum = measured.get(text);
  if (sum === undefined) {
    sum = 0;
    for (const ch of text) sum += NARROW.has(ch) ? 0.3 : WIDE.has(ch) ? 0.85 : CAPITAL.has(ch) ? 0.68 : 0.56;
    // A bound, for a process that renders many sites (a dev server): texts are labels, a few thousand at most.
    if (measured.size >= 50_000) measured.clear();
    measured.set(text, sum);
  }
  return sum;
}

/**
 * A conservative estimate of rendered text width in px, for layout at build time (no browser to
 * measure in). Sans-serif digits and lower-case letters average a little over half the font size.
 */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(units(text) * fontSize);
}
