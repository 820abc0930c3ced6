import { isAbsolute, relative } from 'node:path';

/** A folder as a message shows it: relative to where the command runs, absolute when outside it. */
export function shownPath(dir: string, cwd = process.cwd()): string {
  const rel = relative(cwd, dir);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}
