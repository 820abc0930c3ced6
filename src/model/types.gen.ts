/* Generated from schemas/*.schema.json by `npm run types`. Do not edit by hand. */

/* eslint-disable */

/**
 * One value: indicator × area or unit × period × gender → value or status (Kolada's model).
 */

export interface Observation {
  /**
   * Kolada KPI id (N15428, U28112) or a local id: letters, digits, '_' and '-'.
   */
  indicator: string;
  /**
   * Four-digit code as text: 0000 riket, 0001-0025 regions (Kolada), municipalities by kommunkod (0182 Nacka); or a local group/district code prefixed G or D.
   */
  area?: string;
  /**
   * Unit (enhet) id: Kolada style V15E128300201 or a local id.
   */
  unit?: string;
  /**
   * Year 2024, school year 2023/24, half-year 2024H1, quarter 2024Q1 or month 2024-03.
   */
  period: string;
  /**
   * T total, K kvinnor (women), M män (men) — as in Kolada.
   */
  gender: 'T' | 'K' | 'M';
  value: number | null;
  /**
   * Why a value is absent: missing ('-' bortfall, or an empty cell), not-applicable ('.' ej tillämpligt), suppressed ('..' sekretess / för få svar).
   */
  status?: 'missing' | 'not-applicable' | 'suppressed';
  /**
   * Number of answers or cases behind the value.
   */
  n?: number;
  /**
   * Preliminary figure (preliminärt värde).
   */
  preliminary?: true;
  note?: string;
  source: Provenance;
}
/**
 * Where a figure came from: the file (relative to the data folder), and the sheet and A1 cell, or the JSON pointer.
 */

export interface Provenance {
  file: string;
  sheet?: string;
  cell?: string;
  pointer?: string;
}

/**
 * A measure (mått / nyckeltal) with the metadata residents need to understand it.
 */

export interface Indicator {
  /**
   * Kolada KPI id (N15428, U28112) or a local id: letters, digits, '_' and '-'.
   */
  id: string;
  title: string;
  /**
   * Plain-language heading, e.g. a question a resident would ask.
   */
  question?: string;
  /**
   * Vad betyder måttet – plain language.
   */
  description?: string;
  definition?: string;
  formula?: string;
  /**
   * %, kr, antal, index, dagar …
   */
  unit: string;
  decimals: number;
  direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
  /**
   * Verksamhetsområde.
   */
  operatingArea: string;
  source?: string;
  /**
   * kolada: unmodified Kolada figures ('Källa: Kolada'); kolada-processed: 'Bearbetning av data från Kolada'; local: the municipality's own.
   */
  attribution: 'kolada' | 'kolada-processed' | 'local';
  /**
   * Kolada KPI id (N15428, U28112) or a local id: letters, digits, '_' and '-'.
   */
  koladaId?: string;
  /**
   * Values outside this range are errors (a percentage of 140).
   */
  range?: {
    min?: number;
    max?: number;
  };
  targets: {
    value: number;
    year: number;
    /**
     * Reference to the decision that set the target.
     */
    decision?: string;
    source?: Provenance;
  }[];
  /**
   * Responsible department or unit.
   */
  responsible?: string;
  contact?: string;
  /**
   * Update frequency, e.g. 'årligen'.
   */
  frequency?: string;
  /**
   * Calendar date without time zone (YYYY-MM-DD).
   */
  lastUpdated?: string;
  /**
   * Calendar date without time zone (YYYY-MM-DD).
   */
  nextUpdate?: string;
  /**
   * Per-period analysis: how we read the result, and what we do.
   */
  analysis: {
    /**
     * Year 2024, school year 2023/24, half-year 2024H1, quarter 2024Q1 or month 2024-03.
     */
    period: string;
    interpretation?: string;
    actions?: string;
    source?: Provenance;
  }[];
  /**
   * Items: Kolada KPI id (N15428, U28112) or a local id: letters, digits, '_' and '-'.
   */
  related: string[];
  /**
   * Lättläst: a short summary in easy-to-read Swedish (catalogue column 'Lättläst'), shown first on the indicator page.
   */
  easyRead?: string;
  /**
   * English texts for the pages under /en/ (catalogue columns 'Titel (engelska)' …). A text that is absent is shown in Swedish there, marked lang="sv".
   */
  en?: {
    title?: string;
    question?: string;
    description?: string;
    definition?: string;
    formula?: string;
    /**
     * The unit in English (SEK, days …); without it the common Swedish units are translated and others kept.
     */
    unit?: string;
    /**
     * The operating area's English name; the area page takes the first one given among its indicators.
     */
    operatingArea?: string;
    frequency?: string;
  };
  /**
   * Shown among the key results on the start page.
   */
  keyIndicator?: boolean;
  metadata: Provenance;
}
/**
 * Where a figure came from: the file (relative to the data folder), and the sheet and A1 cell, or the JSON pointer.
 */

/**
 * A geographic area or comparison group: riket 0000, a region, a municipality, a group (mean of members, as in Kolada) or a district.
 */

export interface Area {
  /**
   * Four-digit code as text: 0000 riket, 0001-0025 regions (Kolada), municipalities by kommunkod (0182 Nacka); or a local group/district code prefixed G or D.
   */
  code: string;
  name: string;
  type: 'country' | 'region' | 'municipality' | 'group' | 'district';
  /**
   * Four-digit code as text: 0000 riket, 0001-0025 regions (Kolada), municipalities by kommunkod (0182 Nacka); or a local group/district code prefixed G or D.
   */
  parent?: string;
  /**
   * Items: Four-digit code as text: 0000 riket, 0001-0025 regions (Kolada), municipalities by kommunkod (0182 Nacka); or a local group/district code prefixed G or D.
   */
  members?: string[];
  metadata?: Provenance;
}
/**
 * Where a figure came from: the file (relative to the data folder), and the sheet and A1 cell, or the JSON pointer.
 */

/**
 * A unit (enhet) residents can choose: school, preschool, care home …
 */

export interface Unit {
  /**
   * Unit (enhet) id: Kolada style V15E128300201 or a local id.
   */
  id: string;
  name: string;
  /**
   * e.g. grundskola, förskola, äldreboende.
   */
  type?: string;
  operator?: 'municipal' | 'independent';
  address?: string;
  /**
   * The municipality the unit belongs to.
   */
  area?: string;
  metadata?: Provenance;
}
/**
 * Where a figure came from: the file (relative to the data folder), and the sheet and A1 cell, or the JSON pointer.
 */

/**
 * What a successful import read and wrote. Written last; its presence marks a complete build.
 */

export interface Manifest {
  schemaVersion: '1';
  /**
   * Latest lastUpdated among the indicators (taken from the data, never the clock).
   */
  dataUpdated?: string;
  counts: {
    files: number;
    indicators: number;
    observations: number;
    /**
     * Observations with a number (not a status).
     */
    values: number;
    areas: number;
    units: number;
  };
  files: {
    path: string;
    sha256: string;
    bytes: number;
  }[];
}

/**
 * Placed beside an export that fits none of the built-in layouts, named after it: 'resultat.xlsx' → 'resultat.xlsx.mapping.json'. Says which sheet, header row and columns to read.
 */

export interface Mapping {
  $schema?: string;
  layout: 'long' | 'wide' | 'catalogue' | 'areas' | 'units';
  /**
   * Sheet name (may name a hidden sheet). Default: every visible sheet.
   */
  sheet?: string;
  /**
   * 1-based row number of the header row.
   */
  headerRow?: number;
  /**
   * 1-based row numbers to ignore (notes, totals).
   */
  skipRows?: number[];
  /**
   * 1-based last row of data; rows below are ignored.
   */
  lastRow?: number;
  /**
   * Field → column, by header text or column letter (e.g. "C").
   */
  columns?: {
    [k: string]: string | undefined;
  };
  /**
   * Fields that are the same for every row, e.g. {"indicator": "N15428", "gender": "T"}.
   */
  constants?: {
    [k: string]: string | undefined;
  };
  /**
   * Percent-formatted cells hold fractions (0,74 shown as 74 %); default true.
   */
  percentAsFraction?: boolean;
}

/**
 * One problem found in the input, located to the file, sheet and cell.
 */

export interface Problem {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  column?: string;
  columnLabel?: string;
  pointer?: string;
  value?: string;
  message: string;
  expected?: string;
  fix: string;
}

/**
 * Machine-readable result of `npm run check -- --json`.
 */

export interface Report {
  ok: boolean;
  language: 'sv' | 'en';
  counts: {
    files: number;
    indicators: number;
    observations: number;
    values: number;
    errors: number;
    warnings: number;
  };
  problems: Problem[];
  /**
   * Problems left out per code beyond the cap.
   */
  omitted: {
    [k: string]: number | undefined;
  };
}
/**
 * One problem found in the input, located to the file, sheet and cell.
 */

/**
 * Everything municipality-specific about a site: data/site.json.
 */

export interface SiteConfig {
  $schema?: string;
  /**
   * The municipality's name, e.g. 'Nacka kommun'.
   */
  name: string;
  /**
   * The service's name, e.g. 'Nackas resultat'.
   */
  siteName: string;
  /**
   * True when the site shows made-up example data; every page then says so.
   */
  exampleData?: boolean;
  /**
   * Kommunkod, e.g. '0182'.
   */
  municipality: string;
  /**
   * The municipality in GeoNames, the place vocabulary DCAT-AP-SE recommends: the number in the address of its page on geonames.org (the feature of type ADM2, 'Nacka Kommun'). The open-data catalogue names it as the area its data covers (dcterms:spatial); without it the catalogue names Sweden.
   */
  geonamesId?: number;
  /**
   * Absolute https URL where the site is published, ending in '/'.
   */
  baseUrl: string;
  /**
   * The logo: a file in the data folder beside site.json, e.g. 'logo.svg' (a relative path without '..'). An SVG may hold no scripts, event attributes or links to other files; a PNG, JPEG or WebP at most 200 kB and 4096 pixels a side. (A file in public/ of that name is still used when the data folder has none.)
   */
  logo?: string;
  /**
   * The typeface, from fonts already on the reader's device (no web fonts are loaded): 'system' (default), 'humanist', 'geometric' or 'transitional' (a serif).
   */
  font?: 'system' | 'humanist' | 'geometric' | 'transitional';
  colors?: {
    primary?: string;
    accent?: string;
  };
  comparison: {
    /**
     * Usually '0000' (riket).
     */
    country?: string;
    region?: string;
    /**
     * Similar municipalities (liknande kommuner); their unweighted mean is shown as a group, as in Kolada.
     */
    similar?: {
      name: string;
      /**
       * @minItems 1
       */
      members: [string, ...string[]];
    };
  };
  /**
   * Where 'Tyck till' goes: an e-service URL with {id} and {title} placeholders, or an e-mail address.
   */
  feedback: {
    url?: string;
    email?: string;
  };
  contact: {
    email?: string;
    phone?: string;
    url?: string;
  };
  /**
   * Facts for the tillgänglighetsredogörelse (DOS-lagen).
   */
  accessibility: {
    compliance: 'full' | 'partial' | 'none';
    assessedOn: string;
    updatedOn: string;
    method: string;
    knownIssues?: KnownIssue[];
    exempted?: string[];
    outOfScope?: string[];
    email?: string;
  };
  /**
   * English texts for the pages under /en/. Anything absent is shown in Swedish there, marked lang="sv".
   */
  en?: {
    /**
     * The service's name in English, e.g. 'Nacka's results'.
     */
    siteName?: string;
    /**
     * The similar-municipalities group's name in English.
     */
    similarName?: string;
    /**
     * The accessibility statement's own texts in English; each list given replaces the Swedish one on the English statement.
     */
    accessibility?: {
      method?: string;
      knownIssues?: KnownIssue[];
      exempted?: string[];
      outOfScope?: string[];
    };
  };
  /**
   * Licence of the data, e.g. CC0-1.0 or CC-BY-4.0 (SPDX).
   */
  licence?: string;
}
/**
 * A known accessibility problem, why it is there, and the WCAG criterion it breaks.
 */

export interface KnownIssue {
  issue: string;
  reason: string;
  criterion?: string;
}
