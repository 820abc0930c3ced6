import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** `from '…'`, `import '…'` and `import('…')` with a literal specifier. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;

/**
 * `import type … from '…'` and `export type … from '…'`: erased before the code runs, they load
 * nothing, so a module named only there is not part of the code (a page that names the gate's
 * problem type is not remade when the gate changes). `import { type X }` is kept: it loads the module.
 */
const TYPE_ONLY = /\b(?:import|export)\s+type\s+(?:\{[^}]*\}|\*\s+as\s+\w+|\w+)\s+from\s*(['"])[^'"\n]+\1/g;

/** A bare specifier's package name: `@scope/name/sub` → `@scope/name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/**
 * The project files a module is made of (itself and every local module it imports,
 * transitively, type-only imports left out) and the packages they import, each with its version.
 */
export function moduleClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!/\.(ts|mjs|js|astro)$/.test(file)) return; // JSON and CSS import nothing
    for (const [, , specifier] of readFileSync(file, 'utf8').replace(TYPE_ONLY, '').matchAll(SPECIFIER)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\?.*$/, '')));
      else if (!specifier.startsWith('node:')) packages.add(`${packageName(specifier)}@${packageVersion(packageName(specifier))}`);
    }
  };
  visit(resolve(entry));
  return { files: [...files].sort(), packages: [...packages].sort() };
}

const memo = new Map<string, string>();

/**
 * A hash of the code that makes an output: the entry module's closure (file names and
 * bytes), the versions of the packages it imports, and Node's own (its zlib writes the
 * compressed bytes). Any change there makes every cache entry keyed with it stale.
 * Computed once per module and process.
 */
export function codeVersion(entry: string | URL): string {
  const path = entry instanceof URL ? fileURLToPath(entry) : entry;
  let version = memo.get(path);
  if (version === undefined) {
    const hash = createHash('sha256');
    hash.update(`node ${process.versions.node} zlib ${process.versions.zlib}\0`);
    const { files, packages } = moduleClosure(path);
    for (const file of files) hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
    for (const p of packages) hash.update(p).update('\0');
    version = hash.digest('hex');
    memo.set(path, version);
  }
  return version;
}
