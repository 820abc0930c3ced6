// Search: the post-build step buildSearchIndex() indexes a copy of the example build (the shared
// build stays untouched), deterministically, from the pages' search copies — cut afresh, or placed
// from a build cache — to the bytes Pagefind writes from the whole pages; with a build cache and no
// searchable page changed, the last index is placed without Pagefind; then the real search page finds pages in Chromium
// under the site's CSP, and without JavaScript it offers the form and a way to browse.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OutputCache, type KnownFile } from '../../src/cache/OutputCache.ts';
import { buildSearchIndex } from '../../src/opendata/search/buildSearchIndex.ts';
import { UNREAD_PAGES } from '../../src/opendata/search/unreadPages.ts';
import { connectBrowser } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';
import { siteUnderTest } from '../support/siteUnderTest.ts';

const tmp = mkdtempSync(join(tmpdir(), 'oppna-search-'));
let browser: Browser | undefined;
let server: StaticServer | undefined;
/** The index files each cached build linked from the cache. */
const placedIndex: Record<string, Map<string, KnownFile>> = {};
/** The indicator folder whose page was changed ('changed', 'changed-plain'). */
let changedGroup = '';

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name)).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

beforeAll(async () => {
  const site = siteUnderTest('example');
  // Without the build's own index (Pagefind adds to a folder, it does not empty it).
  for (const name of ['a', 'b', 'cut', 'cached', 'changed', 'changed-plain', 'damaged']) cpSync(site.dist, join(tmp, name), { recursive: true, filter: (from) => from !== join(site.dist, 'pagefind') });
  // One indicator page's searchable text changed, in two copies of the site.
  const indicatorPage = [...files(join(tmp, 'changed')).keys()].find((p) => /^matt\/[^/]+\/index\.html$/.test(p))!;
  for (const name of ['changed', 'changed-plain']) {
    const path = join(tmp, name, indicatorPage);
    writeFileSync(path, readFileSync(path, 'utf8').replace('</h1>', ' (rättat)</h1>'));
  }
  changedGroup = indicatorPage.replace(/index\.html$/, '');
  await buildSearchIndex(join(tmp, 'a'));
  await buildSearchIndex(join(tmp, 'b'));
  // Builds with one cache: the first makes the copies and the index, the second (the same pages)
  // places the index, and the third (one page changed) places the other folders' copies.
  const cache = new OutputCache(join(tmp, 'cache'));
  const cachedBuild = (name: string) => buildSearchIndex(join(tmp, name), { copiesDir: join(tmp, `copies-${name}`), cached: { cache } });
  placedIndex.cut = await cachedBuild('cut');
  placedIndex.cached = await cachedBuild('cached');
  placedIndex.changed = await cachedBuild('changed');
  // A blob of the cached index damaged (its size kept): the index is made again, not placed.
  const entryFile = readFileSync(join(tmp, 'cut', 'pagefind', 'pagefind-entry.json'), 'utf8');
  const blob = cache.blobPath(createHash('sha256').update(entryFile).digest('hex'));
  rmSync(blob);
  writeFileSync(blob, entryFile.replace('"version"', '"versjon"'));
  placedIndex.damaged = await cachedBuild('damaged');
  await buildSearchIndex(join(tmp, 'changed-plain'));
  // Pagefind on the whole pages, as they are published.
  try {
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: site.dist });
    await index!.writeFiles({ outputPath: join(tmp, 'whole') });
  } finally {
    await pagefind.close();
  }
  server = await serveStatic(join(tmp, 'a'));
  browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('search', () => {
  it('writes the Pagefind index and UI, the same bytes every time', () => {
    const a = files(join(tmp, 'a', 'pagefind'));
    const b = files(join(tmp, 'b', 'pagefind'));
    for (const name of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json']) expect([...a.keys()]).toContain(name);
    expect([...a.keys()].some((k) => k.startsWith('wasm.sv'))).toBe(true);
    expect(a).toEqual(b);
  });

  it('writes from the search copies, cut afresh or placed from the cache, the index of the whole pages', () => {
    const a = files(join(tmp, 'a', 'pagefind'));
    expect(files(join(tmp, 'whole'))).toEqual(a);
    expect(files(join(tmp, 'cut', 'pagefind'))).toEqual(a);
    expect(files(join(tmp, 'cached', 'pagefind'))).toEqual(a);
    // The indicator pages' copies cut (smaller than the pages) and, after one page changed, all but that page's folder's the very files the first build cut (the cache's blobs).
    const indicatorPages = [...files(join(tmp, 'copies-changed')).keys()].filter((p) => /^(en\/)?matt\/[^/]+\//.test(p));
    expect(indicatorPages.length).toBeGreaterThan(10);
    for (const page of indicatorPages) expect(statSync(join(tmp, 'copies-changed', page)).size, page).toBeLessThan(statSync(join(tmp, 'a', page)).size);
    const sameFile = (p: string) => statSync(join(tmp, 'copies-changed', p)).ino === statSync(join(tmp, 'copies-cut', p)).ino;
    expect(indicatorPages.filter((p) => !sameFile(p))).toEqual(indicatorPages.filter((p) => p.startsWith(changedGroup)));
    expect(readFileSync(join(tmp, 'copies-changed', `${changedGroup}index.html`), 'utf8')).toContain('(rättat)</h1>');
    expect(placedIndex.cut.size).toBe(0);
    // Pages with nothing to index are not copied.
    expect(indicatorPages.filter((p) => /\/inbaddning\//.test(p))).toEqual([]);
  });

  it('places the last index from the cache, running no Pagefind, while no page Pagefind reads changed', () => {
    const index = files(join(tmp, 'cached', 'pagefind'));
    // Every file placed from the cache, linked, its hash given for the gate.
    expect([...placedIndex.cached.keys()].sort()).toEqual([...index.keys()].map((k) => `pagefind/${k}`).sort());
    for (const [name, known] of placedIndex.cached) {
      expect(known.sha256, name).toBe(createHash('sha256').update(readFileSync(join(tmp, 'cached', name))).digest('hex'));
      expect(statSync(join(tmp, 'cached', name)).nlink, name).toBeGreaterThan(1);
    }
    // Of the copies only those outside the indicator folders, cut every time, were made; none of those the cache holds linked in for Pagefind.
    expect([...files(join(tmp, 'copies-cached')).keys()].filter((p) => /^(en\/)?matt\//.test(p))).toEqual([]);
    expect([...files(join(tmp, 'copies-changed')).keys()].filter((p) => /^(en\/)?matt\//.test(p)).length).toBeGreaterThan(10);
  });

  it('never places a damaged index: a blob changed in the cache, the index is made again', () => {
    expect(files(join(tmp, 'damaged', 'pagefind'))).toEqual(files(join(tmp, 'a', 'pagefind')));
    expect(placedIndex.damaged.has('pagefind/pagefind-entry.json')).toBe(false);
  });

  it('makes the index again when a page changed: the bytes a build without the cache writes', () => {
    const changed = files(join(tmp, 'changed', 'pagefind'));
    expect(changed).toEqual(files(join(tmp, 'changed-plain', 'pagefind')));
    expect(changed).not.toEqual(files(join(tmp, 'a', 'pagefind')));
    // The files the change left as they were are linked from the cache, their hashes given for the gate.
    expect(placedIndex.changed.size).toBeGreaterThan(0);
    expect(placedIndex.changed.size).toBeLessThan(changed.size);
  });

  it('leaves unread only pages with nothing to index, and indexes every searchable page', () => {
    const site = files(join(tmp, 'a'));
    const text = (file: string) => Buffer.from(site.get(file)!, 'base64').toString('utf8');
    const pages = [...site.keys()].filter((f) => f.endsWith('.html'));
    const searchable = new Set(pages.filter((f) => text(f).includes('data-pagefind-body')));
    for (const folder of UNREAD_PAGES) {
      const pattern = new RegExp(`^(?:en/)?${folder.replace(/^\/|\/$/g, '').split('/').map((p) => (p === '*' ? '[^/]+' : p)).join('/')}/`);
      const unread = pages.filter((f) => pattern.test(f));
      // Each folder still names pages the site makes, and none of them searchable.
      expect(unread.length, folder).toBeGreaterThan(1);
      expect(unread.filter((f) => searchable.has(f)), folder).toEqual([]);
    }
    const entry = JSON.parse(text('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(searchable.size);
  });

  it('fails with a clear message for a folder without a built site', async () => {
    await expect(buildSearchIndex(join(tmp, 'finns-inte'))).rejects.toThrow(/ingen byggd webbplats/);
  });

  it('finds pages from /sok/?q=… in a browser, with no CSP violation', async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server!.url}/sok/?q=${encodeURIComponent('öppna data')}`);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 20_000 });
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/oppna-data/');
    // Pagefind's own field replaces the plain form: one search box.
    expect(await page.locator('[data-search-form]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript: the plain form, a note and links to browse', async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server!.url}/sok/`);
    expect(await page.getByLabel('Sök på webbplatsen').isVisible()).toBe(true);
    // Playwright's text selectors skip <noscript>, so look at it directly.
    const note = page.locator('noscript p');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Sökningen behöver JavaScript');
    expect(await page.locator('[data-browse] a').count()).toBeGreaterThan(0);
    await context.close();
  });
});
