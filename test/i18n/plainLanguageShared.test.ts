// The sentence builders run over Kolada's real figures for every municipality in
// ../shared/data (riket, each municipality's region, three neighbours as similar municipalities):
// every change, comparison, target and chart sentence they write, and the place among all
// municipalities with its dot plot in words, in Swedish and English, is held to the plain-language rules. The built-page test (test/site/plainLanguage.test.ts) covers every
// sentence of the example site; this one covers the variety of real data: units in kronor per
// inhabitant, days, counts, missing values, groups with too few members.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Area, Indicator, Observation, SiteConfig } from '../../src/model/types.gen.ts';
import { indicatorCharts } from '../../src/charts/indicatorCharts.ts';
import { rankChart } from '../../src/charts/rankChart.ts';
import { sentenceValue } from '../../src/format/formatValue.ts';
import { formatPeriod } from '../../src/format/formatPeriod.ts';
import { plainLanguageProblems } from '../../src/i18n/plainLanguage.ts';
import { t } from '../../src/i18n/t.ts';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { normaliseKoladaJson } from '../../src/normalise/normaliseKoladaJson.ts';
import { change } from '../../src/site/change.ts';
import { comparisons } from '../../src/site/comparisons.ts';
import { ranking } from '../../src/site/ranking.ts';
import { previousSentence, rankingSentences } from '../../src/site/rankingText.ts';
import { targetStatus } from '../../src/site/targetStatus.ts';
import { unitFromKoladaTitle } from '../../src/validate/resolveIndicators.ts';
import { describeShared, shared, sharedFiles } from '../support/sharedData.ts';

const rows = (file: string) => Papa.parse<Record<string, string>>(readFileSync(shared('kolada', file), 'utf8'), { header: true, skipEmptyLines: true }).data;

describeShared('plain language of the generated sentences, over Kolada’s figures for every municipality', () => {
  const municipalities = rows('municipalities.csv').map((r) => ({ code: r.kommun, name: r.name, region: `00${r.region}` }));
  const areas: Area[] = [
    { code: '0000', name: 'Riket', type: 'country' },
    ...rows('regions.csv').map((r) => ({ code: `00${r.region}`, name: r.name, type: 'region' as const })),
    ...municipalities.map((m) => ({ code: m.code, name: m.name, type: 'municipality' as const })),
  ];
  const titles = new Map(rows('kpi-catalogue.csv').map((r) => [r.concept, r.name]));
  const files = sharedFiles('kolada', 'api').filter((f) => f.endsWith('.json'));
  const names = [...areas.map((a) => a.name), 'Liknande kommuner'].sort((a, b) => b.length - a.length);

  it('finds the shared files', () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
    expect(municipalities.length).toBe(290);
  });

  it.each(files)('%s: every sentence, in Swedish and English, for every municipality', (file) => {
    const id = file.replace('.json', '');
    const all: Observation[] = normaliseKoladaJson(JSON.parse(readFileSync(shared('kolada', 'api', file), 'utf8')), `kolada/${file}`).observations;
    const byArea = new Map<string, Observation[]>();
    for (const o of all) if (o.area !== undefined) byArea.set(o.area, [...(byArea.get(o.area) ?? []), o]);
    const title = titles.get(id) ?? id;
    const unit = unitFromKoladaTitle(title);
    const problems = new Set<string>();
    let count = 0;
    const check = (lang: Lang, sentence: string) => {
      count++;
      for (const p of plainLanguageProblems(sentence, names)) if (lang === 'sv' || p.rule === 'long-sentence') problems.add(`${lang}: ${p.detail}: “${p.sentence}”`);
    };
    // What ranking() reads (gender T, municipalities), picked once: it is called for every municipality.
    const ranked = all.filter((o) => o.gender === 'T' && o.area !== undefined && /^\d{4}$/.test(o.area) && !o.area.startsWith('00'));
    const said = { place: 0, tooFew: 0 };
    municipalities.forEach((m, i) => {
      const own = (byArea.get(m.code) ?? []).filter((o) => o.gender === 'T' && typeof o.value === 'number');
      if (own.length === 0) return;
      const latest = own.reduce((a, b) => (a.period > b.period ? a : b));
      const neighbours = municipalities.filter((x) => x.code !== m.code).slice(i % 287, (i % 287) + 3).map((x) => x.code) as [string, ...string[]];
      // What the municipality's page would show (as its page view holds): itself, riket, its region, its group.
      const observations = [m.code, '0000', m.region, ...neighbours].flatMap((code) => byArea.get(code) ?? []);
      const site = {
        name: m.name,
        siteName: `${m.name}s resultat`,
        municipality: m.code,
        baseUrl: 'https://example.invalid/',
        comparison: { country: '0000', region: m.region, similar: { name: 'Liknande kommuner', members: neighbours } },
      } as SiteConfig;
      const indicator: Indicator = {
        id, title, unit, decimals: unit === '%' ? 1 : 0, direction: i % 2 === 0 ? 'higher-is-better' : 'lower-is-better', operatingArea: 'Kolada',
        attribution: 'kolada', targets: [{ value: Math.ceil(latest.value as number), year: 2026 }], analysis: [], related: [], metadata: { file: 'kpi-catalogue.csv' },
      };
      for (const lang of LANGS) {
        const delta = change(indicator, observations, m.code, lang);
        if (delta) {
          // As ChangeLine writes it.
          const judgement = delta.better === undefined ? '' : ` – ${t(delta.better ? 'change.better' : 'change.worse', undefined, lang)}`;
          check(lang, `${t('change.sentence', { text: delta.text, fromPeriod: formatPeriod(delta.from.period, lang), toPeriod: formatPeriod(delta.to.period, lang) }, lang)}${judgement}.`);
        }
        for (const row of comparisons(indicator, observations, site, areas, lang)?.rows ?? []) check(lang, row.text);
        const target = targetStatus(indicator, observations, m.code);
        if (target.target) check(lang, t('target.goal', { value: sentenceValue(target.target.value, unit, indicator.decimals, lang), year: target.target.year }, lang));
        // The charts for a spread of municipalities (each chart's geometry costs more than its words).
        if (i % 29 === 0) {
          const charts = indicatorCharts(indicator, observations, site, areas, lang);
          for (const text of [charts.main?.description, charts.gender?.description, charts.caption]) if (text) check(lang, text);
        }
      }
      // The place among all municipalities, from the whole file (every municipality's values), in
      // turn where higher is better, lower is better and neutral; the dot plot for a spread of them.
      const direction = (['higher-is-better', 'lower-is-better', 'neutral'] as const)[i % 3];
      const r = ranking(ranked, site, { direction, decimals: indicator.decimals });
      if (r) said[r.enough ? 'place' : 'tooFew']++;
      for (const lang of r ? LANGS : []) {
        for (const sentence of rankingSentences(r!, m.name, lang)) check(lang, sentence);
        if (!r!.enough) continue;
        const previous = previousSentence(r!, m.name, lang);
        if (previous) check(lang, previous);
        if (i % 29 === 0) {
          const chart = rankChart({ ...indicator, direction }, r!, all, site, areas, lang);
          check(lang, chart.description);
          check(lang, chart.legend);
        }
      }
    });
    expect(count).toBeGreaterThan(200);
    // Every file covers all municipalities: each gets a place, or (a survey only some take part in) the reason why not.
    console.log(`[plain language] ${id}: ${said.place} places, ${said.tooFew} too few`);
    expect(said.place + said.tooFew).toBeGreaterThan(200);
    expect([...problems].slice(0, 20), `${problems.size} sentences break the rules`).toEqual([]);
  });
});
