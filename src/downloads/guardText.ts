/**
 * OWASP CSV-injection guard for TEXT cells: a spreadsheet would run a cell that starts with
 * =, +, -, @, tab or CR as a formula (also after leading spaces), and a value with a line break
 * can smuggle such a start onto a new line. Those get a leading apostrophe, which Excel and
 * LibreOffice show as text. Numbers never pass through here: -5 stays the number -5.
 *
 * The lone "-" is left alone: it is the Swedish status symbol for "bortfall", and a single
 * minus sign is read as text by every spreadsheet, never as a formula.
 */
const DANGEROUS_START = /^[\s]*[=+\-@\t\r]/;
const LINE_BREAK = /[\r\n]/;

export function guardText(text: string): string {
  if (text === '-') return text;
  if (DANGEROUS_START.test(text) || LINE_BREAK.test(text)) return `'${text}`;
  return text;
}
