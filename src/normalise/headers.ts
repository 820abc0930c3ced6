// Header recognition: each field of each layout has Swedish and English
// synonyms, the first being the one the README and the example data use.
// Matching ignores case, surrounding space, and treats _ - and space alike.

export type Layout = 'long' | 'wide' | 'catalogue' | 'targets' | 'analysis' | 'kolada-catalogue' | 'areas' | 'units';

/** One field of a layout with its synonyms (first one is the canonical header). */
export type Dictionary = ReadonlyArray<readonly [field: string, synonyms: readonly string[]]>;

/** Header text as compared. */
export function headerKey(text: string): string {
  // NFC: a Mac may write å as a + ring, which would not match the dictionary.
  return text.normalize('NFC').trim().toLowerCase().replace(/[\s_\-]+/g, ' ');
}

const OBSERVATION: Dictionary = [
  ['indicator', ['Mått-id', 'mått', 'måttid', 'nyckeltal', 'kpi', 'kpi_id', 'indikator', 'indicator', 'nyckeltals id']],
  ['area', ['Kommunkod', 'områdeskod', 'municipality_id', 'regionkod', 'område', 'kommun', 'municipality', 'area', 'region']],
  ['unit', ['Enhets-id', 'enhetsid', 'ou_id', 'unit_id', 'enhet', 'ou', 'unit']],
  ['period', ['Period', 'år', 'year', 'läsår', 'kvartal', 'månad', 'halvår']],
  ['gender', ['Kön', 'gender', 'sex']],
  ['value', ['Värde', 'value', 'utfall', 'resultat']],
  ['status', ['Status', 'värdestatus']],
  ['n', ['Antal svar', 'n', 'count', 'antal']],
  ['note', ['Kommentar', 'not', 'anmärkning', 'note', 'fotnot']],
  ['preliminary', ['Preliminär', 'prel', 'preliminary']],
];

/** Label columns that exports carry beside the codes: known, not needed, never warned about. */
const OBSERVATION_LABELS = ['kpi_title', 'Måttnamn', 'Kommunnamn', 'Enhetsnamn', 'municipality', 'Områdesnamn', 'ou_title', 'Titel', 'Namn'];

const CATALOGUE: Dictionary = [
  ['id', ['Mått-id', 'id', 'kpi', 'måttid']],
  ['title', ['Titel', 'namn', 'rubrik', 'title', 'name']],
  ['question', ['Fråga', 'klarspråksrubrik', 'question']],
  ['description', ['Vad betyder måttet', 'beskrivning', 'description']],
  ['definition', ['Definition']],
  ['formula', ['Formel', 'beräkning', 'formula']],
  ['unit', ['Enhet', 'måttenhet', 'unit']],
  ['decimals', ['Decimaler', 'antal decimaler', 'decimals']],
  ['direction', ['Riktning', 'önskad riktning', 'direction']],
  ['operatingArea', ['Verksamhetsområde', 'verksamhet', 'operating_area']],
  ['source', ['Källa', 'source']],
  ['attribution', ['Attribuering', 'attribution']],
  ['koladaId', ['Kolada-id', 'kolada', 'kolada_id']],
  ['target', ['Mål', 'målvärde', 'target']],
  ['targetYear', ['Målår', 'target year']],
  ['decision', ['Beslut', 'målbeslut', 'decision']],
  ['responsible', ['Ansvarig', 'ansvarig enhet', 'ansvarig förvaltning', 'responsible']],
  ['contact', ['Kontakt', 'contact']],
  ['frequency', ['Uppdateringsfrekvens', 'frekvens', 'frequency']],
  ['lastUpdated', ['Senast uppdaterad', 'uppdaterad', 'last updated']],
  ['nextUpdate', ['Nästa uppdatering', 'next update']],
  ['related', ['Relaterade mått', 'relaterade', 'related']],
  ['min', ['Min', 'lägsta värde']],
  ['max', ['Max', 'högsta värde']],
  ['keyIndicator', ['Nyckelmått', 'key indicator']],
  // Lättläst and the English texts of the pages under /en/ (issue 12).
  ['easyRead', ['Lättläst', 'lättläst sammanfattning', 'lättläst text', 'easy read', 'easy to read']],
  ['titleEn', ['Titel (engelska)', 'titel engelska', 'engelsk titel', 'title (english)', 'english title', 'title en']],
  ['questionEn', ['Fråga (engelska)', 'fråga engelska', 'question (english)', 'question en']],
  ['descriptionEn', ['Vad betyder måttet (engelska)', 'beskrivning (engelska)', 'description (english)', 'description en']],
  ['definitionEn', ['Definition (engelska)', 'definition engelska', 'definition (english)', 'definition en']],
  ['formulaEn', ['Formel (engelska)', 'beräkning (engelska)', 'formula (english)', 'formula en']],
  ['unitEn', ['Enhet (engelska)', 'enhet engelska', 'unit (english)', 'unit en']],
  ['operatingAreaEn', ['Verksamhetsområde (engelska)', 'verksamhetsområde engelska', 'operating area (english)', 'operating area en']],
  ['frequencyEn', ['Uppdateringsfrekvens (engelska)', 'frekvens (engelska)', 'frequency (english)', 'frequency en']],
];

const TARGETS: Dictionary = [
  ['indicator', ['Mått-id', 'mått', 'måttid', 'id', 'kpi']],
  ['target', ['Mål', 'målvärde', 'target']],
  ['targetYear', ['Målår', 'år', 'target year', 'year']],
  ['decision', ['Beslut', 'målbeslut', 'decision']],
];

const ANALYSIS: Dictionary = [
  ['indicator', ['Mått-id', 'mått', 'måttid', 'id', 'kpi']],
  ['period', ['Period', 'år', 'year', 'läsår']],
  ['interpretation', ['Så tolkar vi resultatet', 'tolkning', 'analys', 'så tolkar vi']],
  ['actions', ['Det här gör vi', 'åtgärder', 'det här gör vi åt det']],
];

const KOLADA_CATALOGUE: Dictionary = [
  ['id', ['concept']],
  ['title', ['name']],
  ['description', ['description']],
  ['operatingArea', ['operating_area']],
  ['genderSplit', ['is_divided_by_gender']],
  ['hasUnitData', ['has_ou_data']],
  ['publicationDate', ['publication_date']],
];
const KOLADA_CATALOGUE_LABELS = ['auspices', 'definition', 'municipality_type', 'ou_publication_date', 'perspective', 'prel_publication_date'];

const AREAS: Dictionary = [
  ['code', ['Kod', 'kommunkod', 'kommun', 'region', 'code', 'områdeskod']],
  ['name', ['Namn', 'name', 'områdesnamn', 'kommunnamn']],
  ['type', ['Typ', 'type']],
  ['parent', ['Ingår i', 'parent', 'rike']],
];
const AREAS_LABELS = ['is--kommun', 'is--region', 'is--rike'];

const UNITS: Dictionary = [
  ['id', ['Enhets-id', 'id', 'ou', 'enhetsid', 'ou_id']],
  ['name', ['Namn', 'name', 'enhetsnamn']],
  ['type', ['Typ', 'type', 'enhetstyp']],
  ['operator', ['Huvudman', 'operator', 'regiform']],
  ['address', ['Adress', 'address']],
  ['area', ['Kommunkod', 'kommun', 'area', 'municipality_id']],
];

interface LayoutHeaders {
  fields: Dictionary;
  /** Known label columns that are read by no field. */
  ignored: readonly string[];
  /** Fields that must have a column (any of the inner list). */
  required: ReadonlyArray<readonly string[]>;
}

export const LAYOUT_HEADERS: ReadonlyMap<Layout, LayoutHeaders> = new Map<Layout, LayoutHeaders>([
  ['long', { fields: OBSERVATION, ignored: OBSERVATION_LABELS, required: [['area', 'unit'], ['period'], ['value']] }],
  ['wide', { fields: OBSERVATION, ignored: OBSERVATION_LABELS, required: [['area', 'unit', 'indicator']] }],
  ['catalogue', { fields: CATALOGUE, ignored: [], required: [['id'], ['title']] }],
  ['targets', { fields: TARGETS, ignored: ['Måttnamn', 'Titel', 'Namn'], required: [['indicator'], ['target'], ['targetYear']] }],
  ['analysis', { fields: ANALYSIS, ignored: ['Måttnamn', 'Titel', 'Namn'], required: [['indicator'], ['period'], ['interpretation', 'actions']] }],
  ['kolada-catalogue', { fields: KOLADA_CATALOGUE, ignored: KOLADA_CATALOGUE_LABELS, required: [['id'], ['title'], ['genderSplit']] }],
  ['areas', { fields: AREAS, ignored: AREAS_LABELS, required: [['code'], ['name']] }],
  ['units', { fields: UNITS, ignored: [], required: [['id'], ['name']] }],
]);

/** Synonym key → field, per layout; the position breaks ties (an earlier synonym is a better match). */
const LOOKUP = new Map<Layout, Map<string, { field: string; rank: number }>>();
const IGNORED = new Map<Layout, Set<string>>();
for (const [layout, headers] of LAYOUT_HEADERS) {
  const map = new Map<string, { field: string; rank: number }>();
  for (const [field, synonyms] of headers.fields) {
    synonyms.forEach((synonym, rank) => {
      const key = headerKey(synonym);
      if (!map.has(key)) map.set(key, { field, rank });
    });
  }
  LOOKUP.set(layout, map);
  IGNORED.set(layout, new Set(headers.ignored.map(headerKey)));
}

/** The field a header names in a layout, with the synonym's rank, or undefined. */
export function matchHeader(layout: Layout, text: string): { field: string; rank: number } | undefined {
  return LOOKUP.get(layout)!.get(headerKey(text));
}

export function isIgnoredHeader(layout: Layout, text: string): boolean {
  return IGNORED.get(layout)!.has(headerKey(text));
}

/** A few synonyms of a field, for missing-label's "expected" text. */
export function labelsOf(layout: Layout, field: string): string {
  const entry = LAYOUT_HEADERS.get(layout)!.fields.find(([f]) => f === field);
  return entry ? entry[1].slice(0, 3).map((s) => `”${s}”`).join(', ') : field;
}

export const UNSAFE_HEADERS = new Set(['__proto__', 'constructor', 'prototype']);
