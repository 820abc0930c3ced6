import type { DownloadFormat } from './downloadFormats.ts';

/** What a file is, for its distribution: the download formats' fields but its own file and key. */
export type DistributionFormat = Omit<DownloadFormat, 'file' | 'key'>;

/**
 * A dataset of a section beside the results (the dialogue log, the invoices…), described once
 * and rendered both in the DCAT-AP-SE catalogue — like the results' datasets, with the same
 * publisher, contact, licence, language and place — and on /oppna-data/.
 */
export interface DcatDatasetSpec {
  /** Unique in the catalogue: the dataset is <dcat.rdf>#dataset-<key>. */
  key: string;
  /** The heading it is listed under on /oppna-data/ ("Dialogen om resultaten"). */
  group: { sv: string; en: string };
  title: { sv: string; en: string };
  description: { sv: string; en: string };
  keywords: { sv: readonly string[]; en: readonly string[] };
  /** EU data-theme IRI (src/opendata/dcat/dataTheme.ts). */
  theme: string;
  /** Site path of the page that presents the data ("/dialog/"). */
  landingPage: string;
  /** Site path of the JSON Schema the data follows (dcterms:conformsTo). */
  standard?: string;
  /** The time the data covers, YYYY-MM-DD. */
  temporal?: { start: string; end: string };
  issued?: string;
  modified?: string;
  distributions: readonly { key: string; format: DistributionFormat; path: string; modified?: string }[];
}
