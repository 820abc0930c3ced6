// The static JSON API documents: shapes defined by schemas/ (checked with ajv against the
// schema files themselves), sorted keys, links that are absolute under site.json's baseUrl.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { API_VERSION, apiIndex, areaList, indicatorDocument, indicatorList, unitList } from '../../src/opendata/api/apiDocuments.ts';
import { apiJson } from '../../src/opendata/api/apiJson.ts';
import { toJson } from '../../src/downloads/toJson.ts';
import type { OpenDataInput } from '../../src/opendata/bulk/OpenDataInput.ts';
import { HOSTILE_ID, reversedInput, sampleInput } from './bulkSample.ts';

const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));
const schemaNames = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace(/\.schema\.json$/, ''));

const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
for (const name of schemaNames) ajv.addSchema(JSON.parse(readFileSync(`${SCHEMAS}${name}.schema.json`, 'utf8')));
const validator = (name: string) => {
  const v = ajv.getSchema(`https://oppna-resultat.se/schemas/v1/${name}.schema.json`);
  if (!v) throw new Error(`no schema ${name}`);
  return v;
};

/** Every object's keys are in sorted order, at every level. */
function keysSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.every((k, i) => i === 0 || keys[i - 1] < k) && Object.values(value).every(keysSorted);
  }
  return true;
}

const input = sampleInput();

describe('API documents', () => {
  it('indicators/{id}.json: metadata valid against indicator.schema.json, every observation against observation.schema.json', () => {
    const indicator = validator('indicator');
    const observation = validator('observation');
    for (const i of indicatorList(input)) {
      const doc = JSON.parse(apiJson(indicatorDocument(input, i)));
      expect(Object.keys(doc)).toEqual(['indicator', 'observations']);
      expect(indicator(doc.indicator), `${i.id}: ${JSON.stringify(indicator.errors)}`).toBe(true);
      expect(doc.observations.length).toBe(input.observations.get(i.id)?.length);
      for (const o of doc.observations) {
        expect(observation(o), `${i.id}: ${JSON.stringify(observation.errors)}`).toBe(true);
        expect(o.indicator).toBe(i.id);
      }
    }
  });

  it('the schema check can fail: an observation with both value and status is rejected', () => {
    const observation = validator('observation');
    const [first] = indicatorDocument(input, indicatorList(input)[0]).observations;
    expect(observation({ ...first, value: 1, status: 'missing' })).toBe(false);
  });

  it('indicators/{id}.json is the same document as the download /matt/{id}/data.json', () => {
    for (const i of indicatorList(input)) expect(apiJson(indicatorDocument(input, i))).toBe(toJson(i, input.observations.get(i.id) ?? []));
  });

  it('indicators.json, areas.json and units.json hold schema-valid items, sorted by id or code', () => {
    const lists = [
      ['indicator', indicatorList(input), (x: any) => x.id],
      ['area', areaList(input), (x: any) => x.code],
      ['unit', unitList(input), (x: any) => x.id],
    ] as const;
    for (const [name, list, key] of lists) {
      const validate = validator(name);
      const parsed = JSON.parse(apiJson(list));
      for (const item of parsed) expect(validate(item), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const keys = parsed.map(key);
      expect(keys).toEqual([...keys].sort());
    }
    expect(indicatorList(input).map((i) => i.id)).toContain(HOSTILE_ID);
  });

  it('index.json: version, counts, data date and absolute links', () => {
    const index = apiIndex(input, schemaNames);
    expect(index.apiVersion).toBe(API_VERSION);
    expect(index.dataUpdated).toBe('2026-10-20');
    expect(index.counts).toEqual({ indicators: 5, observations: 92, values: 81 + 3, areas: 6, units: 3 });
    expect(index.licence).toEqual({ id: 'CC0-1.0', title: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' });
    expect(index.links.self).toBe('https://resultat.exempelkommun.se/api/v1/index.json');
    expect(index.links.indicator).toBe('https://resultat.exempelkommun.se/api/v1/indicators/{id}.json');
    expect(index.links.dcat).toBe('https://resultat.exempelkommun.se/oppna-data/dcat.rdf');
    expect(Object.keys(index.links.schemas)).toEqual([...schemaNames].sort());
    expect(index.links.schemas.observation).toBe('https://resultat.exempelkommun.se/api/v1/schemas/observation.schema.json');
    const urls = JSON.stringify(index.links).match(/"https?:[^"]+"/g) ?? [];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith('"https://resultat.exempelkommun.se/')).toBe(true);
  });

  it('follows a base URL with a path (https://kommun.se/resultat/)', () => {
    const index = apiIndex({ ...input, site: { ...input.site, baseUrl: 'https://kommun.se/resultat/' } }, schemaNames);
    expect(index.links.indicators).toBe('https://kommun.se/resultat/api/v1/indicators.json');
  });

  it('serialises with sorted keys at every level and the same bytes for any input order', () => {
    const docs = (i: OpenDataInput) => [apiIndex(i, schemaNames), indicatorList(i), areaList(i), unitList(i), ...indicatorList(i).map((x) => indicatorDocument(i, x))].map(apiJson);
    const a = docs(input);
    for (const text of a) expect(keysSorted(JSON.parse(text))).toBe(true);
    expect(docs(reversedInput(input))).toEqual(a);
    expect(keysSorted({ b: 1, a: 2 })).toBe(false);
  });
});
