// Numbers as controllers type them: Swedish (1 234,5 with space/NBSP grouping,
// decimal comma, true minus) and international (1234.5). Anything that could
// be read two ways is rejected with a suggestion rather than guessed.

export type NumberResult =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; code: 'type-error'; hint: string }
  | { ok: false; code: 'ambiguous-number'; suggestion: string };

const NO_HINT = '';

function typeError(hint: string = NO_HINT): NumberResult {
  return { ok: false, code: 'type-error', hint };
}

/**
 * For the plain forms -?\d+, -?\d+.\d+ and -?\d+,\d+ (checked by hand, so the
 * common case never touches a regex): the index of the decimal separator, the
 * length when there is none, or -1 when the text is not plain.
 */
function plainSeparator(s: string): number {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const digitsStart = i;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch < 48 || ch > 57) break;
    i++;
  }
  if (i === digitsStart) return -1;
  if (i === n) return n;
  const sep = s.charCodeAt(i);
  if (sep !== 46 && sep !== 44) return -1;
  const at = i++;
  const fracStart = i;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    i++;
  }
  return i > fracStart ? at : -1;
}

/** Powers of ten that doubles hold exactly. */
const EXACT_POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of a plain number (-?\d+, -?\d+.\d+, -?\d+,\d+), or NaN when the text
 * is anything else: the form of nearly every value cell, read without building a
 * string for Number() or a result object. With at most 15 digits, the digits are an
 * exact integer and one division by an exact power of ten rounds once, so the result
 * is the very double Number() gives for the text.
 */
export function plainNumber(s: string): number {
  const n = s.length;
  if (n === 0 || n > 17) return n === 0 ? Number.NaN : plainNumberSlow(s);
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let digits = 0;
  let value = 0;
  let scale = 0;
  let sepAt = -1;
  for (; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      value = value * 10 + (ch - 48);
      digits++;
      if (sepAt >= 0) scale++;
    } else if ((ch === 46 || ch === 44) && sepAt < 0 && digits > 0) sepAt = i;
    else return Number.NaN;
  }
  if (digits === 0 || (sepAt >= 0 && scale === 0)) return Number.NaN;
  if (digits > 15) return plainNumberSlow(s);
  const result = scale === 0 ? value : value / EXACT_POW10[scale];
  return negative ? -result : result;
}

function plainNumberSlow(s: string): number {
  const sep = plainSeparator(s);
  if (sep < 0) return Number.NaN;
  const value = Number(sep < s.length && s.charCodeAt(sep) === 44 ? s.slice(0, sep) + '.' + s.slice(sep + 1) : s);
  return Number.isFinite(value) ? value : Number.NaN;
}

// Space, no-break space, narrow no-break space, thin space: all used as thousands separators.
const GROUP_SPACE = /[ \u00A0\u202F\u2009]/g;
const TRIM_SPACE = /^[\s\u00A0\u202F\u2009]+|[\s\u00A0\u202F\u2009]+$/g;
// Digits grouped by spaces in threes (1 234 567), optional decimals and exponent, after separators are known.
const GROUPED = /^\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:[.,]\d+)?$/;
const UNGROUPED = /^\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/;
const THOUSANDS = /^\d{1,3}(?:[.,]\d{3})+$/;
const ONLY_DIGITS_AND_SEPARATORS = /^[\d.,]+$/;
const NUMBER_THEN_TEXT = /^([-+\u2212]?[\d \u00A0\u202F.,]*\d)\s*([A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö. ]*)$/;
const TEXT_THEN_NUMBER = /^([A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö.]*)\s*([-+\u2212]?\d[\d \u00A0\u202F.,]*)$/;

/** Swedish form of a number given as sign, integer digits and fraction digits: 1 234,5. */
function swedish(negative: boolean, int: string, frac: string): string {
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (negative ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** Parse one number. Never throws; the failure says why, in a form the catalogue can show. */
export function parseNumber(input: string): NumberResult {
  const sep = input.length > 0 ? plainSeparator(input) : -1;
  if (sep >= 0) {
    // A decimal comma (74,5) is the Swedish form; Number() wants a point.
    const value = Number(sep < input.length && input.charCodeAt(sep) === 44 ? input.slice(0, sep) + '.' + input.slice(sep + 1) : input);
    if (Number.isFinite(value)) return { ok: true, value, percent: false };
    return typeError();
  }
  let s = input.replace(TRIM_SPACE, '');
  if (s === '') return typeError();
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    negative = true;
    s = s.slice(1);
  } else if (first === 43) {
    s = s.slice(1);
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).replace(TRIM_SPACE, '');
  }
  if (s === '') return typeError(input.trim() === '—' ? ' Skriv - (bindestreck) om värdet saknas.' : NO_HINT);

  const hasComma = s.includes(',');
  const hasPoint = s.includes('.');
  if (ONLY_DIGITS_AND_SEPARATORS.test(s.replace(GROUP_SPACE, ''))) {
    const compact = s.replace(GROUP_SPACE, '');
    const commas = compact.split(',').length - 1;
    const points = compact.split('.').length - 1;
    if ((hasComma && hasPoint) || commas > 1 || points > 1) {
      // The last separator is taken as the decimal one for the suggestion only.
      const last = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
      const onlyGroups = commas + points > 1 && !(hasComma && hasPoint);
      const intPart = onlyGroups ? compact : compact.slice(0, last);
      const int = intPart.replace(/[.,]/g, '');
      const frac = onlyGroups ? '' : compact.slice(last + 1);
      // Only a real thousands grouping (1.234.567) is ambiguous; 1..2 is just wrong.
      if (THOUSANDS.test(intPart) && (frac === '' || /^\d+$/.test(frac))) {
        return { ok: false, code: 'ambiguous-number', suggestion: swedish(negative, int.replace(/^0+(?=\d)/, ''), frac) };
      }
      return typeError();
    }
  }
  if (!(GROUPED.test(s) || UNGROUPED.test(s))) {
    if (input.includes('—')) return typeError(' Skriv - (bindestreck) om värdet saknas.');
    const after = NUMBER_THEN_TEXT.exec(input.trim());
    if (after && parseNumber(after[1]).ok) return typeError(` Ta bort texten ”${after[2].trim()}”.`);
    const before = TEXT_THEN_NUMBER.exec(input.trim());
    if (before && parseNumber(before[2]).ok) return typeError(` Ta bort texten ”${before[1].trim()}”.`);
    return typeError();
  }
  const value = Number(s.replace(GROUP_SPACE, '').replace(',', '.'));
  if (!Number.isFinite(value)) return typeError();
  return { ok: true, value: negative ? -value : value, percent };
}
