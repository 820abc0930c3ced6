/**
 * Characters XML 1.0 forbids even when escaped (C0 controls other than tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF). Spreadsheet text can carry them (e.g. a pasted vertical tab), and a
 * single one makes the whole feed or catalogue unparseable, so they are dropped.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value made safe for XML: markup characters escaped, forbidden characters removed. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
