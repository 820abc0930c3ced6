import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

// The hand-written site fixture must stay valid against the data model, or the site is
// developed against a shape the pipeline never writes.
const root = new URL('../../', import.meta.url).pathname;
const fixture = join(root, 'test/fixtures/site-data');
const schemas = join(root, 'schemas');

function ajv(): Ajv2020 {
  const a = new Ajv2020({ allErrors: true, strict: false });
  for (const f of readdirSync(schemas)) a.addSchema(JSON.parse(readFileSync(join(schemas, f), 'utf8')));
  return a;
}
const read = (f: string): unknown => JSON.parse(readFileSync(join(fixture, f), 'utf8'));
const id = (name: string) => `https://oppna-resultat.se/schemas/v1/${name}.schema.json`;

describe('test/fixtures/site-data', () => {
  const a = ajv();
  const check = (schema: string, value: unknown) => {
    const validate = a.getSchema(id(schema))!;
    const ok = validate(value);
    expect(validate.errors ?? [], schema).toEqual([]);
    expect(ok).toBe(true);
  };

  it('site.json is a valid SiteConfig', () => check('site', read('site.json')));
  it('manifest.json is a valid Manifest', () => check('manifest', read('manifest.json')));
  it('every indicator, area and unit is valid', () => {
    for (const i of read('indicators.json') as unknown[]) check('indicator', i);
    for (const i of read('areas.json') as unknown[]) check('area', i);
    for (const i of read('units.json') as unknown[]) check('unit', i);
  });
  it('every observation file is valid and belongs to a known indicator', () => {
    const ids = (read('indicators.json') as { id: string }[]).map((i) => i.id).sort();
    const files = readdirSync(join(fixture, 'observations')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(ids);
    for (const f of files) {
      const list = read(`observations/${f}.json`) as { indicator: string }[];
      expect(list.length).toBeGreaterThan(0);
      for (const o of list) {
        expect(o.indicator).toBe(f);
        check('observation', o);
      }
    }
  });
  it('covers what the site must show: units, gender split, targets, analysis, status symbols', () => {
    const all = (read('indicators.json') as { id: string }[]).flatMap(
      (i) => read(`observations/${i.id}.json`) as Record<string, unknown>[],
    );
    expect(all.some((o) => 'unit' in o)).toBe(true);
    expect(all.some((o) => o.gender === 'K')).toBe(true);
    for (const s of ['missing', 'not-applicable', 'suppressed']) expect(all.some((o) => o.status === s)).toBe(true);
  });
});
