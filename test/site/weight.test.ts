// Page weight of every indicator page and every table of all municipalities, Swedish and English: the HTML plus every stylesheet, script, image and
// CSS url() it loads, gzipped as a host would send them: < 60 KB in all, < 10 KB of JavaScript.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../support/pageWeight.ts';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

const TOTAL_BUDGET = 60 * 1024;
const JS_BUDGET = 10 * 1024;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const pages = collect('example site indicator pages', () => {
  const site = siteUnderTest('example');
  const dir = join(site.dist, 'matt');
  const ids = readdirSync(dir).filter((id) => existsSync(join(dir, id, 'index.html'))).sort();
  if (ids.length === 0) throw new Error(`no indicator pages in ${dir}`);
  // The tables of all municipalities (290 rows) live on pages of their own: the same budget holds for them.
  const tables = ids.flatMap((id) => ['varde', 'namn'].filter((sort) => existsSync(join(dir, id, 'kommuner', sort, 'index.html'))).map((sort) => `/matt/${id}/kommuner/${sort}/`));
  if (tables.length === 0) throw new Error(`no table of all municipalities under ${dir}/<id>/kommuner/`);
  // Both languages: an English page carries the same figures with its own texts and lang marks.
  return { site, paths: [...ids.map((id) => `/matt/${id}/`), ...tables].flatMap((path) => [path, `/en${path}`]) };
});

describe('page weight', () => {
  it('counts the HTML, a linked stylesheet and its url(), a script and its imports, an image and inline JS (self-test)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'oppna-weight-'));
    try {
      const file = (path: string, text: string): number => {
        mkdirSync(join(dist, path, '..'), { recursive: true });
        writeFileSync(join(dist, path), text);
        return gzipSync(text, { level: 9 }).length;
      };
      const noise = (n: number): string => Array.from({ length: n }, (_, i) => ((i * 7919) % 9973).toString(36)).join(' ');
      const inline = `console.log("${noise(50)}");`;
      const html = file('matt/X/index.html', `<!doctype html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="../../_astro/b.js"></script><script>${inline}</script><script type="application/ld+json">{"a":1}</script><p>&lt;img src="nope.png"&gt;</p><img src="/bild.png" alt="">`);
      const css = file('_astro/a.css', `body{background:url("./bg.svg")} /* ${noise(200)} */`);
      const bg = file('_astro/bg.svg', `<svg xmlns="http://www.w3.org/2000/svg"><!-- ${noise(20)} --></svg>`);
      const b = file('_astro/b.js', `import"./c.js";export const b="${noise(300)}";`);
      const c = file('_astro/c.js', `export const c="${noise(100)}";`);
      const img = file('bild.png', noise(30));
      const weight = pageWeight(dist, '/matt/X/');
      const inlineGz = gzipSync(inline, { level: 9 }).length;
      expect(weight.problems).toEqual([]);
      expect(weight.html).toBe(html);
      expect(weight.css).toBe(css);
      expect(weight.images).toBe(bg + img);
      expect(weight.js).toBe(b + c + inlineGz);
      expect(weight.total).toBe(html + css + bg + b + c + img);
      // A reference to a file that is not there is a problem, not a zero.
      file('matt/Y/index.html', '<!doctype html><script src="/_astro/gone.js"></script>');
      expect(pageWeight(dist, '/matt/Y/').problems.join()).toContain('/_astro/gone.js');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  if (pages.error) {
    it('builds the example site and finds its indicator pages', () => {
      throw pages.error;
    });
  } else {
    const { site, paths } = pages.value;
    it(`every indicator page is under ${kb(TOTAL_BUDGET)} gzipped in all and under ${kb(JS_BUDGET)} of JavaScript`, () => {
      const weights = paths.map((path) => pageWeight(site.dist, path));
      const rows = weights.map((w) => `  ${w.page.padEnd(40)} total ${kb(w.total).padStart(8)}  html ${kb(w.html).padStart(8)}  css ${kb(w.css).padStart(7)}  js ${kb(w.js).padStart(7)} (${kb(w.jsRaw)} raw)  img ${kb(w.images).padStart(7)}`);
      const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
      console.log(`[weight] indicator pages (gzip -9):\n${rows.join('\n')}\n  heaviest ${heaviest.page} loads:\n    ${[`${heaviest.page}index.html (html, ${heaviest.html} B gz)`, ...heaviest.files].join('\n    ')}`);
      expect(weights.flatMap((w) => w.problems)).toEqual([]);
      expect(weights.filter((w) => w.total >= TOTAL_BUDGET).map((w) => `${w.page}: ${kb(w.total)}`)).toEqual([]);
      expect(weights.filter((w) => w.js >= JS_BUDGET).map((w) => `${w.page}: ${kb(w.js)} of JavaScript`)).toEqual([]);
    });
  }
});
