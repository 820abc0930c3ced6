import { describe, expect, it } from 'vitest';
import { cutForSearch } from '../../../src/opendata/search/cutForSearch.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="sv"><head><title>T</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

describe('cutForSearch', () => {
  it('cuts every svg and every element marked data-pagefind-ignore, nested ones whole', () => {
    const html = page('<h1>Mått</h1><figure><svg viewBox="0 0 1 1"><g><svg><text>inre</text></svg><path d="M0"/></g></svg><figcaption>Text</figcaption></figure><div data-pagefind-ignore><div><table><tr><td>1</td></tr></table></div><div>mer</div></div><p>Slut</p>');
    expect(cutForSearch(html)).toBe(page('<h1>Mått</h1><figure><figcaption>Text</figcaption></figure><p>Slut</p>'));
  });

  it('counts only end tags of the cut element\'s own name, and reads self-closing svg inside an svg', () => {
    const html = page('<details data-pagefind-ignore><summary>S</summary><details><p>inre</p></details></details><svg><svg/><rect/></svg><p>kvar</p>');
    expect(cutForSearch(html)).toBe(page('<p>kvar</p>'));
  });

  it('is not fooled by tags in attribute values, comments or scripts', () => {
    const html = page('<p title="</div><svg>">a</p><!-- <svg> --><script>const s = "<svg>";</script><div data-pagefind-ignore title="</div>">bort</div><p>b</p>');
    expect(cutForSearch(html)).toBe(page('<p title="</div><svg>">a</p><!-- <svg> --><script>const s = "<svg>";</script><p>b</p>'));
  });

  it('gives the page back whole when an ignored element holds something Pagefind still reads', () => {
    for (const inner of ['<span data-pagefind-filter="typ">x</span>', '<span data-pagefind-meta="title">x</span>', '<span data-pagefind-body>x</span>']) {
      const html = page(`<div data-pagefind-ignore>${inner}</div><svg></svg>`);
      expect(cutForSearch(html), inner).toBe(html);
    }
    const own = page('<div data-pagefind-ignore data-pagefind-filter="typ:a">x</div>');
    expect(cutForSearch(own)).toBe(own);
  });

  it('gives the page back whole when a cut element is never closed', () => {
    // (`</div </main>` would close the div: an end tag runs to the next `>`, as browsers read it.)
    for (const html of [page('<div data-pagefind-ignore><p>x</p>'), page('<svg><rect/>'), '<p>a</p><div data-pagefind-ignore>x</div ']) expect(cutForSearch(html)).toBe(html);
  });

  it('leaves a page with nothing to cut as it is', () => {
    const html = page('<h1>Rubrik</h1><p data-pagefind-meta="title">x</p><img src="a.png" alt="b">');
    expect(cutForSearch(html)).toBe(html);
  });
});
