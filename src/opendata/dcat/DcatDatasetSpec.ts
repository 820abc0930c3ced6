// A dataset a section (the dialogue, the budget, the supplier invoices …) publishes: plain data,
// described once and rendered both in the DCAT-AP-SE catalogue — by buildDcat, as the results'
// datasets are (same publisher, contact, language, place, licence and access), so a section
// needs no RDF — and on /oppna-data/, under its group's heading.

/** Swedish and English text. */
export interface Bilingual {
  sv: string;
  en: string;
}

/** One file of the dataset. */
export interface DcatDistributionSpec {
  /** In the distribution's IRI: #distribution-section.<dataset key>-<key>. */
  key: string;
  /** EU file-type authority code (dcterms:format); its media type follows from it. */
  format: 'CSV' | 'JSON' | 'XLSX' | 'ZIP';
  /** The file, as a path from the site root ("/oppna-data/budget.csv"). */
  path: string;
  /** Its link text on /oppna-data/ and its dcterms:title. */
  title: Bilingual;
  /** Its dcterms:description; the dataset's when absent. */
  description?: Bilingual;
  /** YYYY-MM-DD */
  modified?: string;
}

export interface DcatDatasetSpec {
  /** Unique among the sections' datasets; in the dataset's IRI (#dataset-section.<key>): lower-case letters, digits and '-'. */
  key: string;
  /** The heading it is listed under on /oppna-data/ ("Dialogen om resultaten", "Ekonomi"). */
  group: Bilingual;
  title: Bilingual;
  description: Bilingual;
  keywords: { sv: readonly string[]; en: readonly string[] };
  /** An EU data-theme IRI (dataThemeIri). */
  theme: string;
  /** The page about the dataset, as a path from the site root ("/ekonomi/"). */
  landingPage: string;
  /**
   * The specification the files follow (dcterms:conformsTo): a path from the site root for a
   * published JSON Schema ("/api/v1/schemas/budget.schema.json"), or the absolute IRI of an
   * outside specification.
   */
  conformsTo?: string;
  /** YYYY-MM-DD dates. */
  temporal?: { start: string; end: string };
  issued?: string;
  modified?: string;
  /** How often it is updated: an EU frequency IRI (frequencyIri). */
  frequency?: string;
  distributions: readonly DcatDistributionSpec[];
}
