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
    /**
     * What each section beside the results read, e.g. {"dialog": {"dialogues": 15}}.
     */
    sections?: {
      [k: string]:
        | {
            [k: string]: number | undefined;
          }
        | undefined;
    };
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
 * A form field's name: letters, digits, _ . - and [ ] (Staticman's fields[name]).
 */

export type FieldName = string;

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
   * Where residents' replies go: a form endpoint (posted to from every indicator page), an e-service URL with {id} and {title} placeholders, or an e-mail address (a prefilled mailto: link); the dialogue page lists them with any other channels.
   */
  feedback: {
    url?: string;
    email?: string;
    /**
     * A form endpoint the municipality already runs (an e-service platform, a form service, a serverless function) that accepts a POST: indicator pages then carry a real HTML form that works without JavaScript. The page's CSP form-action allows exactly this address.
     */
    form?: {
      /**
       * Where the form posts: an https URL. http is refused, except http://127.0.0.1 for local tests.
       */
      action: string;
      /**
       * The names the endpoint expects for each field (defaults: matt, sida, typ, meddelande, webbplats, tack).
       */
      fields?: {
        indicator?: FieldName;
        page?: FieldName;
        kind?: FieldName;
        message?: FieldName;
        honeypot?: FieldName;
        thankYou?: FieldName;
      };
      /**
       * Sent in the thankYou field, for endpoints that redirect there after a post (Formspree's _next).
       */
      thankYouUrl?: string;
      /**
       * Most characters a reply may have (default 2000).
       */
      maxLength?: number;
      /**
       * The endpoint answers cross-origin requests (CORS): a small script then posts in place and shows a confirmation. The plain form works without it.
       */
      postInPlace?: boolean;
      /**
       * The municipality's page on how replies are handled (GDPR).
       */
      privacyUrl?: string;
    };
    /**
     * Other ways to take part, listed on the dialogue page (e-förslag, synpunkter, a citizen panel …).
     */
    channels?: {
      name: string;
      description?: string;
      url?: string;
    }[];
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
 * A known accessibility problem, why it is there, and the WCAG criterion it breaks.
 */

export interface KnownIssue {
  issue: string;
  reason: string;
  criterion?: string;
}

/**
 * A date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM) in Swedish local time (Europe/Stockholm).
 */

export type LocalDateTime = string;

/**
 * One citizen dialogue of the dialogue log ("Vi hörde – vi gjorde"): what was asked, who took part, what was heard and what the municipality decided or did.
 */

export interface Dialogue {
  /**
   * Stable id, also the page address /dialog/<id>/.
   */
  id: string;
  title: string;
  start: LocalDateTime;
  end?: LocalDateTime;
  /**
   * möte, enkät, medborgarpanel, e-förslag, webbdialog, samråd, workshop, fokusgrupp, öppet hus or annat.
   */
  form:
    | 'meeting'
    | 'survey'
    | 'citizen-panel'
    | 'e-petition'
    | 'web-dialogue'
    | 'consultation'
    | 'workshop'
    | 'focus-group'
    | 'open-house'
    | 'other';
  /**
   * Place (for a meeting) or channel (for a web dialogue).
   */
  place?: string;
  /**
   * The board (nämnd) or department (förvaltning) that held the dialogue.
   */
  organiser?: string;
  /**
   * Who was invited (the target group).
   */
  invited?: string;
  invitedCount?: number;
  /**
   * How many took part (people, or answers to a survey).
   */
  participants?: number;
  /**
   * Who was missing: the skew of the participants in words.
   */
  missing?: string;
  /**
   * Items: Kolada KPI id (N15428, U28112) or a local id: letters, digits, '_' and '-'.
   */
  indicators: string[];
  /**
   * Operating areas (verksamhetsområden) as the indicators name them.
   */
  operatingAreas: string[];
  /**
   * The question the residents were asked.
   */
  question?: string;
  /**
   * Vi hörde: what the residents said, summarised.
   */
  heard?: string;
  /**
   * Vi gjorde: what the municipality decided or did.
   */
  did?: string;
  /**
   * Calendar date without time zone (YYYY-MM-DD).
   */
  decisionDate?: string;
  /**
   * Reference to the decision, e.g. 'KF 2025-06-16 § 87'.
   */
  decision?: string;
  /**
   * Follow-up: planerad (planned), pågår (ongoing), genomförd (held), återkopplad (reported back to the residents).
   */
  status: 'planned' | 'ongoing' | 'held' | 'reported';
  link?: string;
  source: Provenance;
}
/**
 * The row of the dialogue log it came from (the cell of its id).
 */

/**
 * A resident's question about an indicator, as published, and the municipality's answer.
 */

export interface DialogueQuestion {
  /**
   * Stable: <indicator>-<date asked>-<6 hex digits of the question's SHA-256>, the same when rows are added or reordered; the anchor on the indicator page.
   */
  id: string;
  /**
   * Kolada KPI id (N15428, U28112) or a local id: letters, digits, '_' and '-'.
   */
  indicator: string;
  /**
   * Calendar date without time zone (YYYY-MM-DD).
   */
  asked: string;
  question: string;
  answer?: string;
  /**
   * The unit or department that answered.
   */
  answeredBy?: string;
  /**
   * Calendar date without time zone (YYYY-MM-DD).
   */
  answered?: string;
  source: Provenance;
}
/**
 * Where a figure came from: the file (relative to the data folder), and the sheet and A1 cell, or the JSON pointer.
 */

/**
 * How many residents said, in one year and through one channel, that an indicator or a topic matters most to them (the tally behind "Är det här viktigt för dig?").
 */

export interface DialoguePriority {
  year: number;
  /**
   * Kolada KPI id (N15428, U28112) or a local id: letters, digits, '_' and '-'.
   */
  indicator?: string;
  /**
   * A topic in words, when the choice was not an indicator (or a label for it).
   */
  topic?: string;
  /**
   * Number of residents who chose it.
   */
  count: number;
  /**
   * Where they said it: the form on the site, a survey, a meeting …
   */
  channel?: string;
  source: Provenance;
}
/**
 * Where a figure came from: the file (relative to the data folder), and the sheet and A1 cell, or the JSON pointer.
 */

/**
 * Budget and outcome per operating area (verksamhet) and period, in kronor, as the finance pages and /api/v1/budget.json publish it. Costs are positive; a negative amount is a net income.
 */

export interface Budget {
  /**
   * Every amount is in Swedish kronor (converted from tkr or mnkr when the source was).
   */
  currency: 'SEK';
  /**
   * One line per operating area and period, sorted by area name and period.
   */
  lines: BudgetLine[];
  /**
   * The municipality's residents per year, for cost per resident: from the budget files or from Kolada's N01951.
   */
  population: Population[];
}
/**
 * An operating area's budget and outcome for a year (2024), or for the year up to and including a month (2024-08: accumulated January–August).
 */

export interface BudgetLine {
  /**
   * The operating area (verksamhet) as the source names it; the results' operating area of the same name is linked.
   */
  area: string;
  /**
   * The committee (nämnd) or administration responsible, when the source gives it.
   */
  committee?: string;
  /**
   * Year 2024, or month 2024-08 for the accumulated figures January–August.
   */
  period: string;
  /**
   * Budgeted net cost for the period, kr (for a month: accumulated).
   */
  budget?: number;
  /**
   * Net cost for the period, kr (utfall; for a month: accumulated).
   */
  outcome?: number;
  /**
   * For a month: the budget of the whole year, kr.
   */
  annualBudget?: number;
  /**
   * For a month: the forecast of the whole year's net cost, kr (prognos helår).
   */
  forecast?: number;
  /**
   * Where each amount came from: one source per amount given, at least one.
   */
  sources: {
    budget?: AmountSource;
    outcome?: AmountSource;
    annualBudget?: AmountSource;
    forecast?: AmountSource;
  };
}
/**
 * The file, sheet and cell an amount was read from, the unit it was written in there, and whether its sign was turned (a source that writes costs as negative amounts).
 */

export interface AmountSource {
  file: string;
  sheet?: string;
  cell?: string;
  /**
   * kr, tkr (thousands) or mnkr (millions) in the source.
   */
  unit: 'kr' | 'tkr' | 'mnkr';
  /**
   * True when the source wrote costs as negative amounts.
   */
  negated?: true;
}

export interface Population {
  year: string;
  residents: number;
  /**
   * The indicator the figure came from (Kolada N01951 or the local id that carries it), when not from a budget file.
   */
  indicator?: string;
  source: Provenance;
}
/**
 * Where a figure came from: the file (relative to the data folder), and the sheet and A1 cell, or the JSON pointer.
 */

/**
 * Placed beside a budget/outcome export in data/budget/ that the built-in layouts do not read, named after it: 'drift.xlsx' → 'drift.xlsx.mapping.json'. Says which sheet, header row and columns to read, the unit of the amounts and how the source signs costs.
 */

export interface BudgetMapping {
  $schema?: string;
  /**
   * rows: one row per operating area and period, a column per amount (Budget, Utfall …); long: one row per area, period and kind of amount (a Typ column and a Belopp column); wide: one row per area, a column per kind of amount and period (Budget 2024, Utfall 2024 …).
   */
  layout: 'rows' | 'long' | 'wide';
  /**
   * Sheet name (may name a hidden sheet). Default: every visible sheet.
   */
  sheet?: string;
  /**
   * 1-based row number of the header row.
   */
  headerRow?: number;
  /**
   * 1-based row numbers to ignore.
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
   * Fields that are the same on every row, e.g. {"period": "2024"}.
   */
  constants?: {
    [k: string]: string | undefined;
  };
  /**
   * The unit every amount of the file is written in.
   */
  unit?: 'kr' | 'tkr' | 'mnkr';
  /**
   * negative when the source writes costs as negative amounts (they are turned); positive when costs are positive. Stating it silences the warning about a file whose amounts are all negative.
   */
  costSign?: 'positive' | 'negative';
  /**
   * For the long layout: the source's words in its Typ column → the kind of amount, e.g. {"Bokslut": "outcome", "Internbudget": "budget"}.
   */
  measures?: {
    [k: string]: 'budget' | 'outcome' | 'annualBudget' | 'forecast' | undefined;
  };
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
