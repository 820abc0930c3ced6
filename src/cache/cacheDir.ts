import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the CLI keeps the import cache: build/.cache/import (gitignored with
 * build/), or $OPPNA_CACHE_DIR; undefined (no cache) when $OPPNA_NO_CACHE is set.
 */
export function cliCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OPPNA_NO_CACHE) return undefined;
  return env.OPPNA_CACHE_DIR ? resolve(env.OPPNA_CACHE_DIR) : resolve(projectRoot, 'build', '.cache', 'import');
}

/**
 * Where the CLI keeps the output cache (src/cache/OutputCache.ts): build/.cache/outputs,
 * or outputs/ in $OPPNA_CACHE_DIR; undefined when $OPPNA_NO_CACHE is set (the build then
 * uses a scratch one in its staging folder, so a cold build runs the same code).
 */
export function cliOutputCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OPPNA_NO_CACHE) return undefined;
  return env.OPPNA_CACHE_DIR ? resolve(env.OPPNA_CACHE_DIR, 'outputs') : resolve(projectRoot, 'build', '.cache', 'outputs');
}

/** "Från cachen: 41 av 43 filer" — how much of the import was reused. */
export function cacheLine(stats: { reused: string[]; read: string[] }, lang: 'sv' | 'en'): string {
  const total = stats.reused.length + stats.read.length;
  return lang === 'sv' ? `Från importcachen: ${stats.reused.length} av ${total} filer\n` : `From the import cache: ${stats.reused.length} of ${total} files\n`;
}
