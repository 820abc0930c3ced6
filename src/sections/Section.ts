// A section is a capability beside the results — the dialogue log, the finances — with its
// own folder in data/, its own reader, checks, written JSON, data files and pages. The build
// runs every registered section through the same stages as the results (read → normalise →
// validate → write → render → gate) and reports its findings in the same report, so a
// section never threads its code through the results pipeline.
import type { Area, Indicator, Observation, SiteConfig } from '../model/types.gen.ts';
import type { BulkResource } from '../opendata/bulk/bulkResources.ts';
import type { DcatDatasetSpec } from '../opendata/dcat/DcatDatasetSpec.ts';
import type { SearchRecord } from '../opendata/search/SearchRecord.ts';
import type { Finding } from '../problems/Finding.ts';
import type { GateProblem } from '../verify/verifyBuild.ts';
import type { InputFile } from '../write/writeDataset.ts';

/** What a section's checks may look up in the results (ids it refers to, the home municipality). */
export interface SectionContext {
  /** The controller's data folder (the section reads `<dataDir>/<folder>/`). */
  dataDir: string;
  /** site.json, when it was valid. */
  config?: SiteConfig;
  /** The results' indicators (also when the results had errors, so every problem is reported in one run). */
  indicators: readonly Indicator[];
  areas: readonly Area[];
  /** The results' observations by indicator id (a finance section looks up the residents, Kolada's N01951). */
  observations: ReadonlyMap<string, readonly Observation[]>;
}

/** A section's import: its findings, the files it read (for the manifest) and, without errors, its value. */
export interface SectionImport<T> {
  findings: Finding[];
  files: InputFile[];
  /** Absent when the section has no files, or when a finding is an error. */
  value?: T;
}

export interface Section<T = unknown> {
  /** Stable name, used in logs and as the folder of its written JSON under the data folder. */
  readonly name: string;
  /** The folder under data/ that belongs to this section: the results importer leaves it alone. */
  readonly folder: string;
  /** read → normalise → validate. Never throws for bad input: problems are findings. */
  ingest(context: SectionContext): Promise<SectionImport<T>>;
  /**
   * What the section read, counted for the report's "OK" line ({ dialogues: 15 }); each key is
   * worded by the dictionary's `<name>.report.<key>` ("{count} dialoger").
   */
  counts?(value: T): Readonly<Record<string, number>>;
  /** Writes the validated value as deterministic JSON into `dir` (= `<written data>/<name>/`), for the pages. */
  write(value: T, dir: string): Promise<void>;
  /**
   * The section's data files (downloads, API documents, feeds…) written into `outDir`, the site
   * tree they are moved into after the pages render, from the written data folder `dataDir`.
   * Large outputs belong here rather than in Astro endpoints.
   */
  writeFiles?(dataDir: string, outDir: string, site: SiteConfig): Promise<void>;
  /**
   * Tables the section adds to the bulk zip and the Data Package, given the written data folder
   * (none when the section has nothing there); their csvText/items read the section's JSON from it.
   */
  bulkResources?(dataDir: string): readonly BulkResource[];
  /**
   * Links the section adds to /api/v1/index.json, under `links.<name>`: its API documents and
   * feeds by key, as absolute URLs (none when the section has nothing in the written data folder).
   */
  apiLinks?(dataDir: string, site: SiteConfig): Readonly<Record<string, string>>;
  /** The section's datasets, in the DCAT-AP-SE catalogue and on /oppna-data/ (none without data). */
  dcatDatasets?(dataDir: string, site: SiteConfig): readonly DcatDatasetSpec[];
  /** The section's pages for the sitemap: site paths ("/dialog/") with the date they last changed, when known. */
  sitemapPages?(dataDir: string): readonly { path: string; lastmod?: string }[];
  /**
   * Search hits for pages the site search does not index itself (a supplier each, instead of tens
   * of thousands of similar pages): site paths without the base path, which the build adds.
   */
  searchRecords?(dataDir: string): readonly SearchRecord[];
  /** The folders of the pages its search records stand for ("/ekonomi/leverantorsreskontra/leverantorer/"): the search does not read them, in any language. */
  searchRecordFolders?: readonly string[];
  /**
   * The section's own post-build checks of the staged site (its JSON against its schemas, say).
   * `csp` is every page's CSP as the gate read it (html file → content of its CSP meta element,
   * or null), so pages need not be read again; without it the section reads them itself.
   */
  verify?(siteDir: string, dataDir: string, csp?: ReadonlyMap<string, string | null>): Promise<GateProblem[]>;
}
