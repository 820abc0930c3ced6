/**
 * The columns of every per-indicator download (CSV, Excel CSV, XLSX), in order.
 * The headers are a public interface: re-users' scripts read them, so they are stable,
 * Swedish, lower-case ASCII snake_case (no å/ä/ö, so they survive any encoding or tool).
 * Add new columns only at the end; never rename one.
 */
export interface DownloadColumn {
  /** Key into DownloadRow. */
  key: keyof DownloadRow;
  /** Column header in the file. */
  header: string;
  /** What the column holds (Swedish), written to the "Om datat" sheet. */
  description: string;
}

/** One observation as a download row. Text fields are raw here; serializers guard them. */
export interface DownloadRow {
  indicatorId: string;
  indicatorTitle: string;
  areaCode: string;
  unitId: string;
  name: string;
  period: string;
  gender: string;
  value: number | null;
  statusSymbol: string;
  status: string;
  n: number | null;
  preliminary: string;
  note: string;
  sourceFile: string;
  sourceSheet: string;
  sourceCell: string;
}

export const DOWNLOAD_COLUMNS: readonly DownloadColumn[] = [
  { key: 'indicatorId', header: 'matt_id', description: 'Måttets id (Koladas id, t.ex. N15428, eller ett eget id).' },
  { key: 'indicatorTitle', header: 'matt', description: 'Måttets namn.' },
  { key: 'areaCode', header: 'omradeskod', description: 'Områdets kod: kommunkod (fyra siffror), 0000 för riket, eller en grupp. Tom för enheter.' },
  { key: 'unitId', header: 'enhets_id', description: 'Enhetens id (skola, förskola, äldreboende …). Tom för områden.' },
  { key: 'name', header: 'namn', description: 'Områdets eller enhetens namn.' },
  { key: 'period', header: 'period', description: 'År (2024), läsår (2023/24), halvår (2024H1), kvartal (2024Q1) eller månad (2024-03).' },
  { key: 'gender', header: 'kon', description: 'T = totalt, K = kvinnor/flickor, M = män/pojkar.' },
  { key: 'value', header: 'varde', description: 'Värdet som tal. Tomt när värde saknas; se då status.' },
  { key: 'statusSymbol', header: 'status_symbol', description: 'När värde saknas: - bortfall, . ej tillämpligt, .. sekretess eller för få svar.' },
  { key: 'status', header: 'status', description: 'Statussymbolen i ord.' },
  { key: 'n', header: 'antal', description: 'Antal svar eller fall bakom värdet, när det är känt.' },
  { key: 'preliminary', header: 'preliminart', description: '"ja" när värdet är preliminärt.' },
  { key: 'note', header: 'kommentar', description: 'Kommentar till värdet.' },
  { key: 'sourceFile', header: 'kallfil', description: 'Filen som värdet lästes från.' },
  { key: 'sourceSheet', header: 'kallflik', description: 'Fliken i filen, för kalkylblad.' },
  { key: 'sourceCell', header: 'kallcell', description: 'Cellen (t.ex. C12), för kalkylblad.' },
];

/** Status code → symbol and word, as Kolada and SCB write them. */
export const STATUS_SYMBOLS = {
  missing: { symbol: '-', word: 'bortfall' },
  'not-applicable': { symbol: '.', word: 'ej tillämpligt' },
  suppressed: { symbol: '..', word: 'sekretess eller för få svar' },
} as const;
