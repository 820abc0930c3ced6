import { compile } from 'json-schema-to-typescript';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Schemas that become exported types, in output order. */
export const MODEL_SCHEMAS = ['observation', 'indicator', 'area', 'unit', 'manifest', 'mapping', 'problem', 'report', 'site', 'dialogue', 'dialogue-question', 'dialogue-priority', 'budget', 'budget-mapping', 'invoice-mapping', 'invoice-row', 'invoice-summary', 'invoice-supplier'] as const;

/** Compile every schema to TypeScript; shared $defs become named types once. */
export async function generateModelTypes(): Promise<string> {
  const parts: string[] = [
    '/* Generated from schemas/*.schema.json by `npm run types`. Do not edit by hand. */',
    '/* eslint-disable */',
  ];
  const seen = new Set<string>();
  for (const name of MODEL_SCHEMAS) {
    const schema = JSON.parse(readFileSync(`${schemasDir}${name}.schema.json`, 'utf8'));
    // Cross-field rules (area xor unit; status only when value is null) are checked by ajv;
    // as TypeScript they would only widen the type to an index signature.
    for (const key of ['oneOf', 'if', 'then', 'else']) delete schema[key];
    const ts = await compile(schema, schema.title, {
      cwd: schemasDir,
      bannerComment: '',
      additionalProperties: false,
      format: true,
      strictIndexSignatures: true,
      declareExternallyReferenced: true,
      style: { singleQuote: true },
    });
    // Drop declarations already emitted by an earlier schema (the common $defs).
    for (const block of ts.split(/\n(?=export )/)) {
      const m = /^export (?:interface|type) (\w+)/.exec(block.trim());
      if (m && seen.has(m[1])) continue;
      if (m) seen.add(m[1]);
      parts.push(block.trim());
    }
  }
  return parts.join('\n\n') + '\n';
}
