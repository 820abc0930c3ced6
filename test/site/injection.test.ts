// A hostile data folder (test/fixtures/injection/) whose titles, descriptions, analysis texts,
// area and unit names and site texts carry script payloads. The built site must show every
// payload as literal text and run none of it: no window.__pwned, no dialog, no handler attributes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/chromium.ts';
import { unsafeMarkup } from '../support/htmlScan.ts';
import { htmlFiles } from '../support/siteTemplates.ts';
import { collect, siteUnderTest, type SiteName } from '../support/siteUnderTest.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** What test/fixtures/injection/ carries, all of which must appear as text and none run. */
const PAYLOADS = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=1">',
  breakout: '</script><script>window.__pwned=1</script>',
  attribute: '"><svg onload=window.__pwned=1>',
  url: 'javascript:alert(1)',
};

/** Pages and the payloads each must show literally (the fixture puts them there). */
const SHOWN: Record<string, string[]> = {
  '/': [PAYLOADS.script], // siteName, in the header of every page
  '/matt/INJ-01/': [PAYLOADS.script, PAYLOADS.img, PAYLOADS.breakout, PAYLOADS.attribute, PAYLOADS.url], // title, description, definition, question, analysis, unit names
  '/tillganglighet/': [PAYLOADS.img, PAYLOADS.attribute], // method, known issue
  // The dialogue (test/fixtures/injection/dialog/): every text field of the log, the questions and the priorities.
  '/dialog/': [PAYLOADS.script, PAYLOADS.attribute, PAYLOADS.img], // titles, places, questions, outcomes, priority topics and channels
  '/dialog/injektion-1/': [PAYLOADS.script, PAYLOADS.attribute, PAYLOADS.breakout, PAYLOADS.img, PAYLOADS.url], // title, place, organiser, invited, missing, question
  '/dialog/injektion-2/': [PAYLOADS.attribute, PAYLOADS.img, PAYLOADS.script, PAYLOADS.breakout], // title, channel, organiser, invited, heard, did, decision
  '/dialog/alla/': [PAYLOADS.script, PAYLOADS.attribute],
  '/ekonomi/': [PAYLOADS.script, PAYLOADS.img, PAYLOADS.breakout, PAYLOADS.attribute, PAYLOADS.url], // budget areas and committees
  '/ekonomi/verksamheter/script-window-pwned-1-script/': [PAYLOADS.script, PAYLOADS.img], // area, committee
  '/ekonomi/verksamheter/miljo-img-src-x-onerror-window-pwned-1/': [PAYLOADS.img, PAYLOADS.attribute], // area, results link, cost measure INJ-02
  '/matt/INJ-02/': [PAYLOADS.img], // the cost of its operating area beside its results
  // Supplier invoices: supplier names, account texts, förvaltning names.
  '/ekonomi/leverantorsreskontra/2024/': [PAYLOADS.script, PAYLOADS.attribute, PAYLOADS.breakout, PAYLOADS.url],
  '/ekonomi/leverantorsreskontra/2024/konton/': [PAYLOADS.img, PAYLOADS.attribute],
  '/ekonomi/leverantorsreskontra/leverantorer/5560000019/': [PAYLOADS.script, PAYLOADS.img, PAYLOADS.breakout],
  '/ekonomi/leverantorsreskontra/leverantorer/5560000019/sida/2/': [PAYLOADS.script, PAYLOADS.img],
  '/ekonomi/leverantorsreskontra/leverantorer/5560000027/': [PAYLOADS.attribute, PAYLOADS.url],
};

interface Visit {
  pwned: unknown;
  dialogs: string[];
  text: string;
  dangerous: string[];
}

/** Opens a page, lets pending handlers fire and reports anything that ran or could run. */
async function visit(browser: Browser, url: string, waitFor?: string): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page: Page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status(), `GET ${url}`).toBeLessThan(500);
    // Content rendered by client script (search results) must be there before we look.
    if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 20_000 });
    // onerror/onload of a broken image fire around the load event; give them a moment.
    await page.waitForTimeout(150);
    const result = await page.evaluate(() => {
      // Style attributes are checked in the built HTML (CSP): at run time scripts may set
      // element.style through the CSSOM (Pagefind's UI does), which CSP allows.
      const dangerous: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) {
          if (a.name.startsWith('on')) dangerous.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`);
          // Links and sources: where data could put a URL. (Pagefind's search UI builds its own
          // <form action="javascript:void(0);"> at run time; no data reaches form actions.)
          if (/^(href|src|xlink:href)$/.test(a.name) && /^\s*(javascript|vbscript):/i.test(a.value.replace(/[\t\n\r]/g, '')))
            dangerous.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`);
        }
      }
      for (const el of Array.from(document.querySelectorAll('img[src="x"], svg[onload]'))) dangerous.push(`injected element ${el.outerHTML.slice(0, 80)}`);
      return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, text: document.body.innerText, dangerous };
    });
    return { ...result, dialogs };
  } finally {
    await context.close();
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The one allowed use: a JSON-LD data block can only be written into <script> with set:html
 * (a {json} child is emitted literally, set:text turns quotes into &quot;). It takes only the
 * output of serializeJsonLd, which writes <, > and & as \u escapes, so no text from a
 * spreadsheet can close the element or start markup — proven below and by the hostile build.
 */
const JSON_LD_EXCEPTION = 'src/components/opendata/JsonLd.astro: <script type="application/ld+json" set:html={json} />';

describe('the source', () => {
  it('never renders raw HTML: no set:html in src/ but the audited JSON-LD block', () => {
    const offenders = filesUnder(SRC)
      .filter((file) => /\.(astro|ts|tsx|js|mjs|md|mdx)$/.test(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line) => (/set:html\s*=/.test(line) ? [`src/${relative(SRC, file)}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([JSON_LD_EXCEPTION]);
  });

  it('keeps JSON-LD inert whatever the text: no <, > or & survive serialisation', async () => {
    const { serializeJsonLd } = await import('../../src/opendata/seo/serializeJsonLd.ts');
    const out = serializeJsonLd({ name: '</script><script>window.__pwned=1</script>', d: '<!-- & \u2028 -->' });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ name: '</script><script>window.__pwned=1</script>', d: '<!-- & \u2028 -->' });
  });

  it('puts hostile titles into the JSON-LD of the hostile site without breaking out', () => {
    const html = readFileSync(join(siteUnderTest('injection').dist, 'matt', 'INJ-01', 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]).name).toContain('<script>');
  });
});

describe('the markup scanner', () => {
  it('finds handlers, style attributes and script URLs in markup, and ignores escaped text (self-test)', () => {
    const html =
      '<p>&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; style="x" javascript:alert(1)</p>' +
      '<a href="jav&#x61;script&colon;alert(1)">a</a><a href=" JAVASCRIPT:alert(1)">b</a>' +
      '<div onclick="x()">c</div><p style="color:red">d</p><a href="https://example.org/?q=javascript:1">ok</a>' +
      '<script>const s = "<a onclick=x>";</script>';
    expect(unsafeMarkup(html).map((u) => u.what)).toEqual([
      '<a href="javascript:alert(1)"> script URL',
      '<a href=" JAVASCRIPT:alert(1)"> script URL',
      '<div onclick=…> event handler attribute',
      '<p style="color:red"> inline style attribute',
    ]);
  });
});

describe.each(['injection', 'example'] as SiteName[])('the built %s site', (name) => {
  it('has no event-handler attributes, style attributes or javascript: URLs in any HTML file', () => {
    const site = siteUnderTest(name);
    const found = htmlFiles(site).flatMap((file) => unsafeMarkup(readFileSync(join(site.dist, file), 'utf8')).map((u) => `${file} @${u.offset}: ${u.what}`));
    expect(found).toEqual([]);
  });
});

const pages = collect('injection site pages', () => {
  const site = siteUnderTest('injection');
  const paths = htmlFiles(site).map((file) => `/${file}`.replace(/(^|\/)index\.html$/, '$1'));
  for (const path of Object.keys(SHOWN)) if (!paths.includes(path)) throw new Error(`the injection site has no page ${path} (pages: ${paths.join(', ')})`);
  return { site, paths };
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'), inject('browserError'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('notices a payload that does run (self-test of the probe)', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(`<!doctype html><html lang="sv"><title>t</title><body>${PAYLOADS.img}</body></html>`, { waitUntil: 'load' });
      await page.waitForTimeout(150);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(1);
    } finally {
      await context.close();
    }
  });

  if (pages.error) {
    it('builds the injection site', () => {
      throw pages.error;
    });
  } else {
    const { site, paths } = pages.value;
    it.each(paths)('%s runs no payload', async (path) => {
      const result = await visit(browser, site.url + path);
      expect(result.dialogs, 'dialogs opened').toEqual([]);
      expect(result.pwned, 'window.__pwned').toBeUndefined();
      expect(result.dangerous, 'handler attributes, script URLs or injected elements in the DOM').toEqual([]);
      for (const payload of SHOWN[path] ?? []) expect(result.text, `the page shows ${payload} as text`).toContain(payload);
    });

    // Search results are rendered in the browser from the index, i.e. from the data's titles and text.
    it('/sok/ renders search hits for the hostile titles without running them', async () => {
      const result = await visit(browser, `${site.url}/sok/?q=${encodeURIComponent('Andel nöjda')}`, '.pagefind-ui__result-link');
      expect(result.dialogs, 'dialogs opened').toEqual([]);
      expect(result.pwned, 'window.__pwned').toBeUndefined();
      expect(result.dangerous, 'handler attributes, script URLs or injected elements in the DOM').toEqual([]);
      expect(result.text).toContain('nöjda');
    });
  }
});
