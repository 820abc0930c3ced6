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
    knownIssues?: {
      issue: string;
      reason: string;
      criterion?: string;
    }[];
    exempted?: string[];
    outOfScope?: string[];
    email?: string;
  };
  /**
   * Where residents request public documents such as a supplier invoice (registraturen); without it the pages point to contact.
   */
  registry?: {
    name?: string;
    email?: string;
    phone?: string;
    url?: string;
  };
  /**
   * Licence of the data, e.g. CC0-1.0 or CC-BY-4.0 (SPDX).
   */
  licence?: string;
}

/**
 * Placed beside a supplier-invoice export in data/leverantorsreskontra/ whose columns are not the specification's, named after it: 'utbetalningar.csv' → 'utbetalningar.csv.mapping.json'. Says which sheet, header row and columns to read, what is the same on every row, how dates are written and which suppliers to mask.
 */

export interface InvoiceMapping {
  $schema?: string;
  /**
   * Sheet name (may name a hidden sheet). Default: the first sheet with the specification's columns.
   */
  sheet?: string;
  /**
   * 1-based row number of the header row. Default: found by its column names.
   */
  headerRow?: number;
  /**
   * Specification column → the export's header text or column letter (e.g. "Supplier Name" or "J").
   */
  columns?: {
    [k: string]: string | undefined;
  };
  /**
   * Columns that are the same on every row and missing from the export, e.g. {"kopare": "Exempelkommun", "kommun_id": "9999"}.
   */
  constants?: {
    [k: string]: string | undefined;
  };
  /**
   * How the export writes dates when not as YYYY-MM-DD (never guessed: 03/04/2024 is day-first in Sweden, month-first in the US).
   */
  dateFormat?: 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD.MM.YYYY' | 'DD-MM-YYYY';
  /**
   * 'orgnr' (default): leverantor_id is an organisationsnummer, checked with its check digit. 'internal': the export carries its own supplier numbers, published as they are.
   */
  supplierIds?: 'orgnr' | 'internal';
  /**
   * Suppliers of this export to publish only inside the unnamed group of sole traders and private persons, beside those the export or the identity number already marks.
   */
  maskSuppliers?: {
    ids?: string[];
    /**
     * Whole-name patterns, case-insensitive, * for any text: "MR *".
     */
    names?: string[];
  };
}

export type InvoiceText = string;

/**
 * One published booking line of a supplier invoice, in the columns of the national specification (lankadedata.se, Specifikation för leverantörsreskontra 1.1). A sole trader or private person has leverantor '[innehåller personuppgifter]' and no leverantor_id.
 */

export interface InvoiceRow {
  /**
   * The buyer's organisationsnummer (or the id the export gives).
   */
  kopare_id: string;
  kopare: InvoiceText;
  /**
   * The voucher number: quote it to request the invoice itself.
   */
  verifikationsnummer: string;
  leverantor: InvoiceText;
  /**
   * Organisationsnummer (NNNNNN-NNNN) or the export's own supplier number; absent for a masked supplier.
   */
  leverantor_id?: string;
  konto_nr: InvoiceText;
  konto_text: InvoiceText;
  /**
   * Booking date.
   */
  datum: string;
  /**
   * Amount in kronor excluding VAT; negative for a credit note.
   */
  belopp: number;
  forvaltning?: InvoiceText;
  fakturanummer?: InvoiceText;
  grund?: InvoiceText;
  avtal?: InvoiceText;
  kommun_id?: string;
  s_kod_nr?: InvoiceText;
}

/**
 * The published supplier invoices summed per year: in total, per month, per förvaltning, per account and account class, and the largest suppliers. Amounts in kronor excluding VAT. Sole traders and private persons are summed in 'masked', never named; every total includes them.
 */

export interface InvoiceSummary {
  schemaVersion: '1';
  /**
   * The latest booking date in the data.
   */
  updated?: string;
  buyers: {
    id: string;
    name: string;
  }[];
  years: InvoiceYear[];
  /**
   * The input files the figures come from.
   */
  files: {
    path: string;
    rows: number;
    /**
     * The month (2024-03) or year its name says, when it says one.
     */
    period?: string;
  }[];
}

export interface InvoiceYear {
  year: string;
  /**
   * Kronor excluding VAT.
   */
  total: number;
  /**
   * Booking lines.
   */
  count: number;
  /**
   * Calendar date without time zone (YYYY-MM-DD).
   */
  first: string;
  /**
   * Calendar date without time zone (YYYY-MM-DD).
   */
  last: string;
  /**
   * Named suppliers (the masked group not counted).
   */
  suppliers: number;
  masked: InvoiceSum;
  months: InvoiceMonth[];
  departments: InvoiceDepartment[];
  accountClasses: InvoiceAccountClass[];
  accounts: InvoiceAccount[];
  topSuppliers: InvoiceSupplierTotal[];
}

export interface InvoiceSum {
  /**
   * Kronor excluding VAT.
   */
  total: number;
  /**
   * Booking lines.
   */
  count: number;
}

export interface InvoiceMonth {
  month: string;
  /**
   * Kronor excluding VAT.
   */
  total: number;
  /**
   * Booking lines.
   */
  count: number;
}

export interface InvoiceDepartment {
  /**
   * URL slug; 'ingen' for rows without a förvaltning.
   */
  key: string;
  /**
   * '' for rows without a förvaltning.
   */
  name: string;
  /**
   * Kronor excluding VAT.
   */
  total: number;
  /**
   * Booking lines.
   */
  count: number;
  masked: InvoiceSum;
  months: InvoiceMonth[];
  accountClasses: InvoiceAccountClass[];
  topSuppliers: InvoiceSupplierTotal[];
}

export interface InvoiceAccountClass {
  /**
   * First digit of the account (kontoklass in Kommun-Bas), '' for accounts that are not numbers.
   */
  class: string;
  /**
   * Kronor excluding VAT.
   */
  total: number;
  /**
   * Booking lines.
   */
  count: number;
}

export interface InvoiceSupplierTotal {
  /**
   * URL segment: the organisationsnummer's ten digits, or 'id-' and the export's own number made safe.
   */
  key: string;
  id: string;
  name: string;
  /**
   * Kronor excluding VAT.
   */
  total: number;
  /**
   * Booking lines.
   */
  count: number;
}

export interface InvoiceAccount {
  account: string;
  text: string;
  /**
   * Kronor excluding VAT.
   */
  total: number;
  /**
   * Booking lines.
   */
  count: number;
}

/**
 * URL segment: the organisationsnummer's ten digits, or 'id-' and the export's own number made safe.
 */

export type InvoiceSupplierKey = string;

/**
 * One named supplier (a legal person, by organisationsnummer, or the export's own supplier number) with its totals per year, month and förvaltning and every booking line. Sole traders and private persons never have a document of their own.
 */

export interface InvoiceSupplier {
  key: InvoiceSupplierKey;
  /**
   * Organisationsnummer NNNNNN-NNNN, or the export's own number.
   */
  id: string;
  idKind: 'orgnr' | 'internal';
  /**
   * The name on most of its rows.
   */
  name: string;
  /**
   * Other spellings found on its rows.
   */
  otherNames: string[];
  total: number;
  count: number;
  years: {
    year: string;
    total: number;
    count: number;
    months: InvoiceMonth[];
    departments: {
      key: string;
      name: string;
      total: number;
      count: number;
    }[];
  }[];
  /**
   * Every booking line, by date, voucher and account: the specification's columns without the supplier's own.
   */
  invoices: {
    /**
     * Calendar date without time zone (YYYY-MM-DD).
     */
    datum: string;
    verifikationsnummer: string;
    konto_nr: string;
    konto_text: string;
    belopp: number;
    forvaltning?: string;
    fakturanummer?: string;
    grund?: string;
    avtal?: string;
    kopare_id: string;
    kopare: string;
    kommun_id?: string;
    s_kod_nr?: string;
    /**
     * The input file, sheet and row the line comes from.
     */
    source: {
      file: string;
      sheet?: string;
      row: number;
    };
  }[];
}
