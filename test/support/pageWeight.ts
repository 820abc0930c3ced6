// How much a browser downloads for one page of a built site: the HTML plus every stylesheet,
// script, image and CSS url() it references, each gzipped as a host would send it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attr, scanTags } from './htmlScan.ts';

export interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  images: number;
  total: number;
  /** Raw (uncompressed) bytes of JavaScript, for the printout. */
  jsRaw: number;
  /** Gzipped inline scripts: part of the HTML's size, and of the JavaScript budget. */
  inlineJs: number;
  files: string[];
  problems: string[];
}

const gz = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Follows a page's references through the built files, counting each file once. */
export function pageWeight(dist: string, path: string): Weight {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const weight: Weight = { page: path, html: gz(html), css: 0, js: 0, images: 0, total: 0, jsRaw: 0, inlineJs: 0, files: [], problems: [] };
  const seen = new Set<string>();
  const base = `http://site.test${path}`;

  const resolve = (ref: string, from: string): string | null => {
    if (ref.startsWith('data:')) return null; // already counted inside its HTML or CSS
    const url = new URL(ref, from);
    if (url.host !== 'site.test') {
      weight.problems.push(`${ref}: loaded from another host (the site must be self-contained)`);
      return null;
    }
    return decodeURIComponent(url.pathname);
  };
  const load = (urlPath: string, kind: 'css' | 'js' | 'images'): string | null => {
    if (seen.has(urlPath)) return null;
    seen.add(urlPath);
    const local = join(dist, urlPath);
    if (!existsSync(local)) {
      weight.problems.push(`${urlPath}: referenced by ${path} but not in the build`);
      return null;
    }
    const bytes = readFileSync(local);
    weight[kind] += gz(bytes);
    if (kind === 'js') weight.jsRaw += bytes.length;
    weight.files.push(`${urlPath} (${kind}, ${gz(bytes)} B gz)`);
    return bytes.toString('utf8');
  };
  const followCss = (urlPath: string): void => {
    const css = load(urlPath, 'css');
    if (css === null) return;
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const target = resolve(m[2], `http://site.test${urlPath}`);
      if (target) load(target, 'images');
    }
    for (const m of css.matchAll(/@import\s+(?:url\()?\s*['"]([^'"]+)['"]/g)) {
      const target = resolve(m[1], `http://site.test${urlPath}`);
      if (target) followCss(target);
    }
  };
  const followJs = (urlPath: string): void => {
    const js = load(urlPath, 'js');
    if (js === null) return;
    // Static imports between Astro's chunks: import"./x.js", from"./y.js", import("./z.js").
    for (const m of js.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
      const target = resolve(m[1], `http://site.test${urlPath}`);
      if (target) followJs(target);
    }
  };

  for (const tag of scanTags(html)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (tag.name === 'link' && href) {
      if (rel.includes('stylesheet')) {
        const target = resolve(href, base);
        if (target) followCss(target);
      } else if (rel.includes('modulepreload') || (rel.includes('preload') && attr(tag, 'as') === 'script')) {
        const target = resolve(href, base);
        if (target) followJs(target);
      } else if (rel.includes('icon')) {
        const target = resolve(href, base);
        if (target) load(target, 'images');
      }
    } else if (tag.name === 'script') {
      const type = (attr(tag, 'type') ?? '').toLowerCase();
      if (!SCRIPT_TYPES.has(type)) continue; // JSON-LD and other data blocks are not JavaScript
      const src = attr(tag, 'src');
      if (src) {
        const target = resolve(src, base);
        if (target) followJs(target);
      } else if (tag.text && tag.text.trim()) {
        // Inline scripts are already in the HTML's size; they count against the JS budget too.
        weight.js += gz(tag.text);
        weight.inlineJs += gz(tag.text);
        weight.jsRaw += Buffer.byteLength(tag.text);
      }
    } else if (tag.name === 'img' || (tag.name === 'source' && attr(tag, 'src'))) {
      const src = attr(tag, 'src');
      if (src) {
        const target = resolve(src, base);
        if (target) load(target, 'images');
      }
    }
  }
  // Inline JS is inside the HTML, so it is not added to the total a second time.
  weight.total = weight.html + weight.css + weight.js - weight.inlineJs + weight.images;
  return weight;
}
