// Papaparse's own guess gives up when a file has blank lines or a stray quote
// near the top, so we guess from a sample: for each candidate, the most common
// row width (not the first row's: a title in A1 is a classic Swedish export)
// must exceed one column, and the candidate whose rows agree most wins.
import Papa from 'papaparse';

export type Delimiter = ';' | ',' | '\t';

/** On a tie: tab rarely appears by accident, ';' rarely in comma files, ',' often in Swedish decimals. */
const CANDIDATES: Delimiter[] = ['\t', ';', ','];
export const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 50;

export function delimiterName(d: string): string {
  return d === ';' ? 'semikolon' : d === ',' ? 'komma' : d === '\t' ? 'tabb' : `”${d}”`;
}

export function detectDelimiter(text: string): Delimiter {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let best: Delimiter = ',';
  let bestScore = -Infinity;
  let bestAgree = 0;
  for (const d of CANDIDATES) {
    const parsed = Papa.parse<string[]>(sample, { delimiter: d, preview: SAMPLE_ROWS, skipEmptyLines: 'greedy' });
    const rows = parsed.data;
    // Quotes that do not pair up under this delimiter mean it is probably the wrong one.
    const quoteTrouble = parsed.errors.some((e) => e.type === 'Quotes' && (e.row ?? 0) < rows.length - 1);
    // The last sampled row may be cut mid-way by the sample boundary.
    const considered = text.length > SAMPLE_CHARS && rows.length > 2 ? rows.slice(0, -1) : rows;
    if (considered.length === 0) continue;
    const counts = new Map<number, number>();
    for (const row of considered) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let width = 0;
    let agree = 0;
    for (const [w, n] of counts) if (n > agree || (n === agree && w > width)) [width, agree] = [w, n];
    if (width < 2) continue;
    const score = agree / considered.length - (quoteTrouble ? 0.5 : 0);
    if (score > bestScore || (score === bestScore && agree > bestAgree)) {
      best = d;
      bestScore = score;
      bestAgree = agree;
    }
  }
  return best;
}
