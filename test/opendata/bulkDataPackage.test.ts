// datapackage.json against the official Frictionless profiles (test/fixtures/frictionless, see
// SOURCE.md there), and every CSV against its own Table Schema: types, constraints, keys.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildDataPackage, dataPackageJson } from '../../src/opendata/bulk/buildDataPackage.ts';
import { bulkEntries } from '../../src/opendata/bulk/buildBulkZip.ts';
import { sampleInput } from './bulkSample.ts';

function profile(name: string): object {
  const schema = JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/frictionless/${name}`, import.meta.url)), 'utf8'));
  // Draft-04 profiles; ajv 8 has no draft-04 meta-schema (see SOURCE.md for why this is safe).
  delete schema.$schema;
  return schema;
}

const ajv = new Ajv({ allErrors: true, strict: false });
// The three formats the profiles use, checked strictly enough for what we publish.
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
// 'textarea' is an editor hint in the profiles, not a constraint.
ajv.addFormat('textarea', true);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const validatePackage = ajv.compile(profile('tabular-data-package.json'));
const validateTableSchema = ajv.compile(profile('table-schema.json'));

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}

/** A cell against a Table Schema field, as frictionless-py would check it; '' means missing (missingValues). */
function cellProblem(value: string, field: Field): string | undefined {
  const c = field.constraints ?? {};
  if (value === '') return c.required ? 'required' : undefined;
  if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) return 'type number';
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return 'type integer';
  if (field.type === 'boolean' && !['true', 'false'].includes(value)) return 'type boolean';
  if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'type date';
  if (c.enum && !c.enum.includes(value)) return 'enum';
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) return 'pattern';
  return undefined;
}

const input = sampleInput();
const descriptor = buildDataPackage(input);
const files = new Map(bulkEntries(input).map((e) => [e.name, [...e.chunks()].join('')]));
const tables = new Map(descriptor.resources.map((r) => {
  const rows = Papa.parse<string[]>(files.get(r.path) ?? '', { header: false, skipEmptyLines: true }).data;
  return [r.name, { header: rows[0], rows: rows.slice(1) }] as const;
}));

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package (v1 profile)', () => {
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors, null, 2)).toBe(true);
    for (const resource of descriptor.resources) {
      expect(validateTableSchema(resource.schema), `${resource.name}: ${JSON.stringify(validateTableSchema.errors)}`).toBe(true);
    }
  });

  it('is rejected by the same profiles when it breaks them (the validation can fail)', () => {
    const broken = structuredClone(descriptor) as Record<string, any>;
    broken.resources[0].name = 'Observationer med versaler';
    broken.resources[1].schema.fields[0].type = 'text';
    expect(validatePackage(broken)).toBe(false);
    expect(validateTableSchema(broken.resources[1].schema)).toBe(false);
  });

  it('lists every CSV of the zip with path, format, mediatype, encoding, dialect and licence', () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual(['observationer.csv', 'matt.csv', 'omraden.csv', 'enheter.csv']);
    for (const r of descriptor.resources) {
      expect(files.has(r.path)).toBe(true);
      expect(r).toMatchObject({ profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } });
    }
    expect(descriptor.licenses).toEqual([{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'Creative Commons Zero v1.0 Universal' }]);
    expect(descriptor.id).toBe('https://resultat.exempelkommun.se/oppna-data/datapackage.json');
    expect(descriptor.created).toBe('2026-10-20T00:00:00Z');
  });

  it('is the datapackage.json in the zip, byte for byte', () => {
    expect(files.get('datapackage.json')).toBe(dataPackageJson(input));
  });

  it('names the fields of every CSV in the order of its header', () => {
    for (const r of descriptor.resources) expect(r.schema.fields.map((f) => f.name)).toEqual(tables.get(r.name)?.header);
  });

  it('describes every cell truthfully: types, enums, patterns, required', () => {
    const problems: string[] = [];
    for (const r of descriptor.resources) {
      const table = tables.get(r.name)!;
      table.rows.forEach((row, i) => {
        r.schema.fields.forEach((field: Field, j: number) => {
          const problem = cellProblem(row[j], field);
          if (problem) problems.push(`${r.path} row ${i + 2} ${field.name}=${JSON.stringify(row[j])}: ${problem}`);
        });
      });
    }
    expect(problems).toEqual([]);
  });

  it('has unique primary keys and foreign keys that resolve', () => {
    for (const r of descriptor.resources) {
      const table = tables.get(r.name)!;
      const column = (name: string) => table.header.indexOf(name);
      if ('primaryKey' in r.schema && r.schema.primaryKey) {
        const keys = table.rows.map((row) => row[column(r.schema.primaryKey as string)]);
        expect(new Set(keys).size, `${r.name} primary key`).toBe(keys.length);
      }
      for (const fk of ('foreignKeys' in r.schema ? r.schema.foreignKeys : undefined) ?? []) {
        const target = tables.get(fk.reference.resource)!;
        const known = new Set(target.rows.map((row) => row[target.header.indexOf(fk.reference.fields)]));
        const dangling = table.rows.map((row) => row[column(fk.fields)]).filter((v) => v !== '' && !known.has(v));
        expect(dangling, `${r.name}.${fk.fields} → ${fk.reference.resource}`).toEqual([]);
      }
    }
  });

  it('leaves out the licence when site.json names none', () => {
    const unlicensed = buildDataPackage({ ...input, site: { ...input.site, licence: undefined } });
    expect('licenses' in unlicensed).toBe(false);
    expect(validatePackage(unlicensed)).toBe(true);
  });
});
