// Text from cells: trimmed, and without control characters that would be
// invisible on the site (long texts keep their line breaks and tabs).

export interface CleanText {
  text: string;
  /** Spaces before or after the text were removed. */
  trimmed: boolean;
  /** Control characters were removed. */
  controlRemoved: boolean;
}

// C0 controls except \t \n \r; C1 controls; zero-width and bidi marks that hide in ids.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/g;
const SHORT_BREAKS = /[\t\r\n]+/g;

/** long: a note or description that may keep line breaks; otherwise breaks become spaces (Alt+Enter in a title). */
export function cleanText(input: string, long = false): CleanText {
  let text = input;
  CONTROL.lastIndex = 0;
  const controlRemoved = CONTROL.test(text);
  if (controlRemoved) text = text.replace(CONTROL, '');
  text = long ? text.replace(/\r\n?/g, '\n') : text.replace(SHORT_BREAKS, ' ');
  const trimmedText = text.trim();
  return { text: trimmedText, trimmed: trimmedText.length !== text.length, controlRemoved };
}
