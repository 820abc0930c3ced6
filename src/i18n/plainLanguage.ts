/**
 * Plain-language rules for the sentences the site writes itself (change, target, comparison,
 * rank, chart descriptions …) and for easy-to-read Swedish (lättläst): short sentences, and no
 * abbreviation a reader has to know. Swedish easy-to-read guidance asks for short sentences with
 * one thought each and for words written out; the site holds its own sentences to at most
 * MAX_WORDS words and explains any abbreviation where it is used: "SCB (Statistiska centralbyrån)".
 */

/** The longest sentence allowed, in words (a number with its unit, "1 234 kronor", is held together by no-break spaces). */
export const MAX_WORDS = 20;

/** Abbreviations common in Swedish prose, written as the reader would meet them (compared lower-case). */
const ABBREVIATIONS = new Set([
  't.ex.', 'bl.a.', 'm.m.', 'mm', 'o.s.v.', 'osv', 'osv.', 'd.v.s.', 'dvs', 'dvs.', 'ca', 'ca.', 'c:a', 'resp.', 'inkl.', 'exkl.',
  'fr.o.m.', 't.o.m.', 'p.g.a.', 'pga', 's.k.', 'st', 'st.', 'kr', 'kr.', 'tkr', 'mnkr', 'mkr', 'mdkr', 'kg', 'km', 'nr', 'kl.',
  'jfr', 'jfr.', 'ev.', 'obs', 'obs.', 'etc', 'etc.', 'kv', 'inv', 'inv.', 'e.g.', 'i.e.',
]);

export interface PlainLanguageProblem {
  rule: 'long-sentence' | 'abbreviation';
  sentence: string;
  detail: string;
}

/** A text split into sentences: at . ! ? followed by space and a sentence start (not a lower-case word). */
export function sentences(text: string): string[] {
  return text
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[^\sa-zåäö])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The words of a sentence: split at ordinary spaces only, so "74,1 %" and "1 234" (no-break spaces) are one word each. */
export function words(sentence: string): string[] {
  return sentence.split(/[ \t\r\n]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A word as compared with the abbreviation list: without surrounding brackets and commas, a final dot kept. */
function bare(word: string): string {
  return word.replace(/^[("”“'‘]+/, '').replace(/[)"”“'’,:;!?]+$/, '').replace(/\.\)$/, '.');
}

function isAbbreviation(word: string): boolean {
  const w = bare(word);
  if (w.includes('@') || w.includes('://') || /^\p{N}/u.test(w)) return false;
  if (ABBREVIATIONS.has(w.toLowerCase()) || ABBREVIATIONS.has(w.toLowerCase().replace(/\.$/, ''))) return true;
  // An acronym (SCB, KPI) or a dotted short form (t.o.m.) not in the list.
  const core = w.replace(/\.$/, '');
  return /^\p{Lu}{2,}s?$/u.test(core) || /^(\p{L}{1,3}\.){2,}$/u.test(w);
}

/** An abbreviation counts as explained when the sentence gives its long form in brackets right after it, or puts it in brackets after the long form. */
function explained(word: string, sentence: string): boolean {
  const w = bare(word).replace(/\.$/, '');
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}\\.?\\s+\\([^)]{4,}\\)`, 'u').test(sentence) || new RegExp(`\\p{L}{4,}[^()]*\\(${escaped}\\.?\\)`, 'u').test(sentence);
}

/**
 * The problems of a text against the rules. `names` are proper names the text may hold (of
 * areas, units, the site): words inside them are not checked for abbreviations.
 */
export function plainLanguageProblems(text: string, names: readonly string[] = []): PlainLanguageProblem[] {
  const problems: PlainLanguageProblem[] = [];
  for (const sentence of sentences(text)) {
    const count = words(sentence).length;
    if (count > MAX_WORDS) problems.push({ rule: 'long-sentence', sentence, detail: `${count} words (at most ${MAX_WORDS})` });
    let rest = sentence;
    for (const name of names) if (name.trim() !== '') rest = rest.split(name).join(' ');
    // A unit joined to its number by a no-break space ("1 234 kr") is a word of its own here.
    for (const word of words(rest).flatMap((w) => w.split('\u00a0'))) {
      if (isAbbreviation(word) && !explained(word, sentence)) problems.push({ rule: 'abbreviation', sentence, detail: `“${bare(word)}” is not explained` });
    }
  }
  return problems;
}
