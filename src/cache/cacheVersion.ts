import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcRoot = fileURLToPath(new URL('../', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The code whose output a cache entry holds: change any of it and every entry is stale. */
const SOURCES = ['read', 'normalise', 'cache', 'ingest.ts', 'model/types.gen.ts', 'i18n/plainLanguage.ts'];
/** Parsers whose version changes what a file reads as. */
const PACKAGES = ['@e965/xlsx', 'papaparse', 'chardet', 'yauzl'];

async function sourceFiles(path: string): Promise<string[]> {
  if (path.endsWith('.ts')) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

async function computeCacheVersion(): Promise<string> {
  const hash = createHash('sha256');
  // Entries are V8-serialised: another V8 may not read them back the same.
  hash.update(`node ${process.versions.node} v8 ${process.versions.v8}\0`);
  const files = (await Promise.all(SOURCES.map((s) => sourceFiles(join(srcRoot, s))))).flat().sort();
  for (const file of files) {
    hash.update(relative(srcRoot, file)).update('\0').update(await readFile(file)).update('\0');
  }
  for (const name of PACKAGES) {
    const manifest = await readFile(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8').catch(() => '{}');
    hash.update(`${name}@${(JSON.parse(manifest) as { version?: string }).version ?? '?'}\0`);
  }
  return hash.digest('hex');
}

let memo: Promise<string> | undefined;

/** A hash of the read and normalise code and the parsers, computed once per process. */
export function cacheVersion(): Promise<string> {
  memo ??= computeCacheVersion();
  return memo;
}
