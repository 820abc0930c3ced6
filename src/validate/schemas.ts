import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Area, Indicator, Manifest, Mapping, Observation, Report, SiteConfig, Unit } from '../model/types.gen.ts';

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const BASE = 'https://oppna-resultat.se/schemas/v1/';

/** The model's schemas, compiled once per process (ajv compilation is the expensive part). */
function createAjv(): Ajv2020 {
  // allErrors: a controller wants every problem of a row at once, not the first;
  // verbose: errors carry the offending value, so messages can quote it.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
  for (const name of readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(schemasDir + name, 'utf8')));
  }
  return ajv;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function validator<T>(name: string): ValidateFunction<T> {
  ajv ??= createAjv();
  let fn = compiled.get(name);
  if (!fn) {
    fn = ajv.getSchema(`${BASE}${name}.schema.json`);
    if (!fn) throw new Error(`schema ${name} not found`);
    compiled.set(name, fn);
  }
  return fn as ValidateFunction<T>;
}

// Plain booleans, not type guards: callers keep their own record types, and a
// failed check must not narrow the record to `never`.

export const validateObservation = (v: unknown): boolean => validator<Observation>('observation')(v) as boolean;
export const validateIndicator = (v: unknown): boolean => validator<Indicator>('indicator')(v) as boolean;
export const validateArea = (v: unknown): boolean => validator<Area>('area')(v) as boolean;
export const validateUnit = (v: unknown): boolean => validator<Unit>('unit')(v) as boolean;
export const validateManifest = (v: unknown): boolean => validator<Manifest>('manifest')(v) as boolean;
export const validateMapping = (v: unknown): boolean => validator<Mapping>('mapping')(v) as boolean;
export const validateSiteConfig = (v: unknown): boolean => validator<SiteConfig>('site')(v) as boolean;
export const validateReport = (v: unknown): boolean => validator<Report>('report')(v) as boolean;

/** The errors of the last call of a named validator. */
export function lastErrors(name: 'observation' | 'indicator' | 'area' | 'unit' | 'manifest' | 'mapping' | 'site' | 'report'): ErrorObject[] {
  return validator(name).errors ?? [];
}
