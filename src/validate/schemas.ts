import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const BASE = 'https://oppna-resultat.se/schemas/v1/';

export type SchemaName = 'observation' | 'indicator' | 'area' | 'unit' | 'manifest' | 'mapping' | 'site' | 'report';

function createAjv(explain: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // The explaining instance reports every problem of a record and quotes the
    // offending values; the checking one stops at the first, which is what makes
    // validating a million observations cheap.
    allErrors: explain,
    verbose: explain,
  });
  for (const name of readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(schemasDir + name, 'utf8')));
  }
  return ajv;
}

// Each schema is compiled once per process and instance, on first use.
const instances: { check?: Ajv2020; explain?: Ajv2020 } = {};
const compiled = new Map<string, ValidateFunction>();

function validator(name: SchemaName, explain: boolean): ValidateFunction {
  const key = `${explain ? 'explain' : 'check'}:${name}`;
  let fn = compiled.get(key);
  if (!fn) {
    const ajv = explain ? (instances.explain ??= createAjv(true)) : (instances.check ??= createAjv(false));
    fn = ajv.getSchema(`${BASE}${name}.schema.json`);
    if (!fn) throw new Error(`schema ${name} not found`);
    compiled.set(key, fn);
  }
  return fn;
}

// Plain booleans, not type guards: callers keep their own record types, and a
// failed check must not narrow the record to `never`.
const check = (name: SchemaName) => {
  const fn = validator(name, false);
  return (v: unknown): boolean => fn(v) as boolean;
};

export const validateObservation = check('observation');
export const validateIndicator = check('indicator');
export const validateArea = check('area');
export const validateUnit = check('unit');
export const validateManifest = check('manifest');
export const validateMapping = check('mapping');
export const validateSiteConfig = check('site');
export const validateReport = check('report');

/** Every error of a record that failed a check, with the offending values (for messages). */
export function explainErrors(name: SchemaName, value: unknown): ErrorObject[] {
  const fn = validator(name, true);
  return fn(value) ? [] : (fn.errors ?? []);
}
