// The pipeline up to a validated dataset: list → read → normalise → validate.
// Plain TypeScript (no Astro), used by the CLI, the tests and the benchmarks.
import { readdir, readFile as readBytes, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
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
import { validateMapping, validateSiteConfig } from './validate/schemas.ts';
import type { InputFile } from './write/writeDataset.ts';

export const CONFIG_FILE = 'site.json';
export const MAPPING_SUFFIX = '.mapping.json';

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
}

export interface IngestResult {
  problems: ProblemList;
  files: InputFile[];
  /** Present when no error was found. */
  dataset?: Dataset;
  counts: { files: number; indicators: number; observations: number; values: number };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const abs = join(entry.parentPath, entry.name);
    const rel = relative(dir, abs).split(sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
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

async function loadConfig(dataDir: string, problems: ProblemList, required: boolean): Promise<SiteConfig | undefined> {
  const missing: Finding | null = required
    ? { code: 'config-invalid', file: CONFIG_FILE, params: { 'detail@sv': 'filen site.json saknas i datamappen', 'detail@en': 'the file site.json is missing from the data folder' } }
    : null;
  const data = await readJsonFile(join(dataDir, CONFIG_FILE), CONFIG_FILE, problems, missing);
  if (data === undefined) return undefined;
  if (!validateSiteConfig(data)) {
    problems.add({ code: 'config-invalid', file: CONFIG_FILE, params: schemaDetail('site', data) });
    return undefined;
  }
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
  table: RawTable;
  mapping?: Mapping;
}

/**
 * Reads and validates every file in `dataDir`. Area and unit lists are
 * normalised first, so that the other files can name areas ("Nacka") rather
 * than codes. Returns a dataset only when there is no error.
 */
export async function ingest(dataDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const problems = new ProblemList(options.capPerCode);
  const config = await loadConfig(dataDir, problems, options.requireConfig ?? false);
  const paths = await listFiles(dataDir);
  const files: InputFile[] = [];
  const parts: Normalised[] = [];
  const tables: PendingTable[] = [];
  let rows = 0;

  for (const [i, rel] of paths.entries()) {
    options.progress?.file(i, paths.length, rel);
    const mapping = await loadMapping(dataDir, rel, problems);
    if (mapping === null) continue; // the sidecar is broken: reading without it would guess wrong
    const readOptions = mapping?.sheet ? { sheet: mapping.sheet, limits: options.limits } : { limits: options.limits };
    const result = await readIsolated(join(dataDir, rel), rel, readOptions, options.isolation);
    files.push({ path: rel, sha256: result.sha256, bytes: result.bytes });
    problems.addAll(result.findings);
    if (result.kind === 'json') {
      const part = normaliseKoladaJson(result.data, rel);
      problems.addAll(part.findings);
      parts.push(part);
      rows += part.observations.length;
    } else if (result.kind === 'tables') {
      for (const table of result.tables) {
        tables.push(mapping ? { table, mapping } : { table });
        rows += table.rows.length;
      }
    }
    options.progress?.rows(rows);
  }

  // Areas and units first: their names let the other tables use names for codes.
  const areas = new AreaDirectory();
  const layouts = tables.map((t) => (t.mapping ? t.mapping.layout : detectLayout(t.table)?.layout));
  const listFirst = (l: string | undefined) => (l === 'areas' || l === 'units' ? 0 : 1);
  const order = tables.map((_, i) => i).sort((a, b) => listFirst(layouts[a]) - listFirst(layouts[b]) || a - b);
  const skippedByFile = new Map<string, number>();
  const tablesByFile = new Map<string, number>();
  for (const i of order) {
    const { table, mapping } = tables[i];
    tablesByFile.set(table.file, (tablesByFile.get(table.file) ?? 0) + 1);
    const part = layouts[i] === undefined && !mapping ? emptyNormalised() : normaliseTable(table, mapping ? { areas, mapping } : { areas });
    if (layouts[i] === undefined && !mapping) {
      skippedByFile.set(table.file, (skippedByFile.get(table.file) ?? 0) + 1);
      if (table.sheet !== undefined) part.findings.push({ code: 'sheet-skipped', file: table.file, sheet: table.sheet });
    }
    for (const a of part.areas) areas.add(a);
    problems.addAll(part.findings);
    parts.push(part);
  }
  // A file none of whose tables is recognised is an error: it was put there to be published.
  for (const [file, skipped] of skippedByFile) {
    if (skipped === tablesByFile.get(file)) problems.add({ code: 'unknown-layout', file, params: { file } });
  }

  const dataset = assembleDataset(parts, config, problems);
  let observations = 0;
  let values = 0;
  for (const list of dataset.observations.values()) {
    observations += list.length;
    for (const o of list) if (o.value !== null) values++;
  }
  const result: IngestResult = {
    problems,
    files,
    counts: { files: files.length, indicators: dataset.indicators.length, observations, values },
  };
  if (!problems.hasErrors) result.dataset = dataset;
  return result;
}
