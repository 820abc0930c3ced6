import { strToU8 } from 'fflate';
import { toCsvBytes } from '../../downloads/toCsv.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { toCsvTable, type TableColumn } from './csvTable.ts';
import { AREA_COLUMNS, INDICATOR_COLUMNS, OBSERVATION_COLUMNS, UNIT_COLUMNS, allObservationRows, sortedAreas, sortedIndicators, sortedUnits } from './bulkTables.ts';
import { allObservations } from '../api/sortedObservations.ts';

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

/** One table of the bulk download: a CSV (a Data Package resource) and the same data as JSON. */
export interface BulkResource {
  /** Data Package resource name. */
  name: string;
  /** File names in the zip (and beside datapackage.json on the site). */
  csv: string;
  json: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  /** What the JSON file holds, for the README. */
  jsonShape: string;
  columns: readonly TableColumn<never>[];
  primaryKey?: string;
  foreignKeys?: ForeignKey[];
  /** The CSV as UTF-8 bytes (the observations table can exceed any string's size). */
  toCsv: (input: OpenDataInput) => Uint8Array;
  /** The JSON value (serialised with apiJson): the same as the API's list for that table. */
  toJson: (input: OpenDataInput) => unknown;
}

const columns = <R>(c: readonly TableColumn<R>[]) => c as unknown as readonly TableColumn<never>[];

/** The tables of the bulk download, in the order they are listed everywhere. */
export const BULK_RESOURCES: readonly BulkResource[] = [
  {
    name: 'observationer',
    csv: 'observationer.csv',
    json: 'observationer.json',
    title: 'Alla resultat (observationer)',
    titleEn: 'All results (observations)',
    description: 'Ett värde per rad: mått × område eller enhet × period × kön. Samma kolumner som nedladdningarna på varje måttsida. En rad identifieras av matt_id, omradeskod eller enhets_id, period och kon.',
    descriptionEn: 'One value per row: indicator × area or unit × period × gender. The same columns as the downloads on each indicator page. A row is identified by matt_id, omradeskod or enhets_id, period and kon.',
    jsonShape: 'observation.schema.json',
    columns: columns(OBSERVATION_COLUMNS),
    foreignKeys: [
      { fields: 'matt_id', reference: { resource: 'matt', fields: 'matt_id' } },
      { fields: 'omradeskod', reference: { resource: 'omraden', fields: 'omradeskod' } },
      { fields: 'enhets_id', reference: { resource: 'enheter', fields: 'enhets_id' } },
    ],
    // The per-indicator CSV writer, so the bulk file and the downloads never drift apart.
    toCsv: (input) => toCsvBytes(allObservationRows(input)),
    toJson: (input) => allObservations(input),
  },
  {
    name: 'matt',
    csv: 'matt.csv',
    json: 'matt.json',
    title: 'Mått (metadata)',
    titleEn: 'Indicators (metadata)',
    description: 'Ett mått per rad: vad det betyder, enhet, källa, ansvarig och uppdateringar. Målvärden och analyser finns i matt.json.',
    descriptionEn: 'One indicator per row: what it means, unit, source, responsible department and updates. Targets and analyses are in matt.json.',
    jsonShape: 'indicator.schema.json',
    columns: columns(INDICATOR_COLUMNS),
    primaryKey: 'matt_id',
    toCsv: (input) => strToU8(toCsvTable(INDICATOR_COLUMNS, sortedIndicators(input))),
    toJson: (input) => sortedIndicators(input),
  },
  {
    name: 'omraden',
    csv: 'omraden.csv',
    json: 'omraden.json',
    title: 'Områden',
    titleEn: 'Areas',
    description: 'Kommuner, regioner, riket, jämförelsegrupper och delområden som resultaten gäller.',
    descriptionEn: 'Municipalities, regions, the country, comparison groups and districts the results are for.',
    jsonShape: 'area.schema.json',
    columns: columns(AREA_COLUMNS),
    primaryKey: 'omradeskod',
    toCsv: (input) => strToU8(toCsvTable(AREA_COLUMNS, sortedAreas(input))),
    toJson: (input) => sortedAreas(input),
  },
  {
    name: 'enheter',
    csv: 'enheter.csv',
    json: 'enheter.json',
    title: 'Enheter',
    titleEn: 'Units',
    description: 'Skolor, förskolor, äldreboenden och andra enheter som invånarna kan välja.',
    descriptionEn: 'Schools, preschools, care homes and other units residents can choose.',
    jsonShape: 'unit.schema.json',
    columns: columns(UNIT_COLUMNS),
    primaryKey: 'enhets_id',
    toCsv: (input) => strToU8(toCsvTable(UNIT_COLUMNS, sortedUnits(input))),
    toJson: (input) => sortedUnits(input),
  },
];
