/**
 * A conservative estimate of rendered text width in px, for layout at build time (no browser to
 * measure in). Sans-serif digits and lower-case letters average a little over half the font size.
 */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) {
    if (/[ il.,:;'|!\u00a0]/.test(ch)) units += 0.3;
    else if (/[mwMW%]/.test(ch)) units += 0.85;
    else if (/[A-ZÅÄÖ]/.test(ch)) units += 0.68;
    else units += 0.56;
  }
  return Math.ceil(units * fontSize);
}
