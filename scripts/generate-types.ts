// Derives the TypeScript types of the data model from the JSON Schemas in schemas/,
// so the schemas stay the single source of truth. `npm run types` rewrites
// src/model/types.gen.ts; test/model/types.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { generateModelTypes } from '../src/model/generateModelTypes.ts';

const out = new URL('../src/model/types.gen.ts', import.meta.url);
writeFileSync(out, await generateModelTypes());
console.log('Wrote src/model/types.gen.ts');
