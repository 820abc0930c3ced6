import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Characters with a meaning in Pagefind's globs: a name holding one is not put in a glob. */
const GLOB_SPECIAL = /[{}[\]*?,!\\<>]/;

interface Node {
  excluded: boolean;
  /** By name, or '*': any folder at that level (then a named folder beside it is read as any other). */
  children: Map<string, Node>;
}

/**
 * A Pagefind glob for every HTML page under `dist` except those in `folders` (paths within the
 * site, "ekonomi/leverantorsreskontra/leverantorer"; a `*` segment stands for any folder there,
 * "matt/*\/inbaddning"): Pagefind reads every file its glob matches, and thousands of pages it
 * would only drop again cost it seconds (tens of thousands, a minute). Only the folders on the way
 * to an excluded one are listed, the folders a `*` stands for as one; any other folder is one
 * `name/**\/*.html`. Undefined when nothing is excluded or a name cannot be written in a glob
 * (then every page is read).
 */
export function globWithout(dist: string, folders: readonly string[]): string | undefined {
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
  const name = (entry: string) => {
    if (GLOB_SPECIAL.test(entry)) writable = false;
    return entry;
  };
  /** `dirs`: the folders the path so far stands for (more than one under a `*`), their entries merged. */
  const walk = (dirs: readonly string[], prefix: string, node: Node) => {
    const entries = new Map<string, { dirs: string[]; page: boolean }>();
    for (const dir of dirs) {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const seen = entries.get(entry.name) ?? { dirs: [], page: false };
        entries.set(entry.name, seen);
        if (entry.isDirectory()) seen.dirs.push(join(dir, entry.name));
        else if (entry.isFile() && entry.name.endsWith('.html')) seen.page = true;
      }
    }
    const any = node.children.get('*');
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [entry, { page }] of sorted) if (page) parts.push(`${prefix}${name(entry)}`);
    if (any) {
      const all = sorted.flatMap(([, seen]) => seen.dirs);
      if (any.excluded) excludedAny ||= all.length > 0;
      else if (all.length > 0) walk(all, `${prefix}*/`, any);
      return;
    }
    for (const [entry, seen] of sorted) {
      if (seen.dirs.length === 0) continue;
      const child = node.children.get(entry);
      if (child?.excluded) excludedAny = true;
      else if (child) walk(seen.dirs, `${prefix}${name(entry)}/`, child);
      else parts.push(`${prefix}${name(entry)}/**/*.html`);
    }
  };
  walk([dist], '', root);
  return excludedAny && writable && parts.length > 0 ? `{${parts.join(',')}}` : undefined;
}
