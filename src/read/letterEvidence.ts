// What a decoding looks like, letter by letter: the evidence decodeText weighs when a file is
// not UTF-8. Swedish in Windows-1252 gives å ä ö inside otherwise ASCII words; the same bytes
// read with the wrong code page give letters Swedish never uses (ĺ ş ő ţ), and a Greek or
// Cyrillic file read as Windows-1252 gives words made only of accented letters (ËåùíéäáÒ).

/** The letters of Swedish beyond ASCII (é as in armé, idé). */
const SWEDISH = new Set('åäöÅÄÖéÉ');
/** Marks that stand inside words in ordinary text: apostrophes, the soft hyphen, the middle dot. */
const INSIDE_WORDS = new Set('\u2019\u2018\u00b4\u00ad\u00b7');
const LETTER = /[\p{L}\p{M}]/u;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const SCRIPTS: [string, RegExp][] = [
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Thai', /\p{Script=Thai}/u],
];
const MAX_SHOWN = 5;

export interface LetterEvidence {
  /** Swedish letters (å ä ö Å Ä Ö é É) in words. */
  swedish: number;
  /** Other non-ASCII letters in words that could be real: accented Latin beside ASCII letters, or a word in one other script. */
  other: number;
  /** Characters no text has there: C1 controls, symbols between letters, words mixing scripts, Latin words of (non-Swedish) accented letters only. */
  odd: number;
  /** The first few distinct other letters, to name in a message. */
  otherLetters: string[];
}

function scriptOf(ch: string): string {
  if (ch < '\u0080') return 'ASCII';
  if (LATIN.test(ch)) return 'Latin';
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return /\p{M}/u.test(ch) ? 'Mark' : 'Other';
}

/** Counts the evidence in a decoded text (a sample of a few hundred kilobytes at most). */
export function letterEvidence(text: string): LetterEvidence {
  const evidence: LetterEvidence = { swedish: 0, other: 0, odd: 0, otherLetters: [] };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let ascii = 0;
    const scripts = new Set<string>();
    const beyond: string[] = [];
    for (const ch of word) {
      const script = scriptOf(ch);
      if (script === 'ASCII') ascii++;
      else {
        beyond.push(ch);
        if (script !== 'Mark') scripts.add(script);
      }
    }
    if (beyond.length === 0) continue;
    const latinOnly = scripts.size === 1 && scripts.has('Latin');
    const mixed = scripts.size > 1 || (!latinOnly && ascii > 0);
    // "Mått" and "ÅÄÖ" are words; "ËåùíéäáÒ" (Greek read as Windows-1252) and "Mεtt" (Swedish read as Greek) are not.
    const accentsOnly = latinOnly && ascii === 0 && beyond.length >= 2 && !beyond.every((ch) => SWEDISH.has(ch));
    if (mixed || accentsOnly) {
      evidence.odd += beyond.length;
      continue;
    }
    for (const ch of beyond) {
      if (SWEDISH.has(ch)) evidence.swedish++;
      else {
        evidence.other++;
        if (evidence.otherLetters.length < MAX_SHOWN && !evidence.otherLetters.includes(ch)) evidence.otherLetters.push(ch);
      }
    }
  }
  // Characters outside words: control characters (bytes a code page leaves undefined) and
  // symbols wedged between letters ("Wroc³aw": Polish read as Windows-1252).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if ((code >= 0x80 && code <= 0x9f) || code === 0xfffd) {
      evidence.odd++;
      continue;
    }
    const ch = text[i];
    if (LETTER.test(ch) || INSIDE_WORDS.has(ch) || /\s/.test(ch)) continue;
    if (i > 0 && i + 1 < text.length && LETTER.test(text[i - 1]) && LETTER.test(text[i + 1])) evidence.odd++;
  }
  return evidence;
}

/** True when the text reads as Swedish: its non-ASCII letters are mostly Swedish ones, in ordinary words. */
export function looksSwedish(e: LetterEvidence): boolean {
  if (e.swedish === 0) return e.other === 0 && e.odd === 0;
  return e.swedish >= e.other && e.odd * 10 <= e.swedish;
}
