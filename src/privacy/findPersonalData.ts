import { isPersonalIdentityNumber, maskIdentityNumber } from './identityNumbers.ts';

export type PersonalDataKind = 'personnummer' | 'email' | 'phone';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Where in the text it starts. */
  index: number;
  /** The match with its identifying part hidden, safe to show in a report or a log. */
  masked: string;
}

// Digits that are part of a longer number (an amount, an id, a date) are never a match on
// their own: every pattern is fenced by look-arounds that refuse a neighbouring digit.
const IDENTITY = /(?<![\d-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d-])/g;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?![\w-])/gi;
// Swedish numbers: 0 + area code or mobile prefix, or +46 / 0046 without the 0; then groups
// of digits separated by spaces or hyphens, 7–10 digits after the prefix. Dates (2025-06-16),
// decision references (§ 87, 2024/123) and amounts (1 234 567) do not start with 0 or +46.
const PHONE = /(?<![\d\w+/.,-])(?:\+46|0046|0)[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s-]?\d){6,9}(?![\d,.]\d)(?![\d])/g;

function masked(kind: PersonalDataKind, text: string): string {
  if (kind === 'personnummer') return maskIdentityNumber(text);
  if (kind === 'email') return text.replace(/^[^@]+/, (local) => `${local[0]}…`);
  let digits = 0;
  return text.replace(/\d/g, (d) => (++digits > 3 ? '*' : d));
}

/**
 * What in a free text looks like personal data a municipality must not publish by mistake:
 * a personnummer or samordningsnummer with a valid date and check digit, an e-mail address,
 * or a Swedish telephone number. Deliberately cautious: a published summary or answer
 * should never hold any of these, so a false alarm costs a controller a rewrite, a miss
 * costs a resident their privacy.
 */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const m of text.matchAll(IDENTITY)) {
    if (isPersonalIdentityNumber(m[0])) found.push({ kind: 'personnummer', index: m.index, masked: masked('personnummer', m[0]) });
  }
  for (const m of text.matchAll(EMAIL)) found.push({ kind: 'email', index: m.index, masked: masked('email', m[0]) });
  for (const m of text.matchAll(PHONE)) {
    // A personnummer written with spaces can also read as a phone number: report it once.
    if (!found.some((f) => f.kind === 'personnummer' && f.index === m.index)) found.push({ kind: 'phone', index: m.index, masked: masked('phone', m[0]) });
  }
  return found.sort((a, b) => a.index - b.index);
}
