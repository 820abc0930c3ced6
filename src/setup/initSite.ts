// `npm run init`: a new data folder for one municipality. Everything is written into a fresh folder
// beside the target and moved into place in one rename; whatever the target held before (the example
// data, or with --force a controller's files) is moved aside whole, never deleted or overwritten.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import type { SiteConfig } from '../model/types.gen.ts';
import { controllerReadme } from './controllerReadme.ts';
import { COUNTRY, MUNICIPALITIES, REGIONS, regionOf, type Municipality } from './municipalities.ts';
import { PLACEHOLDER_HOST } from './placeholders.ts';
import { STARTER_CATALOGUE } from './starterCatalogue.ts';

export const CATALOGUE_FILE = 'matt.xlsx';
export const AREAS_FILE = 'omraden.csv';
export const KOLADA_DIR = 'kolada';

/** How the similar-municipality group was chosen, for site.json's name and the README. */
export interface SimilarGroup {
  members: string[];
  /** "befolkning" when chosen by population (with the year of the figures), "egen" when given. */
  basis: { kind: 'population'; period: string } | { kind: 'given' };
}

export interface InitOptions {
  dataDir: string;
  municipality: Municipality;
  similar?: SimilarGroup;
  /** The site's address; a placeholder under example.invalid when not given. */
  baseUrl?: string;
  force?: boolean;
  /** Today's date (YYYY-MM-DD), for the accessibility statement's dates. */
  today: string;
}

export type InitResult =
  | { ok: true; written: string[]; movedAside?: { to: string; example: boolean } }
  | { ok: false; reason: 'has-files'; files: string[] };

const SCHEMA = fileURLToPath(new URL('../../schemas/site.schema.json', import.meta.url));


/** "Nacka" → "Nackas", "Vännäs" → "Vännäs" (Swedish genitive: no extra s after s, x or z). */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

export function siteConfig(m: Municipality, similar: SimilarGroup | undefined, today: string, baseUrl?: string): SiteConfig {
  const region = regionOf(m);
  const placeholderMail = (local: string) => `${local}@${PLACEHOLDER_HOST}`;
  const config: SiteConfig = {
    name: `${m.name} kommun`,
    siteName: `${genitive(m.name)} resultat`,
    municipality: m.code,
    baseUrl: baseUrl ?? `https://resultat.${PLACEHOLDER_HOST}/`,
    comparison: { country: COUNTRY.code, region: region.code },
    feedback: { email: placeholderMail('tyck-till') },
    contact: { email: placeholderMail('kontakt') },
    accessibility: {
      compliance: 'partial',
      assessedOn: today,
      updatedOn: today,
      method:
        'Webbplatsen bygger på Öppna resultat, vars sidmallar testas automatiskt med axe-core mot WCAG 2.1 AA. ' +
        'Kommunen har ännu inte granskat webbplatsen själv; redogörelsen uppdateras när det är gjort.',
    },
    licence: 'CC0-1.0',
  };
  if (similar && similar.members.length > 0) config.comparison.similar = { name: 'Liknande kommuner', members: similar.members as [string, ...string[]] };
  return config;
}

function catalogueWorkbook(): Buffer {
  const wb = XLSX.utils.book_new();
  wb.Props = { Title: 'Måttkatalog', Subject: 'Måttkatalog för Öppna resultat' };
  const header = ['Mått-id', 'Titel', 'Fråga', 'Enhet', 'Decimaler', 'Riktning', 'Verksamhetsområde', 'Källa', 'Attribuering', 'Kolada-id', 'Min', 'Nyckelmått'];
  const rows: (string | number | null)[][] = [header];
  for (const i of STARTER_CATALOGUE) {
    rows.push([i.id, i.title, i.question, i.unit, i.decimals, i.direction, i.operatingArea, 'Kolada', 'Kolada', i.id, i.min ?? null, i.key ? 'ja' : 'nej']);
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = [11, 60, 60, 18, 10, 16, 24, 10, 12, 10, 6, 11].map((wch) => ({ wch }));
  XLSX.utils.book_append_sheet(wb, ws, 'Mått');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** Riket, the regions and every municipality with its region: names for all areas Kolada reports. */
export function areasCsv(): string {
  const lines = ['Kod;Namn;Typ;Ingår i', `${COUNTRY.code};${COUNTRY.name};land;`];
  for (const r of REGIONS) lines.push(`${r.code};${r.name};region;${COUNTRY.code}`);
  for (const m of MUNICIPALITIES) lines.push(`${m.code};${m.name};kommun;${m.region}`);
  // UTF-8 with BOM, so Excel shows å, ä and ö right when a controller opens it.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The files of a new data folder, by path. */
export function initFiles(options: InitOptions): Map<string, string | Buffer> {
  const { municipality: m, similar, today } = options;
  const config = siteConfig(m, similar, today, options.baseUrl);
  // Editors validate site.json against the schema when it can be found from the data folder.
  const schema = relative(options.dataDir, SCHEMA).split(sep).join('/');
  const json = schema.startsWith('../../../') ? config : { $schema: schema, ...config };
  return new Map<string, string | Buffer>([
    // In the order a controller reads it (name first), not sorted.
    ['site.json', JSON.stringify(json, null, 2) + '\n'],
    [CATALOGUE_FILE, catalogueWorkbook()],
    [AREAS_FILE, areasCsv()],
    ['README.md', controllerReadme({ municipality: m, region: regionOf(m), similar, catalogueSize: STARTER_CATALOGUE.length })],
  ]);
}

/** Every file under a folder (relative paths), hidden ones included: nothing may be overlooked. */
async function listAll(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries.filter((e) => !e.isDirectory()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

async function isExample(dir: string): Promise<boolean> {
  try {
    return (JSON.parse(await readFile(join(dir, 'site.json'), 'utf8')) as { exampleData?: unknown }).exampleData === true;
  } catch {
    return false;
  }
}

/** A sibling folder name that does not exist yet: base, base-2, base-3 … */
async function freeSibling(dir: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(dirname(dir), n === 1 ? name : `${name}-${n}`);
    try {
      await stat(candidate);
    } catch {
      return candidate;
    }
  }
}

export async function initSite(options: InitOptions): Promise<InitResult> {
  const dir = options.dataDir;
  const existing = await listAll(dir);
  const example = existing.length > 0 && (await isExample(dir));
  if (existing.length > 0 && !example && !options.force) return { ok: false, reason: 'has-files', files: existing };

  const staging = join(dirname(dir), `.${basename(dir)}.init-${process.pid}`);
  await mkdir(dirname(dir), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, KOLADA_DIR), { recursive: true });
  try {
    const files = initFiles(options);
    for (const [name, content] of files) await writeFile(join(staging, name), content);
    let movedAside: { to: string; example: boolean } | undefined;
    if (existing.length > 0) {
      const to = await freeSibling(dir, example ? 'exempeldata' : `${basename(dir)}-tidigare`);
      await rename(dir, to);
      movedAside = { to, example };
    } else {
      // Nothing but empty folders (or nothing at all): nothing to keep.
      await rm(dir, { recursive: true, force: true });
    }
    await rename(staging, dir);
    return { ok: true, written: [...files.keys(), `${KOLADA_DIR}/`], ...(movedAside ? { movedAside } : {}) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
