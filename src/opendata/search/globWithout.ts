import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Characters with a meaning in Pagefind's globs: a name holding one is not put in a glob. */
const GLOB_SPECIAL = /[{}[\]*?,!\\]/;

/**
 * A Pagefind glob for every HTML page under `dist` except those in `folders` (paths within the
 * site, "ekonomi/leverantorsreskontra/leverantorer"): Pagefind reads every file its glob matches,
 * and tens of thousands of pages it would only drop again cost it a minute. Only the folders on
 * the way to an excluded one are listed; any other folder is one `name/**\/*.html`. Undefined
 * when nothing is excluded or a name cannot be written in a glob (then every page is read).
 */
export function globWithout(dist: string, folders: readonly string[]): string | undefined {
  interface Node {
    excluded: boolean;
    children: Map<string, Node>;
  }
  const root: Node = { excluded: false, children: new Map() };
  for (const folder of folders) {
    let node = root;
    for (const part of folder.split('/').filter(Boolean)) {
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = { excluded: false, children: new Map() }));
      node = child;
    }
    node.excluded = true;
  }
  const parts: string[] = [];
  let excludedAny = false;
  let writable = true;
  const walk = (dir: string, prefix: string, node: Node) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (GLOB_SPECIAL.test(entry.name)) writable = false;
      const child = node.children.get(entry.name);
      if (entry.isDirectory()) {
        if (child?.excluded) excludedAny = true;
        else if (child) walk(join(dir, entry.name), `${prefix}${entry.name}/`, child);
        else parts.push(`${prefix}${entry.name}/**/*.html`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) parts.push(`${prefix}${entry.name}`);
    }
  };
  walk(dist, '', root);
  return excludedAny && writable && parts.length > 0 ? `{${parts.join(',')}}` : undefined;
}
