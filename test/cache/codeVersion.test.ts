// What a cached output is keyed with: the modules its code loads, not those it names only as types.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleClosure } from '../../src/cache/codeVersion.ts';

const dir = mkdtempSync(join(tmpdir(), 'oppna-closure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('moduleClosure', () => {
  it('follows what the code loads and leaves out modules named only in type-only imports', () => {
    const files: Record<string, string> = {
      'a.ts': [
        "import type { B } from './b.ts';",
        "import type * as D from './d.ts';",
        'import type {\n  F,\n  G,\n} from "./f.ts";',
        "export type { H } from './h.ts';",
        "import { c } from './c.ts';",
        "import { type E } from './e.ts';",
        "export { g } from './g.ts';",
        "export type A = B | D.T | F | G;",
        "const lazy = () => import('./i.ts');",
      ].join('\n'),
      'b.ts': "import { c } from './c.ts';\nexport type B = string;",
      'c.ts': 'export const c = 1;',
      'd.ts': 'export type T = number;',
      'e.ts': 'export type E = 1;',
      'f.ts': 'export type F = 1; export type G = 2;',
      'g.ts': "import type { B } from './b.ts';\nexport const g: B = 'g';",
      'h.ts': 'export type H = 1;',
      'i.ts': "import 'node:fs';\nexport {};",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    expect(moduleClosure(join(dir, 'a.ts')).files.map((f) => basename(f))).toEqual(['a.ts', 'c.ts', 'e.ts', 'g.ts', 'i.ts']);
  });
});
