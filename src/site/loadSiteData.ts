import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Area, Indicator, Manifest, Observation, SiteConfig, Unit } from '../model/types.gen.ts';
import type { Coverage } from './coverage.ts';
import { pageView, type PageView } from './pageView.ts';
import type { Ranking } from './ranking.ts';

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
  /** Where the municipality stands among all municipalities, per indicator, when `observations` holds only what the pages show. */
  rankings?: ReadonlyMap<string, Ranking | undefined>;
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

/** The folder of page views (see pageView) the data file threads write beside the data. */
export function pageViewsDir(dir: string): string {
  return join(dir, 'pages');
}

/**
 * The data the pages render from: per indicator its page view — the observations a
 * page can show and the coverage of all of them — read from pages/ where the build
 * wrote it, else derived from the observations (a data folder straight from the
 * pipeline, as `astro dev` and the render tests use).
 */
export function readPageData(dir: string): SiteData {
  const data = openSiteData(dir);
  const observations = new Map<string, Observation[]>();
  const coverage = new Map<string, Coverage>();
  const rankings = new Map<string, Ranking | undefined>();
  for (const indicator of data.indicators) {
    const { id } = indicator;
    const view =
      readOptional<PageView | undefined>(join(pageViewsDir(dir), `${id}.json`), undefined) ??
      pageView(readOptional<Observation[]>(observationsFile(dir, id), []), data.site, indicator);
    coverage.set(id, view.coverage);
    observations.set(id, view.observations);
    rankings.set(id, view.ranking);
  }
  return { ...data, observations, coverage, rankings };
}

let cache: { env: string | undefined; data: SiteData } | undefined;

/** The site data from $OPPNA_DATA_DIR, read once per build (every page calls this, so the check is cheap). */
export function loadSiteData(): SiteData {
  const env = process.env.OPPNA_DATA_DIR;
  if (!cache || cache.env !== env) cache = { env, data: readPageData(dataDir()) };
  return cache.data;
}
