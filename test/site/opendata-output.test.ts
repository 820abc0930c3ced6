// The open data as the real build publishes it (global setup: `npm run build -- --data data`):
// the API validates against schemas/, the bulk zip, the Data Package and its CSV files agree
// with the API, and the data, search and embed pages say what they must.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { SECTIONS } from '../../src/sections/sections.ts';
import { sectionDcatDatasets } from '../../src/sections/runSections.ts';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { describe, expect, it } from 'vitest';
import { scanTags } from '../support/htmlScan.ts';
import { collect, siteUnderTest } from '../support/siteUnderTest.ts';

const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));
const schemaFiles = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')).sort();

const built = collect('the example build', () => {
  const site = siteUnderTest('example');
  const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');
  const json = (path: string) => JSON.parse(read(path));
  return { site, read, json, indicators: JSON.parse(readFileSync(join(site.data, 'indicators.json'), 'utf8')) as { id: string; title: string }[] };
});

const csvRows = (text: string): string[][] => Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;

if (built.error) {
  describe('open data output', () => {
    it('the example build', () => {
      throw built.error;
    });
  });
} else {
describe('open data output', () => {
  const { site, read, json, indicators } = built.value;

  it('publishes every agreed file', () => {
    const files = [
      'oppna-data/index.html', 'oppna-data/api/index.html', 'oppna-data/alla-resultat.zip', 'oppna-data/datapackage.json',
      'api/v1/index.json', 'api/v1/indicators.json', 'api/v1/areas.json', 'api/v1/units.json', 'sok/index.html',
      ...indicators.flatMap((i) => [`api/v1/indicators/${i.id}.json`, `matt/${i.id}/inbaddning/index.html`]),
      ...schemaFiles.map((f) => `api/v1/schemas/${f}`),
    ];
    expect(files.filter((f) => !existsSync(join(site.dist, f)))).toEqual([]);
  });

  it('publishes the data folder as the model alone: the page views the render used are gone', () => {
    expect(readdirSync(site.data).sort()).toEqual(expect.arrayContaining(['indicators.json', 'observations', 'site.json']));
    expect(existsSync(join(site.data, 'pages'))).toBe(false);
  });

  it('publishes the schemas of schemas/ byte for byte', () => {
    for (const f of schemaFiles) expect(read(`api/v1/schemas/${f}`), f).toBe(readFileSync(join(SCHEMAS, f), 'utf8'));
  });

  it('every API document validates against the published schemas', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
    for (const f of schemaFiles) ajv.addSchema(json(`api/v1/schemas/${f}`));
    const check = (name: string, value: unknown, where: string) => {
      const validate = ajv.getSchema(`https://oppna-resultat.se/schemas/v1/${name}.schema.json`)!;
      expect(validate(value), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    const list = json('api/v1/indicators.json');
    expect(list.map((i: { id: string }) => i.id)).toEqual(indicators.map((i) => i.id).sort());
    for (const i of list) check('indicator', i, `indicators.json ${i.id}`);
    for (const a of json('api/v1/areas.json')) check('area', a, 'areas.json');
    for (const u of json('api/v1/units.json')) check('unit', u, 'units.json');
    let observations = 0;
    for (const { id } of indicators) {
      const doc = json(`api/v1/indicators/${id}.json`);
      check('indicator', doc.indicator, `${id}.json indicator`);
      for (const o of doc.observations) check('observation', o, `${id}.json observation`);
      observations += doc.observations.length;
      expect(read(`api/v1/indicators/${id}.json`), `${id}: API = data.json`).toBe(read(`matt/${id}/data.json`));
    }
    const index = json('api/v1/index.json');
    expect(index.counts.observations).toBe(observations);
    expect(index.counts.indicators).toBe(indicators.length);
    expect(index.links.indicators).toBe('https://resultat.exempelkommun.se/api/v1/indicators.json');
  });

  it('the zip holds the Data Package, README and tables that agree with the API and the CSV files beside datapackage.json', () => {
    const zip = unzipSync(new Uint8Array(readFileSync(join(site.dist, 'oppna-data/alla-resultat.zip'))));
    const text = (name: string) => strFromU8(zip[name]);
    expect(Object.keys(zip)).toEqual(['README.md', 'datapackage.json', 'observationer.csv', 'observationer.json', 'matt.csv', 'matt.json', 'omraden.csv', 'omraden.json', 'enheter.csv', 'enheter.json',
      // The sections' tables (src/sections/) follow the results', in the registry's order.
      'dialoger.csv', 'dialoger.json', 'dialogfragor.csv', 'dialogfragor.json', 'dialogprioriteringar.csv', 'dialogprioriteringar.json', 'budget.csv', 'budget.json', 'leverantorsreskontra.csv', 'leverantorsreskontra.json']);
    expect(text('datapackage.json')).toBe(read('oppna-data/datapackage.json'));
    const descriptor = json('oppna-data/datapackage.json');
    for (const resource of descriptor.resources) {
      expect(read(`oppna-data/${resource.path}`), resource.path).toBe(text(resource.path));
      expect(csvRows(text(resource.path))[0], resource.path).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
    }
    expect(text('matt.json')).toBe(read('api/v1/indicators.json'));
    expect(text('omraden.json')).toBe(read('api/v1/areas.json'));
    expect(text('enheter.json')).toBe(read('api/v1/units.json'));
    // Every observation of the API is one CSV row, in the same order.
    const rows = csvRows(text('observationer.csv')).slice(1);
    const api = [...indicators].map((i) => i.id).sort().flatMap((id) => json(`api/v1/indicators/${id}.json`).observations);
    expect(rows.length).toBe(api.length);
    rows.forEach((row, i) => {
      const o = api[i];
      expect([row[0], row[2], row[3], row[5], row[6], row[7] === '' ? null : Number(row[7])], `row ${i + 2}`).toEqual([o.indicator, o.area ?? '', o.unit ?? '', o.period, o.gender, o.value]);
    });
    // Foreign keys of the example data resolve.
    const areaCodes = new Set(csvRows(text('omraden.csv')).slice(1).map((r) => r[0]));
    const unitIds = new Set(csvRows(text('enheter.csv')).slice(1).map((r) => r[0]));
    expect(rows.filter((r) => (r[2] !== '' && !areaCodes.has(r[2])) || (r[3] !== '' && !unitIds.has(r[3]))).map((r) => `${r[0]} ${r[2]}${r[3]}`)).toEqual([]);
  });

  it('the data page lists every dataset with its formats, period, updates and citation, and links that exist', () => {
    const html = read('oppna-data/index.html');
    const tags = scanTags(html);
    // The indicators' datasets (data-dataset), then the sections' (data-section-dataset), as the catalogue has them.
    const datasets = tags.filter((tag) => tag.name === 'article').map((tag) => tag.attrs.find((a) => a.name === 'data-dataset')?.value).filter((id) => id !== undefined);
    expect(datasets.sort()).toEqual(indicators.map((i) => i.id).sort());
    const sectionDatasets = tags.filter((tag) => tag.name === 'article').map((tag) => tag.attrs.find((a) => a.name === 'data-section-dataset')?.value).filter((key) => key !== undefined);
    expect(sectionDatasets).toEqual(sectionDcatDatasets(SECTIONS, site.data, readSiteData(site.data).site).map((d) => d.key));
    expect(sectionDatasets).toContain('leverantorsreskontra-2024');
    const hrefs = tags.filter((tag) => tag.name === 'a').map((tag) => tag.attrs.find((a) => a.name === 'href')?.value ?? '');
    for (const id of indicators.map((i) => i.id)) {
      for (const file of ['data.csv', 'data-excel.csv', 'data.xlsx', 'data.json']) expect(hrefs).toContain(`/matt/${id}/${file}`);
      expect(hrefs).toContain(`/api/v1/indicators/${id}.json`);
    }
    expect(hrefs).toContain('/oppna-data/alla-resultat.zip');
    expect(hrefs).toContain('/oppna-data/api/');
    expect(hrefs).toContain('/oppna-data/dcat.rdf');
    const missing = hrefs
      .filter((h) => h.startsWith('/'))
      .map((h) => h.split('#')[0])
      .filter((h) => !existsSync(join(site.dist, h.endsWith('/') ? `${h}index.html` : h)));
    expect(missing).toEqual([]);
    expect(html).toContain('https://resultat.exempelkommun.se/oppna-data/dcat.rdf');
    expect(html).toContain('CC0-1.0');
    expect(html).toContain('Källa: Kolada');
    expect(html).toMatch(/Exempelkommun \(\d{4}\)\. Exempelkommuns resultat – alla resultat, version \d{4}-\d{2}-\d{2}\. https:\/\/resultat\.exempelkommun\.se\/oppna-data\//);
    expect(html).toMatch(/Ladda ner alla resultat \(zip, \d+ kB\)/);
  });

  it('the API page documents every endpoint with an example from the data', () => {
    const html = read('oppna-data/api/index.html');
    const endpoints = scanTags(html).filter((tag) => tag.name === 'section').map((tag) => tag.attrs.find((a) => a.name === 'data-endpoint')?.value);
    expect(endpoints).toEqual(['index', 'indicators', 'indicator', 'areas', 'units', 'schemas']);
    const first = [...indicators].map((i) => i.id).sort()[0];
    expect(html).toContain(`https://resultat.exempelkommun.se/api/v1/indicators/${first}.json`);
    expect(html).toContain('https://resultat.exempelkommun.se/api/v1/schemas/observation.schema.json');
  });

  it('the search page has a labelled GET form to /sok/ and a way to browse without JavaScript', () => {
    const html = read('sok/index.html');
    const tags = scanTags(html);
    const form = tags.find((tag) => tag.name === 'form')!;
    const attr = (tag: { attrs: { name: string; value: string | null }[] }, name: string) => tag.attrs.find((a) => a.name === name)?.value;
    expect([attr(form, 'method'), attr(form, 'action'), attr(form, 'role')]).toEqual(['get', '/sok/', 'search']);
    const input = tags.find((tag) => tag.name === 'input' && attr(tag, 'name') === 'q')!;
    expect(tags.some((tag) => tag.name === 'label' && attr(tag, 'for') === attr(input, 'id'))).toBe(true);
    expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
    const browse = tags.filter((tag) => tag.name === 'a').map((tag) => attr(tag, 'href') ?? '').filter((h) => h.startsWith('/omraden/'));
    expect(browse.length).toBeGreaterThan(0);
    for (const href of browse) expect(existsSync(join(site.dist, href, 'index.html')), href).toBe(true);
    // Pagefind runs WebAssembly: the page's CSP allows that, and only that, beyond Astro's own.
    expect(html).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(html).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('every embed page is a minimal page: lang, title, latest value, source, a link back that leaves the frame', () => {
    for (const { id } of indicators) {
      const html = read(`matt/${id}/inbaddning/index.html`);
      const tags = scanTags(html);
      const attr = (tag: { attrs: { name: string; value: string | null }[] }, name: string) => tag.attrs.find((a) => a.name === name)?.value;
      expect(attr(tags.find((tag) => tag.name === 'html')!, 'lang'), id).toBe('sv');
      expect(tags.find((tag) => tag.name === 'title')?.text, id).toMatch(/diagram – Exempelkommuns resultat$/);
      expect(tags.some((tag) => tag.name === 'header' || tag.name === 'nav' || tag.name === 'footer'), `${id}: no site chrome`).toBe(false);
      const back = tags.find((tag) => tag.name === 'a' && attr(tag, 'data-back') !== undefined)!;
      expect([attr(back, 'href'), attr(back, 'target')]).toEqual([`https://resultat.exempelkommun.se/matt/${id}/`, '_top']);
      expect(html, id).toMatch(/data-source[^>]*>Källa: /);
      expect(html, id).toContain('data-latest=');
    }
  });
});
}

// The hostile fixture (test/fixtures/injection): every text cell of every CSV in the zip that a
// spreadsheet would run as a formula is neutralised; numbers stay plain numbers.
const hostile = collect('the injection build', () => siteUnderTest('injection'));
describe('open data output of the injection site', () => {
  it('neutralises formula text in every CSV of the zip and keeps numbers as numbers', () => {
    if (hostile.error) throw hostile.error;
    const dist = hostile.value.dist;
    const zip = unzipSync(new Uint8Array(readFileSync(join(dist, 'oppna-data/alla-resultat.zip'))));
    const descriptor = JSON.parse(strFromU8(zip['datapackage.json']));
    const problems: string[] = [];
    let textCells = 0;
    for (const resource of descriptor.resources) {
      const [header, ...rows] = csvRows(strFromU8(zip[resource.path]));
      const types = header.map((name) => resource.schema.fields.find((f: { name: string }) => f.name === name)?.type);
      rows.forEach((row, r) => row.forEach((cell, c) => {
        if (cell === '') return;
        if (types[c] === 'number' || types[c] === 'integer') {
          if (!/^-?\d+(\.\d+)?$/.test(cell)) problems.push(`${resource.path} row ${r + 2} ${header[c]}: not a plain number: ${JSON.stringify(cell)}`);
        } else {
          textCells++;
          if (cell !== '-' && /^[\s]*[=+\-@\t\r]/.test(cell)) problems.push(`${resource.path} row ${r + 2} ${header[c]}: ${JSON.stringify(cell)}`);
          if (/[\r\n]/.test(cell) && !cell.startsWith("'")) problems.push(`${resource.path} row ${r + 2} ${header[c]}: line break not guarded`);
        }
      }));
    }
    expect(textCells).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
