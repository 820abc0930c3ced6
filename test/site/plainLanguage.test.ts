// Every sentence the site writes itself, on every built page of the example site, against the
// plain-language rules (src/i18n/plainLanguage.ts): short sentences, no unexplained abbreviation.
// A generated sentence is found wherever it is generated: it is a filled-in dictionary template
// (every text of the site comes from src/i18n/sv.json), so each sentence of a page that matches a
// template with placeholders is checked — the change, target, comparison and chart sentences, and
// the rank sentences or any other sentence a new feature adds to the dictionary, without this test
// knowing their keys. The easy-to-read Swedish page and the catalogue's Lättläst texts are
// checked whole.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_WORDS, plainLanguageProblems, sentences, words } from '../../src/i18n/plainLanguage.ts';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { DICTIONARIES, leaves } from '../support/dictionary.ts';
import { readPageText } from '../support/pageText.ts';
import { htmlFiles } from '../support/siteTemplates.ts';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

/**
 * Dictionary blocks of fixed prose for the site's chrome and its legally or technically worded
 * pages (the accessibility statement, open data for re-users), not sentences made from figures.
 * Every other block — including any a new feature adds — is checked.
 */
const FIXED_PROSE = new Set(['site', 'nav', 'footer', 'about', 'a11y', 'openData', 'download', 'notFound', 'language', 'feeds', 'units', 'unitWords']);

interface Template {
  key: string;
  pattern: RegExp;
}

/** Each sentence of each dictionary text with a placeholder, as a pattern that finds its filled-in form. */
function templates(lang: 'sv' | 'en'): Template[] {
  const out: Template[] = [];
  for (const [key, text] of leaves(DICTIONARIES[lang])) {
    if (FIXED_PROSE.has(key.split('.')[0])) continue;
    for (const sentence of sentences(text)) {
      const fixed = sentence.split(/\{\w+\}/);
      // A template is a sentence when it has a placeholder and two words of its own or more
      // ("{count} mått" or "{subject} i {name}" alone would match any sentence).
      if (fixed.length < 2 || (fixed.join(' ').match(/\p{L}{2,}/gu) ?? []).length < 2) continue;
      const pattern = fixed.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]')).join('.+?');
      out.push({ key, pattern: new RegExp(pattern, 'u') });
    }
  }
  return out;
}

const built = collect('the example site', () => {
  const site = siteUnderTest('example');
  const data = readSiteData(site.data);
  const pages = htmlFiles(site).map((file) => ({ file, text: readPageText(readFileSync(join(site.dist, file), 'utf8')) }));
  return { site, data, pages };
});

/** The texts of the dialogue log and of the questions and answers, when the site has them. */
function dialogueTexts(dir: string): (string | undefined)[] {
  const read = <T,>(file: string): T[] => (existsSync(join(dir, file)) ? (JSON.parse(readFileSync(join(dir, file), 'utf8')) as T[]) : []);
  type Texts = Record<string, unknown>;
  const fields = (record: Texts, keys: readonly string[]) => keys.map((k) => (typeof record[k] === 'string' ? (record[k] as string) : undefined));
  return [
    ...read<Texts>('dialogues.json').flatMap((d) => fields(d, ['title', 'question', 'heard', 'did', 'invited', 'missing', 'place', 'organiser', 'decision'])),
    ...read<Texts>('questions.json').flatMap((q) => fields(q, ['question', 'answer', 'answeredBy'])),
  ];
}

/** Names the finance pages quote: suppliers (with their AB, HB …), förvaltningar, accounts, operating areas and committees. */
function financeNames(dataDir: string): string[] {
  const read = <T,>(file: string): T | undefined => (existsSync(join(dataDir, file)) ? (JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T) : undefined);
  const suppliers = read<{ name: string }[]>('leverantorsreskontra/suppliers.json') ?? [];
  const summary = read<{ years: { departments: { name: string }[]; accounts: { text: string }[] }[] }>('leverantorsreskontra/summary.json');
  const budget = read<{ lines: { area: string; committee?: string }[] }>('budget/budget.json');
  return [
    ...suppliers.map((s) => s.name),
    ...(summary?.years ?? []).flatMap((y) => [...y.departments.map((d) => d.name), ...y.accounts.map((a) => a.text)]),
    ...(budget?.lines ?? []).flatMap((l) => [l.area, l.committee ?? '']),
  ];
}

describe('the plain-language rules (self-test)', () => {
  it('find a long sentence and an unexplained abbreviation, and accept an explained one', () => {
    const long = Array.from({ length: MAX_WORDS + 1 }, (_, i) => `ord${i}`).join(' ') + '.';
    expect(plainLanguageProblems(long).map((p) => p.rule)).toEqual(['long-sentence']);
    expect(plainLanguageProblems('Kostnaden var 1\u00a0234\u00a0kr 2024.').map((p) => p.detail)).toEqual(['“kr” is not explained']);
    expect(plainLanguageProblems('Enligt SCB ökade det, t.ex. i skolan.').map((p) => p.detail)).toEqual(['“SCB” is not explained', '“t.ex.” is not explained']);
    expect(plainLanguageProblems('Enligt SCB (Statistiska centralbyrån) ökade det.')).toEqual([]);
    expect(plainLanguageProblems('Enligt Statistiska centralbyrån (SCB) ökade det.')).toEqual([]);
    expect(plainLanguageProblems('Värdet för ABC-skolan ökade.', ['ABC-skolan'])).toEqual([]);
    expect(words('Värdet ökade från 1\u00a0234 kronor till 74,1\u00a0%.')).toHaveLength(7);
  });

  it('find the generated sentences of the dictionary in a page (self-test)', () => {
    const all = templates('sv');
    const change = 'Värdet ökade från 71\u00a0% till 74\u00a0% mellan 2023 och 2024 – en förbättring.';
    expect(all.filter((t) => t.pattern.test(change)).map((t) => t.key)).toContain('change.sentence');
    expect(all.some((t) => t.pattern.test('Tillgänglighetsredogörelse'))).toBe(false);
  });
});

if (built.error) {
  it('builds the example site', () => {
    throw built.error;
  });
} else {
  const { data, pages } = built.value;
  // The municipality's own texts (catalogue, site.json): written by its staff, not generated; they
  // are taken out of a page's text before its sentences are looked at.
  const a11y = data.site.accessibility;
  const ownTexts = [
    ...data.indicators.flatMap((i) => [i.description, i.definition, i.formula, i.en?.description, i.en?.definition, i.en?.formula, ...i.analysis.flatMap((a) => [a.interpretation, a.actions])]),
    a11y.method,
    ...(a11y.knownIssues ?? []).flatMap((k) => [k.issue, k.reason]),
    ...(a11y.exempted ?? []),
    ...(a11y.outOfScope ?? []),
    // The dialogue log and its questions and answers: the municipality's and residents' own words.
    ...dialogueTexts(join(built.value.site.data, 'dialog')),
  ].filter((text): text is string => !!text && text.trim() !== '').sort((a, b) => b.length - a.length);
  const withoutOwnTexts = (text: string) => ownTexts.reduce((rest, own) => rest.split(own).join(' '), text);
  // Proper names and the catalogue's titles that sentences quote: theirs, not ours.
  const names = [
    ...data.areas.map((a) => a.name),
    ...data.units.map((u) => u.name),
    data.site.name,
    data.site.siteName,
    ...data.indicators.flatMap((i) => [i.title, i.question ?? '', i.en?.title ?? '', i.en?.question ?? '', i.source ?? '']),
    ...financeNames(built.value.site.data),
  ].filter((n) => n !== '').sort((a, b) => b.length - a.length);

  describe.each([
    { lang: 'sv' as const, rules: 'short sentences, no unexplained abbreviations' },
    { lang: 'en' as const, rules: 'short sentences' },
  ])('generated sentences in $lang', ({ lang, rules }) => {
    it(`every sentence the site generates on its ${lang === 'sv' ? 'Swedish' : 'English'} pages follows the rules (${rules})`, () => {
      const all = templates(lang);
      const seen = new Map<string, number>();
      const problems = new Set<string>();
      let checked = 0;
      for (const { file, text } of pages.filter((p) => (lang === 'en') === p.file.startsWith('en/'))) {
        // SVG <text> holds chart labels, not sentences.
        for (const block of text.blocks.filter((b) => b.tag !== 'text' && b.tag !== 'pre')) {
          for (const sentence of sentences(withoutOwnTexts(block.text))) {
            const matched = all.filter((t) => t.pattern.test(sentence));
            if (matched.length === 0) continue;
            checked++;
            for (const t of matched) seen.set(t.key, (seen.get(t.key) ?? 0) + 1);
            for (const p of plainLanguageProblems(sentence, names)) {
              if (lang === 'sv' || p.rule === 'long-sentence') problems.add(`${file}: ${p.detail} [${matched.map((t) => t.key).join(', ')}]: “${p.sentence}”`);
            }
          }
        }
      }
      console.log(`[plain language] ${lang}: ${checked} generated sentences checked, from ${seen.size} templates`);
      // The sentences the issue names must be among them, or the check proves little.
      // The rank: the place, a neutral measure's position, a later period with too few values, the dot plot in words.
      const rank = ['ranking.place', 'ranking.higherMany', 'ranking.later', 'ranking.describe.order', 'ranking.describe.orderNeutral', 'ranking.country'];
      for (const key of ['change.sentence', 'comparison.sentence', 'target.goal', 'chart.describe.up', 'chart.describe.comparison', 'chart.units.highest', ...rank]) {
        expect(seen.has(key), `no sentence of ${key} found on the built pages`).toBe(true);
      }
      expect([...problems]).toEqual([]);
    });
  });

  it('the page about the site in easy-to-read Swedish follows the rules in every sentence', () => {
    const page = pages.find((p) => p.file === 'lattlast/index.html');
    expect(page, 'lattlast/index.html').toBeDefined();
    const main = page!.text.blocks.filter((b) => ['p', 'li', 'dd', 'h1', 'h2'].includes(b.tag));
    expect(main.length).toBeGreaterThan(20);
    const problems = main.flatMap((b) => plainLanguageProblems(b.text, names)).filter((p) => !p.sentence.includes('@'));
    expect(problems).toEqual([]);
  });

  it('the catalogue’s Lättläst texts follow the rules', () => {
    const texts = data.indicators.flatMap((i) => (i.easyRead ? [{ id: i.id, text: i.easyRead }] : []));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.flatMap(({ id, text }) => plainLanguageProblems(text, names).map((p) => `${id}: ${p.detail}: “${p.sentence}”`))).toEqual([]);
  });
}
