import { Tokenizer } from 'htmlparser2';

/** An element with one of these attributes is cut only when nothing inside it tells Pagefind anything. */
const IGNORE = 'data-pagefind-ignore';
const PAGEFIND = 'data-pagefind-';

/**
 * A page as Pagefind needs it: without the elements whose text it leaves out anyway — every
 * `<svg>` and every element marked `data-pagefind-ignore` (the charts and their tables) — which
 * are most of an indicator page's bytes and most of the time Pagefind spends reading it.
 * The index made from the cut page is the one made from the whole page.
 *
 * Tokenized, not matched with a regular expression: Astro leaves `<` unescaped in attribute
 * values, so a controller's text could otherwise pass for a tag. An element is cut from its start
 * tag to the end tag that balances it (end tags of the same name counted, as the start tags
 * are). Whenever that is not certain, the page is given back whole, which costs only time: an
 * element still open at the end, or one holding another `data-pagefind-*` attribute (a filter or
 * metadata inside an ignored element is still read).
 */
export function cutForSearch(html: string): string {
  const kept: string[] = [];
  let from = 0;
  let whole = false;
  // The start tag being read.
  let tag = '';
  let tagStart = 0;
  let ignored = false;
  let tells = false;
  // The element being cut.
  let cutting: { name: string; start: number; depth: number } | undefined;

  const endOfStartTag = (selfClosing: boolean) => {
    if (tells && (cutting || ignored)) whole = true;
    if (cutting) {
      // `<svg/>` closes itself inside an svg; `<div/>` is an open div in HTML.
      if (tag === cutting.name && !(selfClosing && tag === 'svg')) cutting.depth += 1;
    } else if ((tag === 'svg' || ignored) && !selfClosing) {
      cutting = { name: tag, start: tagStart, depth: 1 };
    }
  };
  const noop = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: false, xmlMode: false },
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        tagStart = start - 1;
        ignored = false;
        tells = false;
      },
      onattribname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (name === IGNORE) ignored = true;
        else if (name.startsWith(PAGEFIND)) tells = true;
      },
      onopentagend: () => endOfStartTag(false),
      onselfclosingtag: () => endOfStartTag(true),
      onclosetag(start, end) {
        if (!cutting || html.slice(start, end).toLowerCase() !== cutting.name || --cutting.depth > 0) return;
        const close = html.indexOf('>', end);
        if (close < 0) return void (whole = true);
        kept.push(html.slice(from, cutting.start));
        from = close + 1;
        cutting = undefined;
      },
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onprocessinginstruction: noop,
      ontext: noop,
      ontextentity: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (whole || cutting || from === 0) return html;
  kept.push(html.slice(from));
  return kept.join('');
}
