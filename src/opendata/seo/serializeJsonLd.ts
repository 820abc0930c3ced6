/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify leaves `<`, `>` and `&`
 * as they are, so a title containing `</script>` would end the element and let spreadsheet text
 * become markup; U+2028/U+2029 break older JavaScript parsers. Each is written as a \uXXXX escape,
 * which is still the same JSON value, so the output never contains a character that can end the
 * script element or start markup.
 */
export function serializeJsonLd(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
