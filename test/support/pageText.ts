// The text of a built page as a reader meets it: in blocks (a paragraph, a list item, a table
// cell, an SVG description), each text run with the language it is in (the nearest lang
// attribute). For the language and plain-language checks on built pages.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export interface TextRun {
  text: string;
  /** The nearest lang attribute of the run's elements. */
  lang: string;
}

export interface TextBlock {
  /** The block element: p, li, td, h2, desc … */
  tag: string;
  runs: TextRun[];
  /** All of the block's text. */
  text: string;
}

export interface PageText {
  lang: string;
  blocks: TextBlock[];
  /** Every element that has a lang attribute, with its value. */
  langAttributes: string[];
  /** Links: href, hreflang, and the language the link's text is in. */
  links: { href: string; hreflang?: string; lang: string; text: string }[];
}

const BLOCKS = new Set([
  'p', 'li', 'dd', 'dt', 'td', 'th', 'caption', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary',
  'label', 'button', 'legend', 'pre', 'title', 'desc', 'text', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'body',
]);
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template']);

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** A built page's text in blocks with their languages. */
export function readPageText(html: string): PageText {
  const doc = parseDocument(html, { decodeEntities: true });
  const page: PageText = { lang: '', blocks: [], langAttributes: [], links: [] };
  const walk = (nodes: ChildNode[], lang: string, block: TextBlock): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (node.data.trim() !== '' || block.runs.length > 0) block.runs.push({ text: node.data, lang });
        continue;
      }
      if (!isElement(node) || SKIP.has(node.name)) continue;
      const own = node.attribs.lang;
      if (own !== undefined) page.langAttributes.push(own);
      if (node.name === 'html') page.lang = own ?? '';
      const inner = own ?? lang;
      if (node.name === 'a' && node.attribs.href !== undefined) {
        page.links.push({ href: node.attribs.href, hreflang: node.attribs.hreflang, lang: inner, text: textOf(node) });
      }
      if (BLOCKS.has(node.name)) {
        const child: TextBlock = { tag: node.name, runs: [], text: '' };
        walk(node.children, inner, child);
        finish(child);
        if (child.text !== '') page.blocks.push(child);
        // A block inside a block interrupts it: what follows is text of its own.
        block.runs.push({ text: ' ', lang });
      } else {
        walk(node.children, inner, block);
      }
    }
  };
  const root: TextBlock = { tag: '#document', runs: [], text: '' };
  walk(doc.children, '', root);
  finish(root);
  if (root.text !== '') page.blocks.push(root);
  return page;
}

function finish(block: TextBlock): void {
  block.text = block.runs.map((r) => r.text).join('').replace(/[ \t\r\n]+/g, ' ').trim();
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return isElement(node) ? node.children.map(textOf).join('') : '';
}

/** A block's text in one language: runs in others replaced by a space, so no phrase spans them. */
export function textIn(block: TextBlock, lang: string): string {
  return block.runs
    .map((r) => (r.lang === lang ? r.text : ' \u241e '))
    .join('')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
