// `npm run kolada`: every Kolada KPI of the catalogue for riket, every region and every municipality
// (the home municipality, its comparison areas and the ranking among all), and for the home
// municipality's units where Kolada has unit values; plus Kolada's description of each KPI.
// Everything is fetched into a hidden folder first; only when every request succeeded are the files
// moved into kolada/, so a failed or cut-off fetch leaves the previous files as they were.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allAreaCodes } from '../setup/municipalities.ts';
import { apiJson } from './apiJson.ts';
import { compareFile, type FileChange } from './changeSummary.ts';
import { KoladaError, type KoladaClient } from './KoladaClient.ts';
import { chunks, kpiPath, municipalityDataPath, unitDataPath, unitsPath } from './queries.ts';

/** The fetcher's record of the files it wrote (hidden from the importer): only these may it replace or remove. */
export const MANIFEST = '.hamtning.json';
export const KPI_FILE = 'kpi.json';
export const UNITS_FILE = 'enheter.json';
export const dataFile = (kpi: string) => `${kpi}.json`;
export const unitDataFile = (kpi: string) => `${kpi}-enheter.json`;

export interface FetchRequest {
  /** The fetcher's folder (data/kolada). */
  dir: string;
  /** Kommunkod of the home municipality; undefined fetches descriptions only. */
  municipality?: string;
  /** Comparison areas from site.json (riket, region, similar group): fetched even when not in the national list. */
  comparison: string[];
  /** KPIs whose values are fetched. */
  kpis: string[];
  /** KPIs whose descriptions only are fetched (hand-saved API files). */
  describeOnly: string[];
  client: KoladaClient;
  progress?: (line: string) => void;
}

export interface FetchOutcome {
  changes: FileChange[];
  /** KPIs Kolada does not know (no description came back): not fetched. */
  unknown: string[];
  titles: Map<string, string>;
  /** Files in kolada/ that the fetcher did not write and would have replaced: nothing was changed. */
  conflicts: string[];
}

interface Manifest {
  files: Record<string, string>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const nf = new Intl.NumberFormat('sv-SE');

async function readManifest(dir: string): Promise<Manifest> {
  try {
    const m = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
    return typeof m.files === 'object' && m.files !== null ? m : { files: {} };
  } catch {
    return { files: {} };
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function record(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new KoladaError('Kolada svarade med något annat än en lista av objekt', '');
  return v as Record<string, unknown>;
}

/** Fetches everything into memory (file name → text); throws KoladaError when any request fails. */
async function fetchAll(req: FetchRequest): Promise<{ files: Map<string, string>; unknown: string[]; titles: Map<string, string> }> {
  const { client, progress = () => {} } = req;
  const files = new Map<string, string>();
  const wanted = [...new Set([...req.kpis, ...req.describeOnly])];
  const meta: Record<string, unknown>[] = [];
  for (const part of chunks(wanted, 50)) for (const v of await client.getAll(kpiPath(part))) meta.push(record(v));
  const byId = new Map(meta.map((k) => [String(k.id), k]));
  const titles = new Map([...byId].map(([id, k]) => [id, String(k.title ?? '')]));
  const unknown = wanted.filter((id) => !byId.has(id));
  // Kolada knowing none of them is an answer gone wrong (or a catalogue of typos): never a reason to
  // remove every file fetched before.
  if (wanted.length > 0 && unknown.length === wanted.length) {
    throw new KoladaError(`Kolada känner inte till något av måtten (${wanted.slice(0, 5).join(', ')}${wanted.length > 5 ? ' …' : ''}); kontrollera id:n i måttkatalogen`, '');
  }
  if (meta.length) files.set(KPI_FILE, apiJson(meta.filter((k) => wanted.includes(String(k.id)))));
  progress(`Koladas beskrivning av ${nf.format(byId.size)} mått hämtad${unknown.length ? `; okända hos Kolada: ${unknown.join(', ')}` : ''}`);
  if (req.municipality === undefined) return { files, unknown, titles };

  const kpis = req.kpis.filter((id) => byId.has(id));
  const areas = [...new Set([...allAreaCodes(), req.municipality, ...req.comparison])].sort();
  let units: string[] = [];
  if (kpis.some((id) => byId.get(id)!.has_ou_data === true)) {
    const list = (await client.getAll(unitsPath(req.municipality))).map(record);
    units = list.map((u) => String(u.id)).sort();
    files.set(UNITS_FILE, apiJson(list));
    progress(`${nf.format(units.length)} enheter i kommunen`);
  }
  for (const [i, kpi] of kpis.entries()) {
    const before = client.requests;
    const values: unknown[] = [];
    for (const part of chunks(areas)) values.push(...(await client.getAll(municipalityDataPath(kpi, part))));
    files.set(dataFile(kpi), apiJson(values));
    let unitText = '';
    if (byId.get(kpi)!.has_ou_data === true && units.length) {
      const unitValues: unknown[] = [];
      for (const part of chunks(units)) unitValues.push(...(await client.getAll(unitDataPath(kpi, part))));
      if (unitValues.length) files.set(unitDataFile(kpi), apiJson(unitValues));
      unitText = `, ${nf.format(unitValues.length)} för enheter`;
    }
    const requests = client.requests - before;
    progress(`[${i + 1}/${kpis.length}] ${kpi} ${titles.get(kpi) ?? ''}: ${nf.format(values.length)} värden för områden${unitText} (${requests} anrop)`);
  }
  return { files, unknown, titles };
}

/**
 * Fetches and, when every request succeeded, replaces the fetcher's files in `dir`. A file there that
 * the fetcher did not write is never replaced or removed: its name is reported and nothing changes.
 */
export async function fetchKolada(req: FetchRequest): Promise<FetchOutcome> {
  await mkdir(req.dir, { recursive: true });
  // Leftovers of a fetch that was killed: never complete, never used.
  for (const e of await readdir(req.dir)) if (e.startsWith('.ny-')) await rm(join(req.dir, e), { recursive: true, force: true });
  const { files, unknown, titles } = await fetchAll(req);
  const manifest = await readManifest(req.dir);
  const owned = new Set(Object.keys(manifest.files));

  const present = new Set(await readdir(req.dir));
  const conflicts = [...files.keys()].filter((f) => present.has(f) && !owned.has(f)).sort();
  if (conflicts.length) return { changes: [], unknown, titles, conflicts };

  const staging = join(req.dir, `.ny-${process.pid}`);
  await mkdir(staging, { recursive: true });
  const changes: FileChange[] = [];
  try {
    for (const [name, text] of files) await writeFile(join(staging, name), text);
    for (const name of [...new Set([...owned, ...files.keys()])].sort()) {
      const before = owned.has(name) ? await readOptional(join(req.dir, name)) : undefined;
      const change = compareFile(name, before, files.get(name), name !== KPI_FILE && name !== UNITS_FILE);
      if (change.status !== 'same') changes.push(change);
    }
    // Every file is complete on disk; now swap them in, one rename each.
    for (const name of files.keys()) await rename(join(staging, name), join(req.dir, name));
    for (const name of owned) if (!files.has(name)) await rm(join(req.dir, name), { force: true });
    const next: Manifest = { files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, text]) => [name, sha256(text)])) };
    await writeFile(join(req.dir, MANIFEST), JSON.stringify(next, null, 2) + '\n');
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { changes, unknown, titles, conflicts: [] };
}
