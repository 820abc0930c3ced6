// Swedish identity numbers. A personnummer (and a samordningsnummer, day + 60) is a date of
// birth, a three-digit serial and a Luhn check digit; an organisationsnummer has the same
// ten-digit shape and check digit, but its "month" (digits 3–4) is 20 or more, so the two
// never collide. A sole trader (enskild firma) has no organisationsnummer of its own: it
// trades under the owner's personnummer, which is personal data (Skatteverket, SKV 704).

/** The Luhn (mod 10) check over ten digits, as Skatteverket computes the check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) n *= 2;
    sum += n > 9 ? n - 9 : n;
  }
  return sum % 10 === 0;
}

/** The ten digits of an identity number written in any usual form, or undefined. */
function tenDigits(text: string): { digits: string; century?: string } | undefined {
  const m = /^\s*(\d{2})?(\d{6})[-+\s]?(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  return { digits: m[2] + m[3], ...(m[1] !== undefined ? { century: m[1] } : {}) };
}

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True when `text` is a personnummer or samordningsnummer: YYMMDD-NNNC, YYMMDD+NNNC,
 * YYYYMMDDNNNC, YYYYMMDD-NNNC or YYMMDDNNNC with a real date and a valid check digit.
 * Without a century, a date that exists in some century is enough (29 February included).
 */
export function isPersonalIdentityNumber(text: string): boolean {
  const parsed = tenDigits(text);
  if (!parsed || !luhnValid(parsed.digits)) return false;
  const { digits, century } = parsed;
  const month = Number(digits.slice(2, 4));
  let day = Number(digits.slice(4, 6));
  if (day > 60) day -= 60; // samordningsnummer
  const yy = Number(digits.slice(0, 2));
  if (century !== undefined) {
    if (century !== '18' && century !== '19' && century !== '20') return false;
    return isDate(Number(century) * 100 + yy, month, day);
  }
  return isDate(2000 + yy, month, day) || isDate(1900 + yy, month, day);
}

/** True when `text` is an organisationsnummer of a legal person (NNNNNN-NNNC, month digits ≥ 20, valid check digit). */
export function isOrganisationNumber(text: string): boolean {
  const m = /^\s*(?:16)?(\d{6})-?(\d{4})\s*$/.exec(text);
  if (!m) return false;
  const digits = m[1] + m[2];
  return Number(digits.slice(2, 4)) >= 20 && luhnValid(digits);
}

/** An identity number shown without the part that identifies a person: 19121212-**** / 121212-****. */
export function maskIdentityNumber(text: string): string {
  return text.replace(/\d{4}(\s*)$/, '****$1');
}
