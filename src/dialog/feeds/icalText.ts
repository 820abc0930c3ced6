// iCalendar (RFC 5545) content lines: TEXT values escaped (§3.3.11) and lines folded at 75
// octets (§3.1), never inside a UTF-8 character, joined with CRLF.

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n. */
export function icalText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** One content line folded into lines of at most 75 octets; each continuation starts with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** The lines as an iCalendar stream: each folded, each ended by CRLF. */
export function icalLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
