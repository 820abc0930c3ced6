// A small HTML tokenizer for checks on built pages: start tags with their attributes,
// and the raw text of script/style. Escaped text (&lt;script&gt;) is text, never a tag,
// so payloads shown literally on a page do not trip the attribute checks.

export interface Attribute {
  name: string;
  /** Decoded value; null for a bare attribute (<input disabled>). */
  value: string | null;
}

export interface Tag {
  name: string;
  attrs: Attribute[];
  /** Raw content of script, style, textarea and title elements. */
  text?: string;
  /** Offset of the '<' in the document, for messages. */
  offset: number;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0', sol: '/', lpar: '(', rpar: ')' };

/** Enough of HTML's character references to see through `jav&#x61;script&colon;`. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt + 1);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1].toLowerCase();
    let j = lt + nameMatch[0].length;
    const attrs: Attribute[] = [];
    // Attributes until the closing '>' (quotes may hide a '>').
    while (j < html.length && html[j] !== '>') {
      const attr = /^[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/.exec(html.slice(j));
      if (!attr || attr[0].length === 0) {
        j++;
        continue;
      }
      const raw = attr[2] ?? attr[3] ?? attr[4];
      attrs.push({ name: attr[1].toLowerCase(), value: raw === undefined ? null : decodeEntities(raw) });
      j += attr[0].length;
    }
    const tag: Tag = { name, attrs, offset: lt };
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const end = close < 0 ? html.length : close;
      tag.text = html.slice(i, end);
      i = end;
    }
    tags.push(tag);
  }
  return tags;
}

export function attr(tag: Tag, name: string): string | null | undefined {
  return tag.attrs.find((a) => a.name === name)?.value;
}

/** Attributes whose value the browser may load or navigate to. */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'srcset']);

/** A URL a browser would run as script: javascript: (or vbscript:), whatever the spacing or case. */
export function isScriptUrl(value: string): boolean {
  // Browsers strip leading C0 controls and spaces and ignore tabs and newlines inside the scheme.
  const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:');
}

export interface UnsafeMarkup {
  offset: number;
  what: string;
}

/** Event-handler attributes, style attributes and script URLs in the markup (not in escaped text). */
export function unsafeMarkup(html: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  for (const tag of scanTags(html)) {
    for (const a of tag.attrs) {
      if (/^on/.test(a.name)) found.push({ offset: tag.offset, what: `<${tag.name} ${a.name}=…> event handler attribute` });
      else if (a.name === 'style') found.push({ offset: tag.offset, what: `<${tag.name} style="${a.value ?? ''}"> inline style attribute` });
      else if (URL_ATTRIBUTES.has(a.name) && a.value !== null && isScriptUrl(a.value)) found.push({ offset: tag.offset, what: `<${tag.name} ${a.name}="${a.value}"> script URL` });
    }
  }
  return found;
}
