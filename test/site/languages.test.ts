// The English site under /en/, checked on the built example site: every Swedish page has its
// English twin at the same slug (or is Swedish only, with its reason, in src/i18n/routes.ts);
// every page says its language and links the other one (hreflang both ways, a language switch);
// English pages link to English pages, show the catalogue's English texts, format numbers and
// dates en-GB, and show no Swedish text outside an element marked lang="sv"; feeds and the
// sitemap come in English too. A Swedish phrase that reaches an English page unmarked — from a
// component that forgot its language, or from a new page — fails here with the page and text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../src/model/types.gen.ts';
import { SWEDISH_ONLY } from '../../src/i18n/routes.ts';
import { NOT_IN_SITEMAP } from '../../src/opendata/seo/sitemapEntries.ts';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { DICTIONARIES, leaves } from '../support/dictionary.ts';
import { childrenNamed, childText, parseXml } from '../opendata/feedsXml.ts';
import { scanTags } from '../support/htmlScan.ts';
import { readPageText, textIn, type PageText } from '../support/pageText.ts';
import { htmlFiles } from '../support/siteTemplates.ts';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

const sv = leaves(DICTIONARIES.sv);
const en = leaves(DICTIONARIES.en);

/** The URL path a file in dist is served at: "en/matt/X/index.html" → "/en/matt/X/". */
const pathOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const isEnglish = (path: string): boolean => path === '/en/' || path.startsWith('/en/');
const isEmbed = (path: string): boolean => /\/matt\/[^/]+\/inbaddning\/$/.test(path);

/**
 * Swedish phrases of the dictionary that an English page must not show unmarked: the fixed parts
 * of every Swedish text that differs from its English one, two words or more, and found in no
 * English text (so a shared name like "Kolada" is no signal).
 */
function swedishPhrases(): string[] {
  const english = [...en.values()].join('\n');
  const out = new Set<string>();
  for (const [key, text] of sv) {
    if (en.get(key) === text) continue;
    for (const part of text.split(/\{\w+\}/)) {
      const phrase = part.replace(/^[\s.,:;–()”"]+|[\s.,:;–()”"]+$/g, '');
      if (phrase.split(/\s+/).length >= 2 && !english.includes(phrase)) out.add(phrase);
    }
  }
  return [...out];
}

/** The municipality's Swedish texts that an English page shows only marked (those without an English version). */
function swedishDataTexts(indicators: readonly Indicator[], siteConfig: ReturnType<typeof readSiteData>['site']): string[] {
  const out = new Set<string>();
  const add = (text: string | undefined, english?: string) => {
    if (text && text.trim().length >= 4 && text !== english) out.add(text.trim());
  };
  for (const i of indicators) {
    add(i.title, i.en?.title);
    add(i.question, i.en?.question);
    add(i.description, i.en?.description);
    add(i.definition, i.en?.definition);
    add(i.formula, i.en?.formula);
    add(i.operatingArea, i.en?.operatingArea);
    add(i.frequency, i.en?.frequency);
    add(i.easyRead);
    add(i.source);
    for (const a of i.analysis) {
      add(a.interpretation);
      add(a.actions);
    }
    for (const target of i.targets) add(target.decision);
  }
  add(siteConfig.siteName, siteConfig.en?.siteName);
  // The group's Swedish name: English pages name the group in English (similarName).
  add(siteConfig.comparison.similar?.name, siteConfig.en?.similarName);
  add(siteConfig.accessibility.method, siteConfig.en?.accessibility?.method);
  for (const issue of siteConfig.accessibility.knownIssues ?? []) {
    add(issue.issue);
    add(issue.reason);
  }
  for (const e of [...(siteConfig.accessibility.exempted ?? []), ...(siteConfig.accessibility.outOfScope ?? [])]) add(e);
  return [...out];
}

/** Swedish formatting: a decimal comma before a spaced per cent sign, Swedish month and period words. */
const SWEDISH_FORMATS: [RegExp, string][] = [
  [/\d,\d+[\s\u00a0]?%/, 'a Swedish decimal comma before “ %”'],
  [/\d[\s\u00a0]%/, 'a space before the per cent sign'],
  [/\b(januari|februari|mars|maj|juni|juli|augusti|oktober)\b/, 'a Swedish month'],
  [/\b(halvåret|kvartal)\b/, 'a Swedish period word'],
];

const built = collect('the example site', () => {
  const site = siteUnderTest('example');
  const data = readSiteData(site.data);
  const files = htmlFiles(site);
  const pages = new Map<string, { file: string; html: string; text: PageText }>();
  for (const file of files) {
    const html = readFileSync(join(site.dist, file), 'utf8');
    pages.set(pathOf(file), { file, html, text: readPageText(html) });
  }
  return { site, data, pages };
});

if (built.error) {
  it('builds the example site', () => {
    throw built.error;
  });
} else {
  const { site, data, pages } = built.value;
  const base = data.site.baseUrl;
  const swedishPaths = [...pages.keys()].filter((p) => !isEnglish(p));
  const englishPaths = [...pages.keys()].filter(isEnglish);

  describe('every page in both languages', () => {
    it('every Swedish page has an English twin at the same slug, or is Swedish only with a reason', () => {
      expect(englishPaths.length).toBeGreaterThan(20);
      const missing = swedishPaths.filter((p) => !SWEDISH_ONLY.has(p) && !pages.has(`/en${p}`));
      expect(missing, 'Swedish pages without an English twin: move the page under src/pages/[...lang]/ (CONTRIBUTING.md, "How to add a page in both languages") or list it in SWEDISH_ONLY with the reason').toEqual([]);
      const stale = [...SWEDISH_ONLY.keys()].filter((p) => !pages.has(p));
      expect(stale, 'SWEDISH_ONLY lists pages that were not built').toEqual([]);
      for (const p of SWEDISH_ONLY.keys()) expect(pages.has(`/en${p}`), `${p} is Swedish only, yet /en${p} was built`).toBe(false);
    });

    it('every English page has its Swedish original', () => {
      expect(englishPaths.filter((p) => !pages.has(p.slice(3)))).toEqual([]);
    });

    it('every page says its language, and every lang attribute is sv or en', () => {
      const wrong = [...pages].filter(([p, { text }]) => text.lang !== (isEnglish(p) ? 'en' : 'sv')).map(([p, { text }]) => `${p}: <html lang="${text.lang}">`);
      expect(wrong).toEqual([]);
      const odd = [...pages].flatMap(([p, { text }]) => text.langAttributes.filter((l) => l !== 'sv' && l !== 'en').map((l) => `${p}: lang="${l}"`));
      expect(odd).toEqual([]);
    });

    it('links each page to its twin with hreflang, both ways, with Swedish as x-default (embed pages, noindex with the full page as canonical, have none)', () => {
      const problems: string[] = [];
      for (const path of swedishPaths.filter((p) => !SWEDISH_ONLY.has(p) && !isEmbed(p))) {
        for (const own of [path, `/en${path}`]) {
          const alternates = new Map(
            scanTags(pages.get(own)!.html)
              .filter((t) => t.name === 'link' && t.attrs.some((a) => a.name === 'rel' && a.value === 'alternate') && t.attrs.some((a) => a.name === 'hreflang'))
              .map((t) => [t.attrs.find((a) => a.name === 'hreflang')!.value, t.attrs.find((a) => a.name === 'href')!.value]),
          );
          const want = { sv: `${base}${path.slice(1)}`, en: `${base}en${path}`, 'x-default': `${base}${path.slice(1)}` };
          for (const [lang, href] of Object.entries(want)) if (alternates.get(lang) !== href) problems.push(`${own}: hreflang="${lang}" is ${alternates.get(lang) ?? 'missing'}, expected ${href}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('has a language switch on every page to the same page in the other language (the embed pages, which live in a frame, link back to their full page instead)', () => {
      const problems: string[] = [];
      for (const [path, { html }] of pages) {
        if (isEmbed(path)) continue;
        const tag = scanTags(html).find((t) => t.name === 'a' && t.attrs.some((a) => a.name === 'data-lang-switch'));
        const attr = (name: string) => tag?.attrs.find((a) => a.name === name)?.value;
        const english = isEnglish(path);
        const plain = english ? path.slice(3) : path;
        const target = SWEDISH_ONLY.has(plain) ? (english ? '/' : '/en/') : english ? plain : `/en${path}`;
        const other = english ? 'sv' : 'en';
        if (!tag) problems.push(`${path}: no language switch`);
        else if (attr('href') !== target || attr('hreflang') !== other || attr('lang') !== other) problems.push(`${path}: switch to ${attr('href')} (hreflang ${attr('hreflang')}, lang ${attr('lang')}), expected ${target}`);
        else if (!pages.has(target)) problems.push(`${path}: switch target ${target} was not built`);
      }
      expect(problems).toEqual([]);
    });

    it('English pages link to English pages (but for the language switch, Swedish-only pages and data files)', () => {
      const problems: string[] = [];
      for (const path of englishPaths) {
        for (const link of pages.get(path)!.text.links) {
          if (!link.href.startsWith('/') || link.href.startsWith('//') || link.hreflang === 'sv') continue;
          const target = link.href.split(/[?#]/)[0];
          if (!target.endsWith('/')) continue; // a file: data, feed, download
          if (!isEnglish(target) && !SWEDISH_ONLY.has(target)) problems.push(`${path} → ${link.href} (“${link.text.trim()}”)`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe('English pages show English, and Swedish only where it is marked', () => {
    const phrases = swedishPhrases();
    const dataTexts = swedishDataTexts(data.indicators, data.site);
    // Proper names, which keep their Swedish letters in any language.
    const observationFiles = readdirSync(join(site.data, 'observations'));
    const sheets = new Set<string>();
    for (const f of observationFiles) for (const o of JSON.parse(readFileSync(join(site.data, 'observations', f), 'utf8')) as Observation[]) {
      if (o.source.sheet) sheets.add(o.source.sheet);
      sheets.add(o.source.file);
    }
    const names = [...data.areas.map((a) => a.name), ...data.units.flatMap((u) => [u.name, u.address ?? '']), data.site.name, 'Öppna resultat', ...sheets]
      .filter((n) => n !== '')
      .sort((a, b) => b.length - a.length);

    it('the checks find Swedish in a made-up English block (self-test)', () => {
      expect(phrases).toContain('Senaste värde');
      expect(dataTexts.length).toBeGreaterThan(20);
      const block = readPageText('<html lang="en"><body><p>Latest value 89,0 % in mars 2024: Senaste värde <span lang="sv">Senaste värde</span></p></body></html>').blocks[0];
      const english = textIn(block, 'en');
      expect(phrases.filter((p) => english.includes(p))).toContain('Senaste värde');
      expect(SWEDISH_FORMATS.filter(([re]) => re.test(english)).length).toBeGreaterThanOrEqual(2);
    });

    it('no English page shows a Swedish dictionary phrase, catalogue text, Swedish number or date format, or å/ä/ö outside a lang="sv" element', () => {
      // Among them the comparison with all municipalities: its section on indicator pages, and its table pages.
      expect(englishPaths.filter((p) => pages.get(p)!.html.includes('<section data-ranking=')).length).toBeGreaterThanOrEqual(3);
      expect(englishPaths.filter((p) => /^\/en\/matt\/[^/]+\/kommuner\/(varde|namn)\/$/.test(p)).length).toBeGreaterThanOrEqual(6);
      const problems: string[] = [];
      for (const path of englishPaths) {
        // The embed code (<pre>) is HTML to copy, not text to read.
        for (const block of pages.get(path)!.text.blocks.filter((b) => b.tag !== 'pre')) {
          const english = textIn(block, 'en');
          if (english === '') continue;
          const hit = (what: string) => problems.push(`${path} <${block.tag}> ${what}: “${english.slice(0, 160)}”`);
          let rest = english;
          for (const name of names) rest = rest.split(name).join(' \u241e ');
          for (const phrase of phrases) if (rest.includes(phrase)) hit(`Swedish UI text “${phrase}”`);
          for (const text of dataTexts) if (rest.includes(text)) hit(`untranslated catalogue or site text “${text.slice(0, 60)}” not marked lang="sv"`);
          for (const [re, what] of SWEDISH_FORMATS) if (re.test(rest)) hit(what);
          const word = /[\p{L}]*[åäöÅÄÖ][\p{L}]*/u.exec(rest);
          if (word) hit(`the Swedish word “${word[0]}”`);
        }
      }
      expect(problems.slice(0, 60), `${problems.length} in all`).toEqual([]);
    });

    it('marks each untranslated catalogue text lang="sv" and says visibly that it is in Swedish', () => {
      const untranslated = data.indicators.find((i) => !i.en)!;
      const page = pages.get(`/en/matt/${untranslated.id}/`)!;
      const h1 = scanTags(page.html).findIndex((t) => t.name === 'h1');
      expect(h1).toBeGreaterThan(-1);
      const heading = page.html.slice(page.html.indexOf('<h1'), page.html.indexOf('</h1>'));
      expect(heading).toContain(`<span lang="sv">${untranslated.question ?? untranslated.title}</span>`);
      expect(heading).toContain(en.get('language.untranslated'));
    });

    it('shows the catalogue English texts on English pages, the Swedish ones on Swedish pages', () => {
      const translated = data.indicators.filter((i) => i.en?.title);
      expect(translated.length).toBeGreaterThan(3);
      for (const i of translated) {
        const english = pages.get(`/en/matt/${i.id}/`)!.text;
        const swedish = pages.get(`/matt/${i.id}/`)!.text;
        const h1 = (p: PageText) => p.blocks.find((b) => b.tag === 'h1')!;
        expect(textIn(h1(english), 'en'), i.id).toBe(i.en!.question ?? i.en!.title);
        expect(h1(swedish).text, i.id).toBe(i.question ?? i.title);
        if (i.en!.description) expect(english.blocks.some((b) => textIn(b, 'en') === i.en!.description)).toBe(true);
        expect(swedish.blocks.some((b) => b.text.includes(i.en!.title!))).toBe(false);
      }
    });

    it('formats numbers and dates en-GB on English pages, sv-SE on Swedish ones', () => {
      const indicator = data.indicators.find((i) => i.id === 'N15428')!;
      const own = data.observations.get(indicator.id)!.filter((o) => o.area === data.site.municipality && o.gender === 'T' && typeof o.value === 'number');
      const latest = own.sort((a, b) => (a.period < b.period ? -1 : 1)).at(-1)!;
      const nf = (locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals }).format(latest.value as number);
      const latestOf = (path: string) => pages.get(path)!.text.blocks.find((b) => b.tag === 'p' && pages.get(path)!.html.includes(`data-latest="${latest.period}"`) && /\d/.test(b.text) && b.text.includes(latest.period))!.text;
      expect(latestOf(`/en/matt/${indicator.id}/`)).toContain(`${nf('en-GB')}%`);
      expect(latestOf(`/matt/${indicator.id}/`).replace(/\s/g, ' ')).toContain(`${nf('sv-SE').replace(/\s/g, ' ')} %`);
      const date = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${indicator.lastUpdated}T00:00:00Z`));
      expect(pages.get(`/en/matt/${indicator.id}/`)!.html).toContain(`<time datetime="${indicator.lastUpdated}">${date('en-GB')}</time>`);
      expect(pages.get(`/matt/${indicator.id}/`)!.html).toContain(`<time datetime="${indicator.lastUpdated}">${date('sv-SE')}</time>`);
    });

    it('shows an indicator’s Lättläst summary first on its page, in both languages, marked Swedish on the English one', () => {
      const withEasyRead = data.indicators.filter((i) => i.easyRead);
      expect(withEasyRead.length).toBeGreaterThan(2);
      for (const i of withEasyRead) {
        for (const path of [`/matt/${i.id}/`, `/en/matt/${i.id}/`]) {
          const html = pages.get(path)!.html;
          const article = html.slice(html.indexOf('<article'));
          expect(article.indexOf('<h2'), `${path}: the first heading after the title is the Lättläst one`).toBe(article.indexOf('<h2 id="lattlast"'));
          expect(article.indexOf('data-easy-read')).toBeLessThan(article.indexOf('<h2'));
          expect(pages.get(path)!.text.blocks.some((b) => b.text === i.easyRead && b.runs.filter((r) => r.text.trim()).every((r) => r.lang === 'sv'))).toBe(true);
        }
      }
      const without = data.indicators.find((i) => !i.easyRead)!;
      expect(pages.get(`/matt/${without.id}/`)!.html).not.toContain('data-easy-read=""');
    });

    it('links the easy-to-read Swedish page from every page’s footer', () => {
      const missing = [...pages].filter(([p]) => !isEmbed(p)).filter(([, { text }]) => !text.links.some((l) => l.href === '/lattlast/')).map(([p]) => p);
      expect(missing).toEqual([]);
      expect(pages.get('/lattlast/')!.text.blocks.find((b) => b.tag === 'h1')!.text).toBe(sv.get('easyRead.title'));
    });
  });

  describe('feeds and sitemap in English', () => {
    it('has an English Atom feed for the site and for each operating area, its entries linking English pages', () => {
      const feeds = [join(site.dist, 'en', 'flode.xml'), ...readdirSync(join(site.dist, 'en', 'omraden')).map((slug) => join(site.dist, 'en', 'omraden', slug, 'flode.xml')).filter(existsSync)];
      expect(feeds.length).toBe(1 + readdirSync(join(site.dist, 'omraden')).filter((slug) => existsSync(join(site.dist, 'omraden', slug, 'flode.xml'))).length);
      for (const file of feeds) {
        const xml = readFileSync(file, 'utf8');
        expect(xml, file).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
        const feed = parseXml(xml);
        const entries = childrenNamed(feed, 'entry');
        expect(entries.length).toBeGreaterThan(0);
        for (const entry of entries) expect(childText(entry, 'id')!.startsWith(`${base}en/matt/`)).toBe(true);
      }
      const siteFeed = readFileSync(join(site.dist, 'en', 'flode.xml'), 'utf8');
      const translated = data.indicators.find((i) => i.en?.title)!;
      const untranslated = data.indicators.find((i) => !i.en)!;
      expect(siteFeed).toContain(`<title>${translated.en!.title}</title>`);
      expect(siteFeed).toContain(`<title xml:lang="sv">${untranslated.title}</title>`);
      expect(siteFeed).not.toMatch(/Senaste värde/);
    });

    it('lists every English page in the sitemap beside its Swedish twin, with hreflang alternates', () => {
      const xml = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      // Every English page but those deliberately left out (embed pages, the thank-you page: NOT_IN_SITEMAP).
      const expectedEnglish = englishPaths.filter((p) => !NOT_IN_SITEMAP.some((re) => re.test(pages.get(p)!.file))).map((p) => `${base}${p.slice(1)}`);
      expect(expectedEnglish.length).toBeGreaterThan(20);
      expect(expectedEnglish.filter((u) => !locs.includes(u))).toEqual([]);
      for (const url of [`${base}en/`, `${base}en/matt/N15428/`]) {
        const entry = xml.slice(xml.indexOf(`<loc>${url}</loc>`), xml.indexOf('</url>', xml.indexOf(`<loc>${url}</loc>`)));
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="sv" href="${base}${url.slice(base.length + 3)}"/>`);
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${url}"/>`);
      }
      expect(locs).toContain(`${base}lattlast/`);
      expect(locs).not.toContain(`${base}en/lattlast/`);
    });
  });
}
