// A dataset a section (the budget, the supplier invoices, the dialogue …) adds to the DCAT-AP-SE
// catalogue: plain data, rendered by buildDcat as the results' datasets are (same publisher,
// contact, language, spatial coverage, licence and access rights), so a section needs no RDF.

/** Swedish and English text. */
export interface Bilingual {
  sv: string;
  en: string;
}

/** One file of the dataset. */
export interface DcatDistributionSpec {
  /** In the distribution's IRI: #distribution-<dataset key>-<key>. */
  key: string;
  /** EU file-type authority code (dcterms:format); its media type follows from it. */
  format: 'CSV' | 'JSON' | 'XLSX' | 'ZIP';
  /** The file, as a path from the site root ("/oppna-data/budget.csv"). */
  path: string;
  title: Bilingual;
  description?: Bilingual;
  /** YYYY-MM-DD */
  modified?: string;
}

export interface DcatDatasetSpec {
  /** In the dataset's IRI (#dataset-<key>): lower-case letters, digits and '-'. */
  key: string;
  title: Bilingual;
  description: Bilingual;
  keywords: { sv: readonly string[]; en: readonly string[] };
  /** An EU data-theme IRI (dataThemeIri). */
  theme: string;
  /** The page about the dataset, as a path from the site root ("/ekonomi/"). */
  landingPage: string;
  /** The published schema the files follow, as a path from the site root. */
  conformsTo?: string;
  /** YYYY-MM-DD dates. */
  temporal?: { start: string; end: string };
  issued?: string;
  modified?: string;
  distributions: readonly DcatDistributionSpec[];
}
