// The search does not read the pages its records stand for: the glob given to Pagefind names every
// other page, and Pagefind itself reads exactly those.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { globWithout } from '../../../src/opendata/search/globWithout.ts';

const tmp = mkdtempSync(join(tmpdir(), 'oppna-glob-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function site(name: string, pages: string[]): string {
  const dist = join(tmp, name);
  for (const page of pages) {
    mkdirSync(dirname(join(dist, page)), { recursive: true });
    writeFileSync(join(dist, page), `<!doctype html><html lang="sv"><head><title>${page}</title></head><body><main data-pagefind-body><h1>${page}</h1><p>Sida ${page}</p></main></body></html>`);
  }
  return dist;
}

const PAGES = ['index.html', '404.html', 'matt/a/index.html', 'ekonomi/index.html', 'ekonomi/lr/2024/index.html', 'ekonomi/lr/lev/1/index.html', 'ekonomi/lr/lev/2/sida/2/index.html', 'en/ekonomi/lr/lev/1/index.html', 'en/matt/a/index.html'];

describe('globWithout', () => {
  it('names every page but those in the folders, listing only the folders on the way to them', () => {
    const dist = site('a', PAGES);
    expect(globWithout(dist, ['/ekonomi/lr/lev/', '/en/ekonomi/lr/lev/'])).toBe('{404.html,index.html,ekonomi/index.html,ekonomi/lr/2024/**/*.html,en/matt/**/*.html,matt/**/*.html}');
  });

  it('writes a `*` folder once for all the folders it stands for', () => {
    const dist = site('e', ['index.html', 'matt/a/index.html', 'matt/a/inb/index.html', 'matt/a/t/namn/index.html', 'matt/a/t/varde/index.html', 'matt/b/index.html', 'matt/b/inb/index.html', 'matt/b/x.html', 'matt/c/d/index.html', 'om/index.html']);
    expect(globWithout(dist, ['/matt/*/inb/', '/matt/*/t/namn/'])).toBe('{index.html,matt/*/index.html,matt/*/x.html,matt/*/d/**/*.html,matt/*/t/varde/**/*.html,om/**/*.html}');
  });

  it('is undefined when nothing is excluded, and when a name cannot be written in a glob', () => {
    const dist = site('b', PAGES);
    expect(globWithout(dist, [])).toBeUndefined();
    expect(globWithout(dist, ['/finns-inte/'])).toBeUndefined();
    const odd = site('c', ['index.html', 'x/lev/1/index.html', 'y{1,2}/index.html']);
    expect(globWithout(odd, ['/x/lev/'])).toBeUndefined();
  });

  it('makes Pagefind read the other pages only', async () => {
    const dist = site('d', PAGES);
    try {
      const { index } = await pagefind.createIndex({});
      const added = await index!.addDirectory({ path: dist, glob: globWithout(dist, ['/ekonomi/lr/lev/', '/en/ekonomi/lr/lev/'])! });
      expect(added.errors).toEqual([]);
      expect(added.page_count).toBe(PAGES.length - 3);
    } finally {
      await pagefind.close();
    }
  });
});
