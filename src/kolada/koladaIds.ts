// Which Kolada KPIs a data folder asks for: every Kolada id in its indicator catalogue (the values
// to fetch), and every KPI in Kolada API files a controller saved by hand (their titles to fetch).
// Reads the folder with the importer's own readers, skipping the fetcher's folder and the sections'.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { AreaDirectory } from '../normalise/AreaDirectory.ts';
import { detectLayout } from '../normalise/detectLayout.ts';
import { KOLADA_KPI_ID } from '../normalise/koladaKpiId.ts';
import { normaliseTable } from '../normalise/normaliseTable.ts';
import { readIsolated } from '../read/readIsolated.ts';


const TABLES = new Set(['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods', '.fods', '.csv', '.tsv', '.txt']);

export interface FolderKpis {
  /** Kolada ids in the indicator catalogue, in catalogue order. */
  catalogue: string[];
  /** KPIs of hand-saved Kolada API files, not in the catalogue. */
  saved: string[];
}

async function files(dir: string, skipDirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const rel = relative(dir, join(e.parentPath, e.name)).split(sep).join('/');
    if (rel.split('/').some((p) => p.startsWith('.') || p.startsWith('~$') || p === 'node_modules')) continue;
    if (skipDirs.some((d) => rel.startsWith(`${d}/`))) continue;
    out.push(rel);
  }
  return out.sort();
}

/** `skipDirs`: the fetcher's own folder, and the folders of the sections beside the results. */
export async function folderKpis(dataDir: string, skipDirs: readonly string[]): Promise<FolderKpis> {
  const catalogue: string[] = [];
  const saved = new Set<string>();
  const areas = new AreaDirectory();
  for (const rel of await files(dataDir, skipDirs)) {
    const ext = extname(rel).toLowerCase();
    if (ext === '.json' && rel !== 'site.json' && !rel.endsWith('.mapping.json')) {
      // A hand-saved API response: only its KPI ids matter here; the importer checks the rest.
      try {
        const data = JSON.parse((await readFile(join(dataDir, rel), 'utf8')).replace(/^\uFEFF/, '')) as { values?: unknown };
        if (Array.isArray(data.values)) for (const v of data.values) if (typeof (v as { kpi?: unknown })?.kpi === 'string') saved.add((v as { kpi: string }).kpi);
      } catch {
        // Not JSON the importer can read either; `npm run check` says where.
      }
      continue;
    }
    if (!TABLES.has(ext)) continue;
    const result = await readIsolated(join(dataDir, rel), rel);
    if (result.kind !== 'tables') continue;
    for (const table of result.tables) {
      if (detectLayout(table)?.layout !== 'catalogue') continue;
      for (const draft of normaliseTable(table, { areas }).indicators) {
        const id = draft.koladaId ?? draft.id;
        if (KOLADA_KPI_ID.test(id) && !catalogue.includes(id)) catalogue.push(id);
      }
    }
  }
  return { catalogue, saved: [...saved].filter((id) => KOLADA_KPI_ID.test(id) && !catalogue.includes(id)).sort() };
}
