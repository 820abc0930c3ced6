// A strict XML parse for the feed, sitemap and robots tests. sax (isaacs/sax-js, maintained, already
// installed with Astro) in strict mode rejects anything that is not well-formed XML: unescaped
// markup, bad entities, unbalanced tags. Loaded through createRequire because it ships no types.
import { createRequire } from 'node:module';

export interface XmlElement {
  name: string;
  /** Namespace URI of the element. */
  uri: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
}

interface SaxTag {
  name: string;
  local: string;
  uri: string;
  attributes: Record<string, { value: string; local: string; uri: string }>;
}

interface SaxParser {
  onerror: (error: Error) => void;
  onopentag: (tag: SaxTag) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  write(text: string): SaxParser;
  close(): void;
}

const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean, options: { xmlns: boolean }): SaxParser };

/** Parses XML strictly; throws on the first well-formedness error. Returns the root element. */
export function parseXml(text: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes: new Map(Object.entries(tag.attributes).map(([name, a]) => [name, a.value])), children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  };
  parser.oncdata = parser.ontext;
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Direct children named `name`. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
/** Text of the first direct child named `name`, or undefined. */
export const childText = (element: XmlElement, name: string) => childrenNamed(element, name)[0]?.text;
