import { readFileSync } from 'node:fs';

let memo: { file: string | undefined; ids: Set<string> | undefined } | undefined;

/**
 * Whether Astro renders this indicator's pages in this build: all of them, unless the
 * build names a file of ids in $OPPNA_RENDER_ONLY (src/write/pageCache.ts: the indicators
 * whose pages are not in the build cache; the others' pages are placed from it).
 */
export function rendersIndicator(id: string): boolean {
  const file = process.env.OPPNA_RENDER_ONLY;
  if (memo?.file !== file) memo = { file, ids: file ? new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]) : undefined };
  return memo?.ids?.has(id) ?? true;
}
