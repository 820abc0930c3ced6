import type { Area, Indicator, Unit } from '../../model/types.gen.ts';
import { DOWNLOAD_COLUMNS, STATUS_SYMBOLS, type DownloadRow } from '../../downloads/columns.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import type { FieldType, TableColumn } from './csvTable.ts';

function byText<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** Indicators by id: the order of every list the open data publishes (input order never matters). */
export function sortedIndicators(input: Pick<OpenDataInput, 'indicators'>): Indicator[] {
  return [...input.indicators].sort(byText((i) => i.id));
}

export function sortedAreas(input: Pick<OpenDataInput, 'areas'>): Area[] {
  return [...input.areas].sort(byText((a) => a.code));
}

export function sortedUnits(input: Pick<OpenDataInput, 'units'>): Unit[] {
  return [...input.units].sort(byText((u) => u.id));
}

const AREA_CODE = '^([0-9]{4}|[GD][A-Za-z0-9_-]{1,31})$';
const ID = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';
const PERIOD = '^[0-9]{4}(/[0-9]{2}|H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$';

/** Table Schema facts for the columns of observationer.csv, which are the per-indicator download columns. */
export interface ObservationField {
  type: FieldType;
  descriptionEn: string;
  constraints?: TableColumn<unknown>['constraints'];
}

export const OBSERVATION_FIELDS: Record<keyof DownloadRow, ObservationField> = {
  indicatorId: { type: 'string', descriptionEn: 'Indicator id (Kolada id such as N15428, or a local id).', constraints: { required: true, pattern: ID } },
  indicatorTitle: { type: 'string', descriptionEn: 'Indicator title.' },
  areaCode: { type: 'string', descriptionEn: 'Area code: municipality code (four digits, leading zero kept), 0000 for Sweden, or a group (G…) or district (D…). Empty for units.', constraints: { pattern: AREA_CODE } },
  unitId: { type: 'string', descriptionEn: 'Unit id (school, preschool, care home …). Empty for areas.', constraints: { pattern: ID } },
  name: { type: 'string', descriptionEn: 'Name of the area or unit.' },
  period: { type: 'string', descriptionEn: 'Year (2024), school year (2023/24), half-year (2024H1), quarter (2024Q1) or month (2024-03).', constraints: { required: true, pattern: PERIOD } },
  gender: { type: 'string', descriptionEn: 'T = total, K = women/girls, M = men/boys.', constraints: { required: true, enum: ['T', 'K', 'M'] } },
  value: { type: 'number', descriptionEn: 'The value as a number. Empty when there is no value; see status.' },
  statusSymbol: { type: 'string', descriptionEn: 'When there is no value: - missing, . not applicable, .. confidential or too few answers.', constraints: { enum: Object.values(STATUS_SYMBOLS).map((s) => s.symbol) } },
  status: { type: 'string', descriptionEn: 'The status symbol in words (Swedish).', constraints: { enum: Object.values(STATUS_SYMBOLS).map((s) => s.word) } },
  n: { type: 'integer', descriptionEn: 'Number of answers or cases behind the value, when known.' },
  preliminary: { type: 'string', descriptionEn: '"ja" (yes) when the value is preliminary.', constraints: { enum: ['ja'] } },
  note: { type: 'string', descriptionEn: 'Note on the value.' },
  sourceFile: { type: 'string', descriptionEn: 'The file the value was read from.' },
  sourceSheet: { type: 'string', descriptionEn: 'The sheet in the file, for spreadsheets.' },
  sourceCell: { type: 'string', descriptionEn: 'The cell (e.g. C12), for spreadsheets.' },
};

/** observationer.csv as columns: the download columns in their order, with types. Written by src/downloads' toCsv. */
export const OBSERVATION_COLUMNS: readonly TableColumn<DownloadRow>[] = DOWNLOAD_COLUMNS.map((c) => ({
  name: c.header,
  description: c.description,
  ...OBSERVATION_FIELDS[c.key],
  value: (row: DownloadRow) => row[c.key],
}));

const opt = (text: string | undefined): string | null => (text === undefined || text === '' ? null : text);

/** matt.csv: one row per indicator. Targets, analysis and provenance are in matt.json only. */
export const INDICATOR_COLUMNS: readonly TableColumn<Indicator>[] = [
  { name: 'matt_id', type: 'string', description: 'Måttets id (Koladas id, t.ex. N15428, eller ett eget id).', descriptionEn: 'Indicator id (Kolada id such as N15428, or a local id).', constraints: { required: true, unique: true, pattern: ID }, value: (i) => i.id },
  { name: 'titel', type: 'string', description: 'Måttets namn.', descriptionEn: 'Indicator title.', constraints: { required: true }, value: (i) => i.title },
  { name: 'fraga', type: 'string', description: 'Rubrik i klarspråk, ofta en fråga.', descriptionEn: 'Plain-language heading, often a question.', value: (i) => opt(i.question) },
  { name: 'beskrivning', type: 'string', description: 'Vad måttet betyder, i klarspråk.', descriptionEn: 'What the indicator means, in plain language.', value: (i) => opt(i.description) },
  { name: 'definition', type: 'string', description: 'Teknisk definition.', descriptionEn: 'Technical definition.', value: (i) => opt(i.definition) },
  { name: 'formel', type: 'string', description: 'Hur värdet räknas fram.', descriptionEn: 'How the value is calculated.', value: (i) => opt(i.formula) },
  { name: 'enhet', type: 'string', description: 'Enhet för värdet: %, kr, antal, index, dagar …', descriptionEn: 'Unit of the value: %, kr (SEK), count, index, days …', constraints: { required: true }, value: (i) => i.unit },
  { name: 'decimaler', type: 'integer', description: 'Antal decimaler som värdet visas med.', descriptionEn: 'Number of decimals the value is shown with.', constraints: { required: true }, value: (i) => i.decimals },
  { name: 'riktning', type: 'string', description: 'higher-is-better = högre är bättre, lower-is-better = lägre är bättre, neutral = varken eller.', descriptionEn: 'higher-is-better, lower-is-better or neutral.', constraints: { required: true, enum: ['higher-is-better', 'lower-is-better', 'neutral'] }, value: (i) => i.direction },
  { name: 'verksamhetsomrade', type: 'string', description: 'Verksamhetsområde.', descriptionEn: 'Operating area.', constraints: { required: true }, value: (i) => i.operatingArea },
  { name: 'kalla', type: 'string', description: 'Källa till uppgifterna.', descriptionEn: 'Source of the figures.', value: (i) => opt(i.source) },
  { name: 'attribution', type: 'string', description: 'kolada = oförändrade uppgifter från Kolada (ange "Källa: Kolada"), kolada-processed = bearbetning av data från Kolada, local = kommunens egna uppgifter.', descriptionEn: 'kolada = unmodified Kolada figures (credit "Källa: Kolada"), kolada-processed = processed Kolada data, local = the municipality\'s own figures.', constraints: { required: true, enum: ['kolada', 'kolada-processed', 'local'] }, value: (i) => i.attribution },
  { name: 'kolada_id', type: 'string', description: 'Måttets id i Kolada, när det finns där.', descriptionEn: 'The indicator\'s id in Kolada, when it is there.', value: (i) => opt(i.koladaId) },
  { name: 'ansvarig', type: 'string', description: 'Ansvarig förvaltning eller enhet.', descriptionEn: 'Responsible department.', value: (i) => opt(i.responsible) },
  { name: 'kontakt', type: 'string', description: 'Kontakt för frågor om måttet.', descriptionEn: 'Contact for questions about the indicator.', value: (i) => opt(i.contact) },
  { name: 'uppdateringsfrekvens', type: 'string', description: 'Hur ofta måttet uppdateras, t.ex. årligen.', descriptionEn: 'How often the indicator is updated, e.g. årligen (yearly).', value: (i) => opt(i.frequency) },
  { name: 'senast_uppdaterad', type: 'date', description: 'Senast uppdaterad (ÅÅÅÅ-MM-DD).', descriptionEn: 'Last updated (YYYY-MM-DD).', value: (i) => opt(i.lastUpdated) },
  { name: 'nasta_uppdatering', type: 'date', description: 'Nästa planerade uppdatering (ÅÅÅÅ-MM-DD).', descriptionEn: 'Next planned update (YYYY-MM-DD).', value: (i) => opt(i.nextUpdate) },
  { name: 'nyckeltal', type: 'boolean', description: 'true när måttet visas bland nyckeltalen på startsidan.', descriptionEn: 'true when the indicator is one of the key results on the start page.', value: (i) => i.keyIndicator === true },
];

/** omraden.csv: one row per area (municipality, region, country, group, district). */
export const AREA_COLUMNS: readonly TableColumn<Area>[] = [
  { name: 'omradeskod', type: 'string', description: 'Områdets kod: kommunkod med fyra siffror (inledande nolla behålls), 0000 för riket, 0001–0025 för regioner, G… för grupper och D… för delområden.', descriptionEn: 'Area code: four-digit municipality code (leading zero kept), 0000 for Sweden, 0001–0025 for regions, G… for groups and D… for districts.', constraints: { required: true, unique: true, pattern: AREA_CODE }, value: (a) => a.code },
  { name: 'namn', type: 'string', description: 'Områdets namn.', descriptionEn: 'Name of the area.', constraints: { required: true }, value: (a) => a.name },
  { name: 'typ', type: 'string', description: 'country = riket, region, municipality = kommun, group = jämförelsegrupp (medelvärde av medlemmarna, som i Kolada), district = delområde.', descriptionEn: 'country, region, municipality, group (unweighted mean of its members, as in Kolada) or district.', constraints: { required: true, enum: ['country', 'region', 'municipality', 'group', 'district'] }, value: (a) => a.type },
  { name: 'overordnat_omrade', type: 'string', description: 'Koden för området som detta ingår i.', descriptionEn: 'Code of the area this one is part of.', constraints: { pattern: AREA_CODE }, value: (a) => opt(a.parent) },
  { name: 'medlemmar', type: 'string', description: 'För grupper: medlemmarnas koder, åtskilda med mellanslag.', descriptionEn: 'For groups: the members\' codes, separated by spaces.', value: (a) => (a.members && a.members.length > 0 ? a.members.join(' ') : null) },
];

/** enheter.csv: one row per unit (school, preschool, care home …). */
export const UNIT_COLUMNS: readonly TableColumn<Unit>[] = [
  { name: 'enhets_id', type: 'string', description: 'Enhetens id (Kolada-id som V15E128300201 eller ett eget id).', descriptionEn: 'Unit id (Kolada id such as V15E128300201, or a local id).', constraints: { required: true, unique: true, pattern: ID }, value: (u) => u.id },
  { name: 'namn', type: 'string', description: 'Enhetens namn.', descriptionEn: 'Name of the unit.', constraints: { required: true }, value: (u) => u.name },
  { name: 'typ', type: 'string', description: 'Typ av enhet, t.ex. grundskola, förskola, äldreboende.', descriptionEn: 'Kind of unit, e.g. grundskola (school), förskola (preschool), äldreboende (care home).', value: (u) => opt(u.type) },
  { name: 'huvudman', type: 'string', description: 'municipal = kommunal, independent = fristående (enskild huvudman).', descriptionEn: 'municipal or independent operator.', constraints: { enum: ['municipal', 'independent'] }, value: (u) => opt(u.operator) },
  { name: 'adress', type: 'string', description: 'Besöksadress.', descriptionEn: 'Street address.', value: (u) => opt(u.address) },
  { name: 'omradeskod', type: 'string', description: 'Kommunen som enheten hör till (kommunkod).', descriptionEn: 'The municipality the unit belongs to (municipality code).', constraints: { pattern: AREA_CODE }, value: (u) => opt(u.area) },
];
