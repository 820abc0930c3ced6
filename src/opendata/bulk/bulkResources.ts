import { csvHeader, csvLines, STANDARD_CSV } from '../../downloads/toCsv.ts';
import { toRows } from '../../downloads/toRows.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { toCsvTable, type TableColumn } from './csvTable.ts';
import { AREA_COLUMNS, INDICATOR_COLUMNS, OBSERVATION_COLUMNS, UNIT_COLUMNS, sortedAreas, sortedIndicators, sortedUnits } from './bulkTables.ts';
import { observationsOf } from '../api/sortedObservations.ts';

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
  /**
   * The CSV text in chunks, produced as they are read: the observations table of a
   * whole country exceeds any string's size and need never be in memory at once.
   */
  csvText: (input: OpenDataInput) => Iterable<string>;
  /** The JSON array's items (serialised with jsonArrayChunks): the same as the API's list for that table. */
  items: (input: OpenDataInput) => Iterable<unknown>;
}

/** Every observation's CSV rows, one indicator at a time (indicators by id, then download order). */
function* observationCsv(input: OpenDataInput): Generator<string> {
  yield csvHeader(STANDARD_CSV);
  // The per-indicator CSV writer, so the bulk file and the downloads never drift apart.
  for (const indicator of sortedIndicators(input)) yield* csvLines(toRows(indicator, input.observations.get(indicator.id) ?? [], input.areas, input.units), STANDARD_CSV);
}

/** Every observation, one indicator at a time: the row order of observationer.csv. */
function* observationItems(input: OpenDataInput): Generator<unknown> {
  for (const indicator of sortedIndicators(input)) yield* observationsOf(input, indicator.id);
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
    csvText: observationCsv,
    items: observationItems,
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
    csvText: (input) => [toCsvTable(INDICATOR_COLUMNS, sortedIndicators(input))],
    items: sortedIndicators,
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
    csvText: (input) => [toCsvTable(AREA_COLUMNS, sortedAreas(input))],
    items: sortedAreas,
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
    csvText: (input) => [toCsvTable(UNIT_COLUMNS, sortedUnits(input))],
    items: sortedUnits,
  },
];
