import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const BASE = 'https://oppna-resultat.se/schemas/v1/';

export type SchemaName = 'observation' | 'indicator' | 'area' | 'unit' | 'manifest' | 'mapping' | 'site' | 'report' | 'dialogue' | 'dialogue-question' | 'dialogue-priority' | 'budget' | 'budget-mapping' | 'invoice-mapping' | 'invoice-row' | 'invoice-summary' | 'invoice-supplier';

/** The schema files, parsed once: every validator (and the derived one below) comes from these. */
const schemaFiles: Record<string, unknown>[] = readdirSync(schemasDir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(schemasDir + name, 'utf8')) as Record<string, unknown>);

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
  for (const schema of schemaFiles) ajv.addSchema(structuredClone(schema));
  return ajv;
}

// Each schema is compiled once per process and instance, on first use.
const instances: { check?: Ajv2020; explain?: Ajv2020 } = {};
const compiled = new Map<string, ValidateFunction>();

function checkingAjv(): Ajv2020 {
  return (instances.check ??= createAjv(false));
}

function validator(name: SchemaName, explain: boolean): ValidateFunction {
  const key = `${explain ? 'explain' : 'check'}:${name}`;
  let fn = compiled.get(key);
  if (!fn) {
    const ajv = explain ? (instances.explain ??= createAjv(true)) : checkingAjv();
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
export const validateDialogue = check('dialogue');
export const validateDialogueQuestion = check('dialogue-question');
export const validateDialoguePriority = check('dialogue-priority');
export const validateBudget = check('budget');
export const validateBudgetMapping = check('budget-mapping');
export const validateInvoiceMapping = check('invoice-mapping');
export const validateInvoiceRow = check('invoice-row');
export const validateInvoiceSummary = check('invoice-summary');
export const validateInvoiceSupplier = check('invoice-supplier');

/** Every error of a record that failed a check, with the offending values (for messages). */
export function explainErrors(name: SchemaName, value: unknown): ErrorObject[] {
  const fn = validator(name, true);
  return fn(value) ? [] : (fn.errors ?? []);
}

/** Past this many distinct texts per field, values are still checked but no longer remembered. */
const MEMO_LIMIT = 50_000;

/** Keywords the record-level part of a schema may use for its verdict to depend only on which fields are present. */
const SHAPE_KEYWORDS = new Set(['$schema', '$id', 'title', 'description', 'type', 'required', 'oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', 'properties', 'additionalProperties', 'minProperties', 'maxProperties']);

type Schema = Record<string, unknown>;

/** The JSON type of a value, as the "type" keyword sees it. */
function jsonType(v: unknown): number {
  if (v === null) return 1;
  if (typeof v === 'number') return Number.isInteger(v) ? 2 : Number.isFinite(v) ? 3 : 4;
  if (typeof v === 'string') return 5;
  if (typeof v === 'boolean') return 6;
  if (Array.isArray(v)) return 7;
  return typeof v === 'object' ? 8 : 9;
}

/**
 * Fields whose value the record-level keywords of `schema` look at (if: {properties: {value: {type: null}}}),
 * or undefined when those keywords may look at more than which fields are present and their JSON types.
 */
function shapeInputs(schema: Schema, top: boolean, into: Set<string>): Set<string> | undefined {
  for (const [key, sub] of Object.entries(schema)) {
    if (!SHAPE_KEYWORDS.has(key)) return undefined;
    if (key === 'properties') {
      if (top) continue; // the record's own fields: checked one by one, opened in the shape schema
      for (const [name, rule] of Object.entries(sub as Record<string, Schema>)) {
        if (Object.keys(rule).some((k) => k !== 'type' && k !== 'description')) return undefined;
        into.add(name);
      }
    } else if (key === 'additionalProperties') {
      if (sub !== false) return undefined;
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      for (const branch of sub as Schema[]) if (!shapeInputs(branch, false, into)) return undefined;
    } else if (key === 'not' || key === 'if' || key === 'then' || key === 'else') {
      if (!shapeInputs(sub as Schema, false, into)) return undefined;
    }
  }
  return into;
}

interface Field {
  /** This field's bit in the key of a record's shape. */
  bit: number;
  /** The field's property schema, compiled by ajv. */
  check: ValidateFunction;
  /** Verdicts per distinct text. */
  memo: Map<string, boolean>;
  /** The last text found valid. */
  lastValid: string | undefined;
}

interface SplitSchema {
  /** Each property's schema, compiled, with its bit in the key of a record's shape. */
  parts: Map<string, { bit: number; check: ValidateFunction }>;
  /** The schema with every property allowed as it stands. */
  shape: ValidateFunction;
  /** The fields whose JSON type the record-level keywords look at. */
  looked: string[];
}

/** The observation schema's parts, compiled once per process like the validators above; undefined if it cannot be split. */
function splitObservationSchema(): SplitSchema | undefined {
  const id = `${BASE}observation.schema.json`;
  const schema = schemaFiles.find((s) => s.$id === id)!;
  const names = Object.keys(schema.properties as Record<string, Schema>);
  const inputs = shapeInputs(schema, true, new Set());
  if (!inputs || schema.type !== 'object' || names.length > 20) return undefined;
  const ajv = checkingAjv();
  const parts = new Map(names.map((name, i) => [name, { bit: 2 ** i, check: ajv.getSchema(`${id}#/properties/${name}`)! }]));
  // Same base URL as the real schema, so its $refs resolve the same way.
  const shapeId = `${BASE}observation-shape.schema.json`;
  const shape = ajv.compile({ ...structuredClone(schema), $id: shapeId, properties: Object.fromEntries(names.map((n) => [n, true])) });
  return { parts, shape, looked: [...inputs] };
}

const observationSplit = splitObservationSchema();

/**
 * validateObservation's verdict, exactly, for a fraction of the cost over many
 * observations. Everything it runs is compiled by ajv from observation.schema.json;
 * nothing is written by hand. The verdict splits in two:
 * - each field against its own property schema (indicator → IndicatorId, source →
 *   Provenance, …), remembered per distinct text, since a long table repeats a few
 *   ids, areas and periods a million times;
 * - the record as a whole (required fields, area xor unit, status iff value is null,
 *   no other fields) against the schema with its properties opened, remembered per
 *   set of fields present and the JSON types of the fields it looks at.
 * A record is valid under the whole schema exactly when both hold, because
 * "properties" constrains each field on its own. Should the schema's record-level
 * keywords ever look at more than that, nothing is split: every record goes through
 * ajv whole. Make one per run: what it remembers is per run.
 */
export function observationChecker(): (obs: unknown) => boolean {
  const whole = validator('observation', false);
  if (!observationSplit) return (obs) => whole(obs) as boolean;
  const { parts, shape, looked } = observationSplit;
  const fields = new Map<string, Field>([...parts].map(([name, p]) => [name, { ...p, memo: new Map(), lastValid: undefined }]));
  const shapes = new Map<number, boolean>();
  // The fields of the previous record, in order: records built by one piece of code list
  // the same fields in the same order, so the lookup by name is mostly skipped.
  const lastNames: string[] = [];
  const lastFields: Field[] = [];

  return (obs: unknown): boolean => {
    if (obs === null || typeof obs !== 'object' || Array.isArray(obs)) return whole(obs) as boolean;
    const record = obs as Record<string, unknown>;
    let key = 0;
    let i = 0;
    // for…in, as ajv's own check for extra fields: it sees inherited fields too.
    for (const name in record) {
      let field = lastFields[i];
      if (lastNames[i] !== name) {
        const found = fields.get(name);
        if (found === undefined) return whole(obs) as boolean; // not a field of the schema: ajv says no
        field = lastFields[i] = found;
        lastNames[i] = name;
      }
      i++;
      const value = record[name];
      if (value === undefined) continue; // absent, as ajv sees it
      key += field.bit;
      if (typeof value === 'string') {
        if (value === field.lastValid) continue; // rows repeat the previous row's id, area and period
        let ok = field.memo.get(value);
        if (ok === undefined) {
          ok = field.check(value) as boolean;
          if (field.memo.size < MEMO_LIMIT) field.memo.set(value, ok);
        }
        if (!ok) return false;
        field.lastValid = value;
      } else if (!field.check(value)) return false;
    }
    for (const name of looked) key = key * 10 + (record[name] === undefined ? 0 : jsonType(record[name]));
    let ok = shapes.get(key);
    if (ok === undefined) {
      ok = shape(obs) as boolean;
      shapes.set(key, ok);
    }
    return ok;
  };
}
