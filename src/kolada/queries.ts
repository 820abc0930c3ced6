// The Kolada API v2 queries the project makes (github.com/Hypergene/kolada, "Query data"): ids in
// a path segment are comma-separated, and the URL length is the limit, so long lists are split.

/** Ids per request: 100 area codes make a path of about 500 characters, far below common URL limits. */
export const IDS_PER_REQUEST = 100;

export function chunks<T>(items: readonly T[], size = IDS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const ids = (list: readonly string[]) => list.map(encodeURIComponent).join(',');

/** Every period of one KPI for some municipalities, regions or riket (all years: no year segment). */
export const municipalityDataPath = (kpi: string, areas: readonly string[]) => `data/kpi/${encodeURIComponent(kpi)}/municipality/${ids(areas)}`;

/** Every period of one KPI for some organisational units (schools, care homes …). */
export const unitDataPath = (kpi: string, units: readonly string[]) => `oudata/kpi/${encodeURIComponent(kpi)}/ou/${ids(units)}`;

/** KPI metadata (title, description, has_ou_data …). */
export const kpiPath = (kpis: readonly string[]) => `kpi/${ids(kpis)}`;

/** A municipality's organisational units. */
export const unitsPath = (municipality: string) => `ou?municipality=${encodeURIComponent(municipality)}`;
