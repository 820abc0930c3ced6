// The pipeline up to a validated dataset: list → read → normalise → validate.
// Plain TypeScript (no Astro), used by the CLI, the tests and the benchmarks.
import { createHash } from 'node:crypto';
import { readdir, readFile as readBytes, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { cacheKey } from './cache/cacheKey.ts';
import { cacheVersion } from './cache/cacheVersion.ts';
import { eachLimited } from './cache/eachLimited.ts';
import { ImportCache, pruneCache, type CachedFile, type CachedTable } from './cache/ImportCache.ts';
import type { Mapping, SiteConfig } from './model/types.gen.ts';
import { AreaDirectory } from './normalise/AreaDirectory.ts';
import { detectLayout } from './normalise/detectLayout.ts';
import { emptyNormalised, type Normalised } from './normalise/Normalised.ts';
import { normaliseKoladaJson } from './normalise/normaliseKoladaJson.ts';
import { normaliseTable } from './normalise/normaliseTable.ts';
import type { Finding } from './problems/Finding.ts';
import { ProblemList } from './problems/ProblemList.ts';
import type { RawTable } from './read/RawTable.ts';
import type { ReadLimits } from './read/readFile.ts';
import { readIsolated, type IsolationLimits } from './read/readIsolated.ts';
import { schemaDetail } from './validate/ajvMessage.ts';
import { assembleDataset } from './validate/assembleDataset.ts';
import type { Dataset } from './validate/Dataset.ts';
import { checkSiteConfig } from './theme/checkSiteConfig.ts';
import { validateMapping, validateSiteConfig } from './validate/schemas.ts';
import type { InputFile } from './write/writeDataset.ts';
import type { Section } from './sections/Section.ts';
import { SECTIONS } from './sections/sections.ts';
import { ingestSections, sectionCounts, sectionFolders } from './sections/runSections.ts';

export const CONFIG_FILE = 'site.json';
export { MAPPING_SUFFIX } from './normalise/planFromMapping.ts';
import { MAPPING_SUFFIX } from './normalise/planFromMapping.ts';

/** Documentation and images may sit beside the data (a README for controllers, the logo). */
const NOT_DATA = new Set(['.md', '.pdf', '.png', '.svg', '.jpg', '.jpeg', '.gif', '.webp']);

/** Files in a data folder that are data: not config, sidecars, documentation or lock files. */
function isDataFile(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('~$')) return false; // hidden files, Excel lock files
  if (name === CONFIG_FILE || name.endsWith(MAPPING_SUFFIX)) return false;
  return !NOT_DATA.has(extname(name).toLowerCase());
}

export interface IngestProgress {
  file(done: number, total: number, path: string): void;
  rows(count: number): void;
}

export interface IngestOptions {
  /** build needs site.json; check works on a folder without one. */
  requireConfig?: boolean;
  limits?: Partial<ReadLimits>;
  /** Time and memory limits for reading one workbook. */
  isolation?: Partial<IsolationLimits>;
  progress?: IngestProgress;
  capPerCode?: number;
  /** Folder of the content-hash import cache (build/.cache/import for the CLI); no cache without it. */
  cacheDir?: string;
  /**
   * The data folder as the user wrote it ('' for the default data/): a missing site.json is then
   * reported with the `npm run init` command that creates it (check), not passed over.
   */
  initHint?: string;
  /** The sections beside the results (default: every registered one). */
  sections?: readonly Section[];
}

/** Which files the import cache supplied and which were read and normalised. */
export interface CacheStats {
  reused: string[];
  read: string[];
}

export interface IngestResult {
  problems: ProblemList;
  files: InputFile[];
  /** Present when no error was found. */
  dataset?: Dataset;
  /** `sections`: what each section read (see Section.counts), when there was no error. */
  counts: { files: number; indicators: number; observations: number; values: number; sections?: Record<string, Record<string, number>> };
  /** Present when a cache folder was given. */
  cache?: CacheStats;
  /** Each section's validated value by name (see src/sections/); only sections with something to publish. */
  sections: Map<string, unknown>;
}

/** The results' files of a data folder: every data file outside the sections' folders. */
async function listFiles(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const abs = join(entry.parentPath, entry.name);
    const rel = relative(dir, abs).split(sep).join('/');
    const parts = rel.split('/');
    if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (parts.length > 1 && skip.has(parts[0])) continue;
    if (isDataFile(entry.name)) out.push(rel);
  }
  return out.sort();
}

async function readJsonFile(abs: string, rel: string, problems: ProblemList, missing: Finding | null): Promise<unknown> {
  let text: string;
  try {
    text = await readBytes(abs, 'utf8');
  } catch {
    if (missing) problems.add(missing);
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    problems.add({ code: 'json-syntax', file: rel, params: { detail: (e as Error).message.slice(0, 120) } });
    return undefined;
  }
}

async function loadConfig(dataDir: string, problems: ProblemList, required: boolean, initArg?: string): Promise<SiteConfig | undefined> {
  const init = `npm run init -- --kommun KOMMUNKOD${initArg ? ` --data ${initArg}` : ''}`;
  const missing: Finding | null = required
    ? { code: 'config-invalid', file: CONFIG_FILE, params: { 'detail@sv': `filen site.json saknas i datamappen; skapa den med ${init}`, 'detail@en': `the file site.json is missing from the data folder; create it with ${init}` } }
    : initArg !== undefined
      ? { code: 'config-missing', file: CONFIG_FILE, params: { dataArg: initArg ? ` --data ${initArg}` : '' } }
      : null;
  const data = await readJsonFile(join(dataDir, CONFIG_FILE), CONFIG_FILE, problems, missing);
  if (data === undefined) return undefined;
  if (!validateSiteConfig(data)) {
    problems.add({ code: 'config-invalid', file: CONFIG_FILE, params: schemaDetail('site', data) });
    return undefined;
  }
  problems.addAll(await checkSiteConfig(data as SiteConfig, dataDir, CONFIG_FILE));
  return data as SiteConfig;
}

async function loadMapping(dataDir: string, rel: string, problems: ProblemList): Promise<Mapping | null | undefined> {
  const mappingRel = rel + MAPPING_SUFFIX;
  const abs = join(dataDir, mappingRel);
  try {
    await stat(abs);
  } catch {
    return undefined; // no sidecar: the built-in layouts apply
  }
  const data = await readJsonFile(abs, mappingRel, problems, null);
  if (data === undefined) return null;
  if (!validateMapping(data)) {
    problems.add({ code: 'mapping-invalid', file: mappingRel, params: schemaDetail('mapping', data) });
    return null;
  }
  return data as Mapping;
}

interface PendingTable {
  file: string;
  /** Absent when the normalised result came from the cache. */
  table?: RawTable;
  mapping?: Mapping;
  layout: string | undefined;
  cached?: CachedTable;
  /** The file's cache entry and key, and this table's place in it. */
  entry?: CachedFile;
  key?: string;
  index: number;
}

/** Findings that depend on the machine or the settings rather than the file: never cached. */
const TRANSIENT = new Set(['file-timeout', 'memory-limit', 'read-failed']);

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The area directory's contents, as the key of what was resolved against it. */
function areasDigest(areas: AreaDirectory): string {
  return sha256(JSON.stringify(areas.all()));
}

/**
 * Reads and validates every file in `dataDir`. Area and unit lists are
 * normalised first, so that the other files can name areas ("Nacka") rather
 * than codes. Returns a dataset only when there is no error.
 */
export async function ingest(dataDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const problems = new ProblemList(options.capPerCode);
  const config = await loadConfig(dataDir, problems, options.requireConfig ?? false, options.initHint);
  const sections = options.sections ?? SECTIONS;
  const paths = await listFiles(dataDir, sectionFolders(sections));
  const files: InputFile[] = [];
  const parts: Normalised[] = [];
  /** What each part is made from, by `parts`' index: its file's cache key and its place in the file (none without a cache). */
  const origins: (string | undefined)[] = [];
  const tables: PendingTable[] = [];
  let rows = 0;
  const cache = options.cacheDir ? new ImportCache(options.cacheDir) : undefined;
  const version = cache ? await cacheVersion() : '';
  const settings = JSON.stringify([options.limits ?? null, options.isolation ?? null]);
  const stats: CacheStats = { reused: [], read: [] };
  /** Every entry by key; the ones made or changed in this run (dirty) are written once every table is normalised. */
  const toStore = new Map<string, CachedFile>();
  const dirty = new Set<CachedFile>();

  // Area and unit lists are normalised before the tables of values, so that names resolve the same
  // whatever the order of the files. Tables are normalised as soon as they are read, and their raw
  // rows let go, while every list has come before every table of values (the common case: a few small
  // lists); a list read after tables of values sends those back to be read again and normalised after it.
  let areas = new AreaDirectory();
  let digest = cache ? areasDigest(areas) : '';
  const parted: (Normalised | undefined)[] = [];
  const rereads = new Map<string, Promise<RawTable[]>>();
  const isList = (l: string | undefined) => l === 'areas' || l === 'units';
  /** Values by area (src/normalise/normaliseTable.ts): the only tables besides the units list that look names up, and none adds an area. */
  const resolvesNames = (l: string | undefined) => l === 'long' || l === 'wide';
  let eager = true;
  let valuesSeen = false;
  const unstored = new Map<number, CachedTable>();
  const normaliseAt = async (i: number): Promise<void> => {
    const pending = tables[i];
    const { file, mapping, layout } = pending;
    const skipped = layout === undefined && !mapping;
    let part: Normalised;
    if (pending.cached && pending.cached.areasDigest === digest) {
      part = pending.cached.part;
    } else {
      // A cached table whose area names may now resolve differently, or one normalised before a list: read its file again.
      if (!pending.table && !rereads.has(file) && !stats.read.includes(file)) {
        stats.reused = stats.reused.filter((r) => r !== file);
        stats.read.push(file);
      }
      const table = pending.table ?? (await rereadTable(dataDir, pending, options, rereads, problems));
      part = skipped || !table ? emptyNormalised() : normaliseTable(table, mapping ? { areas, mapping } : { areas });
      // The raw rows are not needed again: let them go now, so the files' cells are never all held at once.
      pending.table = undefined;
      if (skipped && table?.sheet !== undefined) part.findings.push({ code: 'sheet-skipped', file, sheet: table.sheet });
      if (pending.entry && table) {
        // A list is cached with the directory it was resolved against; any other table with the
        // whole directory (it is resolved after every list), stored when that is known.
        const stored = { layout, areasDigest: digest, rows: table.rows.length, part };
        if (isList(layout)) pending.entry.tables[pending.index] = stored;
        else unstored.set(i, stored);
        dirty.add(pending.entry);
      } else if (pending.entry) {
        dirty.delete(pending.entry); // the file changed under us: its entry no longer describes it
      }
    }
    for (const a of part.areas) areas.add(a);
    if (cache && part.areas.length > 0) digest = areasDigest(areas);
    parted[i] = part;
  };
  /** Normalises the tables read since `from`, while every list has come first. */
  const advance = async (from: number): Promise<void> => {
    for (let i = from; eager && i < tables.length; i++) {
      // Only a table read now holds raw rows: one from the cache waits for its place in the order.
      if (!tables[i].table && !isList(tables[i].layout)) continue;
      if (resolvesNames(tables[i].layout)) valuesSeen = true;
      else if (isList(tables[i].layout) && valuesSeen) {
        // A list after tables of values: those are normalised again, after every list, from their files.
        eager = false;
        areas = new AreaDirectory();
        digest = cache ? areasDigest(areas) : '';
        for (const [j, part] of parted.entries()) {
          if (!part) continue;
          if (resolvesNames(tables[j].layout)) {
            parted[j] = undefined;
            unstored.delete(j);
          } else {
            for (const a of part.areas) areas.add(a);
            if (cache && part.areas.length > 0) digest = areasDigest(areas);
          }
        }
        break;
      }
      await normaliseAt(i);
    }
  };

  for (const [i, rel] of paths.entries()) {
    options.progress?.file(i, paths.length, rel);
    const first = tables.length;
    const mapping = await loadMapping(dataDir, rel, problems);
    if (mapping === null) continue; // the sidecar is broken: reading without it would guess wrong
    const abs = join(dataDir, rel);
    let key: string | undefined;
    let keyedSha: string | undefined;
    if (cache) {
      const bytes = await readBytes(abs).catch(() => undefined);
      if (bytes) key = cacheKey({ version, path: rel, sha256: (keyedSha = sha256(bytes)), mapping: mapping ? JSON.stringify(mapping) : '', settings });
    }
    const hit = key !== undefined ? await cache?.get(key) : undefined;
    if (hit) {
      stats.reused.push(rel);
      files.push(hit.file);
      problems.addAll(hit.readFindings);
      if (hit.json) {
        problems.addAll(hit.json.findings);
        parts.push(hit.json);
        origins.push(`${key} json`);
        rows += hit.json.observations.length;
      }
      for (const [index, cached] of hit.tables.entries()) {
        tables.push({ file: rel, layout: cached.layout, cached, entry: hit, key, index, ...(mapping ? { mapping } : {}) });
        rows += cached.rows;
      }
      if (key !== undefined) toStore.set(key, hit);
      await advance(first);
      options.progress?.rows(rows);
      continue;
    }
    if (cache) stats.read.push(rel);
    const readOptions = mapping?.sheet ? { sheet: mapping.sheet, limits: options.limits } : { limits: options.limits };
    const result = await readIsolated(abs, rel, readOptions, options.isolation);
    const file = { path: rel, sha256: result.sha256, bytes: result.bytes };
    files.push(file);
    problems.addAll(result.findings);
    const entry: CachedFile = { file, readFindings: result.findings, tables: [] };
    // A file read with another sha256 than the one keyed changed while being read.
    const cacheable = key !== undefined && result.sha256 === keyedSha && !result.findings.some((f) => TRANSIENT.has(f.code));
    const made = cacheable ? key : undefined;
    if (result.kind === 'json') {
      const part = normaliseKoladaJson(result.data, rel);
      problems.addAll(part.findings);
      parts.push(part);
      origins.push(made && `${made} json`);
      rows += part.observations.length;
      entry.json = part;
    } else if (result.kind === 'tables') {
      for (const [index, table] of result.tables.entries()) {
        const layout = mapping ? mapping.layout : detectLayout(table)?.layout;
        tables.push({ file: rel, table, layout, entry, key: made, index, ...(mapping ? { mapping } : {}) });
        rows += table.rows.length;
      }
    }
    if (made !== undefined) {
      toStore.set(made, entry);
      dirty.add(entry);
    }
    await advance(first);
    options.progress?.rows(rows);
  }

  // Areas and units first: their names let the other tables use names for codes. Their findings in that order.
  const listFirst = (l: string | undefined) => (isList(l) ? 0 : 1);
  const order = tables.map((_, i) => i).sort((a, b) => listFirst(tables[a].layout) - listFirst(tables[b].layout) || a - b);
  const skippedByFile = new Map<string, number>();
  const tablesByFile = new Map<string, number>();
  for (const i of order) {
    const { file, mapping, layout } = tables[i];
    tablesByFile.set(file, (tablesByFile.get(file) ?? 0) + 1);
    if (layout === undefined && !mapping) skippedByFile.set(file, (skippedByFile.get(file) ?? 0) + 1);
    if (!parted[i]) await normaliseAt(i);
    const part = parted[i]!;
    const stored = unstored.get(i);
    if (stored) tables[i].entry!.tables[tables[i].index] = { ...stored, areasDigest: digest };
    problems.addAll(part.findings);
    parts.push(part);
    // Tables of values are resolved against the whole area directory: its digest is part of what they are made from.
    origins.push(tables[i].key && `${tables[i].key} ${tables[i].index} ${digest}`);
  }
  // Store what was made or redone in this run, before validation can touch the parts. Each entry is
  // packed (copied) here and written by the cache's thread while the next is packed; two at a time,
  // as a country's entries packed at once added ~450 MB to the import's peak.
  if (cache) {
    await eachLimited([...toStore].filter(([, entry]) => dirty.has(entry)), 2, ([key, entry]) => cache.put(key, entry));
    await pruneCache(cache.dir);
  }
  // A file none of whose tables is recognised is an error: it was put there to be published.
  for (const [file, skipped] of skippedByFile) {
    if (skipped === tablesByFile.get(file)) problems.add({ code: 'unknown-layout', file, params: { file } });
  }

  const dataset = assembleDataset(parts, config, problems, origins);
  // The sections check their references against the results, so they come after them.
  const sectionValues = await ingestSections(sections, { dataDir, ...(config ? { config } : {}), indicators: dataset.indicators, areas: dataset.areas, observations: dataset.observations }, problems, files);
  let observations = 0;
  let values = 0;
  for (const list of dataset.observations.values()) {
    observations += list.length;
    for (const o of list) if (o.value !== null) values++;
  }
  const read = problems.hasErrors ? {} : sectionCounts(sections, sectionValues);
  const result: IngestResult = {
    problems,
    files,
    counts: { files: files.length, indicators: dataset.indicators.length, observations, values, ...(Object.keys(read).length > 0 ? { sections: read } : {}) },
    sections: problems.hasErrors ? new Map() : sectionValues,
  };
  if (cache) result.cache = stats;
  if (!problems.hasErrors) result.dataset = dataset;
  return result;
}

/** The table of a cached file, read again (once per file) when the area directory it was resolved against changed. */
async function rereadTable(
  dataDir: string,
  pending: PendingTable,
  options: IngestOptions,
  rereads: Map<string, Promise<RawTable[]>>,
  problems: ProblemList,
): Promise<RawTable | undefined> {
  let tablesOfFile = rereads.get(pending.file);
  if (!tablesOfFile) {
    const readOptions = pending.mapping?.sheet ? { sheet: pending.mapping.sheet, limits: options.limits } : { limits: options.limits };
    tablesOfFile = readIsolated(join(dataDir, pending.file), pending.file, readOptions, options.isolation).then((r) => {
      if (r.kind === 'tables' && r.sha256 === pending.entry?.file.sha256) return r.tables;
      const detail = { 'detail@sv': 'filen ändrades medan den lästes; kör igen', 'detail@en': 'the file changed while it was being read; run again' };
      problems.add({ code: 'read-failed', file: pending.file, params: detail });
      return [];
    });
    rereads.set(pending.file, tablesOfFile);
  }
  return (await tablesOfFile)[pending.index];
}
