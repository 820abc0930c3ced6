import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Area, Indicator, Manifest, Observation, SiteConfig, Unit } from '../model/types.gen.ts';
import { coverageOf, type Coverage } from './coverage.ts';

/** One indicator's observations by id: a Map, or files read when asked for (ObservationFiles). */
export interface ObservationSource {
  get(id: string): readonly Observation[] | undefined;
}

export interface SiteData {
  dir: string;
  site: SiteConfig;
  indicators: Indicator[];
  areas: Area[];
  units: Unit[];
  manifest?: Manifest;
  /** Observations per indicator id; an indicator without a file has an empty list. */
  observations: ObservationSource;
  /** What each indicator's whole data covers, when `observations` holds only what the pages show. */
  coverage?: ReadonlyMap<string, Coverage>;
  /** Sizes in bytes of the data files written before the pages (files.json), by path from the site root. */
  files: ReadonlyMap<string, number>;
}

/** The folder the site is rendered from: $OPPNA_DATA_DIR, else build/data/ under the working directory. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.OPPNA_DATA_DIR && env.OPPNA_DATA_DIR.trim() !== '' ? env.OPPNA_DATA_DIR : 'build/data';
  return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    // The pipeline validated these files; reaching here means the site was built from the wrong
    // folder, so say which file and how to produce it rather than showing a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Kan inte läsa ${file} (${reason}). Kör "npm run build" eller ange mappen med OPPNA_DATA_DIR.`);
  }
}

function readOptional<T>(file: string, fallback: T): T {
  return existsSync(file) ? readJson<T>(file) : fallback;
}

function observationsFile(dir: string, id: string): string {
  return join(dir, 'observations', `${id}.json`);
}

/**
 * Observations read from the data folder each time they are asked for, nothing kept:
 * for writers that visit each indicator once, so a country's data never sits in memory.
 */
export class ObservationFiles implements ObservationSource {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }
  get(id: string): Observation[] {
    return readOptional<Observation[]>(observationsFile(this.dir, id), []);
  }
}

/** Reads the metadata of a data folder written by the pipeline; observations are read on demand. */
export function openSiteData(dir: string): SiteData {
  const site = readJson<SiteConfig>(join(dir, 'site.json'));
  const indicators = readJson<Indicator[]>(join(dir, 'indicators.json'));
  const areas = readOptional<Area[]>(join(dir, 'areas.json'), []);
  const units = readOptional<Unit[]>(join(dir, 'units.json'), []);
  const manifest = readOptional<Manifest | undefined>(join(dir, 'manifest.json'), undefined);
  const files = new Map(readOptional<{ path: string; bytes: number }[]>(join(dir, 'files.json'), []).map((f) => [f.path, f.bytes]));
  return { dir, site, indicators, areas, units, manifest, observations: new ObservationFiles(dir), files };
}

/** Reads every file of a data folder written by the pipeline, observations included. */
export function readSiteData(dir: string): SiteData & { observations: Map<string, Observation[]> } {
  const data = openSiteData(dir);
  const observations = new Map<string, Observation[]>();
  for (const indicator of data.indicators) observations.set(indicator.id, readOptional<Observation[]>(observationsFile(dir, indicator.id), []));
  return { ...data, observations };
}

/**
 * The areas whose figures a page can show: the municipality, riket, the region and
 * the similar municipalities. Every other area reaches residents only through the
 * data files, which are written from the folder, not from this.
 */
function shownAreas(site: SiteConfig): Set<string> {
  const { country, region, similar } = site.comparison;
  return new Set([site.municipality, country, region, ...(similar?.members ?? [])].filter((c): c is string => !!c));
}

/**
 * The data the pages render from: every indicator's coverage counted from all its
 * observations, but only the observations a page can show kept — the areas above
 * and the units. For a Kolada extract of 290 municipalities that is a few per cent
 * of the values, and memory and garbage collection during the build shrink with it.
 */
export function readPageData(dir: string): SiteData {
  const data = openSiteData(dir);
  const shown = shownAreas(data.site);
  const observations = new Map<string, Observation[]>();
  const coverage = new Map<string, Coverage>();
  for (const indicator of data.indicators) {
    const all = readOptional<Observation[]>(observationsFile(dir, indicator.id), []);
    coverage.set(indicator.id, coverageOf(all));
    observations.set(indicator.id, all.filter((o) => o.unit !== undefined || (o.area !== undefined && shown.has(o.area))));
  }
  return { ...data, observations, coverage };
}

let cache: SiteData | undefined;

/** The site data from $OPPNA_DATA_DIR, read once per build (every page calls this). */
export function loadSiteData(): SiteData {
  const dir = dataDir();
  if (!cache || cache.dir !== dir) cache = readPageData(dir);
  return cache;
}
