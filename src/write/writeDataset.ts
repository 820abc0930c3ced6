import { mkdir, writeFile } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import { RECORDS_PER_PIECE, TextWriter } from './textPieces.ts';
import { join } from 'node:path';
import type { Manifest, Observation } from '../model/types.gen.ts';
import type { Dataset } from '../validate/Dataset.ts';
import { validateManifest } from '../validate/schemas.ts';
import { stableLines, stableStringify } from './stableJson.ts';

export interface InputFile {
  path: string;
  sha256: string;
  bytes: number;
}

const GENDER_ORDER: Record<string, number> = { T: 0, K: 1, M: 2 };

/** Rows in a fixed order: areas before units, then by code, period and gender. */
export function compareObservations(a: Observation, b: Observation): number {
  const ka = a.area !== undefined ? '0' + a.area : '1' + a.unit;
  const kb = b.area !== undefined ? '0' + b.area : '1' + b.unit;
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  return GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender];
}

/**
 * The observation as a new object with every member of observation.schema.json (validated: it has
 * no others) in sorted key order, as stableStringify writes them — so that it is written as it
 * is, not through a sorted copy (twice as fast for a country's values). Undefined members are left out in JSON.
 */
export function inKeyOrder(o: Observation): Observation {
  const s = o.source;
  return {
    area: o.area,
    gender: o.gender,
    indicator: o.indicator,
    n: o.n,
    note: o.note,
    period: o.period,
    preliminary: o.preliminary,
    source: { cell: s.cell, file: s.file, pointer: s.pointer, sheet: s.sheet },
    status: o.status,
    unit: o.unit,
    value: o.value,
  };
}

/**
 * An indicator's observations file: its observations in the fixed order, one per line, as stableLines
 * writes them but in half the time (one JSON.stringify for many observations, not one per observation).
 * The lines are broken where one record ends and the next begins: made by inKeyOrder, a record holds
 * no array and one object, its source, so `},{"` is found only between records — inside a string
 * every `"` is escaped. The text comes in pieces (src/write/textPieces.ts).
 */
export function observationLines(observations: readonly Observation[], perPiece = RECORDS_PER_PIECE): string[] {
  if (observations.length === 0) return ['[]\n'];
  const sorted = observations.map(inKeyOrder).sort(compareObservations);
  const pieces = ['[\n'];
  for (let i = 0; i < sorted.length; i += perPiece) {
    if (i > 0) pieces.push(',\n');
    pieces.push(JSON.stringify(sorted.slice(i, i + perPiece)).slice(1, -1).replaceAll('},{"', '},\n{"'));
  }
  pieces.push('\n]\n');
  return pieces;
}

/** Bytes of an observations file parsed at a time (parseObservationLines): some 500 records. */
const PARSE_PIECE_BYTES = 64 << 10;

/**
 * An observations file's observations, as JSON.parse gives them, parsed a piece of lines at a time:
 * in observationLines' text every line between the brackets is one record, so no string of
 * hundreds of kB is made (src/write/textPieces.ts). A text in another form is parsed whole.
 */
export function parseObservationLines(bytes: Uint8Array): Observation[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = () => JSON.parse(text.toString('utf8')) as Observation[];
  // '[\n', the records with ',\n' between them, '\n]\n'.
  const end = text.length - 3;
  if (end < 2 || text[0] !== 0x5b || text[1] !== 0x0a || text.toString('latin1', end) !== '\n]\n') return whole();
  const out: Observation[] = [];
  for (let start = 2; start < end; ) {
    // Up to the end of a line: after a record and its comma, or the last record.
    const next = text.indexOf(0x0a, start + PARSE_PIECE_BYTES);
    const stop = next < 0 || next > end ? end : next;
    const lines = text.toString('utf8', start, stop);
    // A piece but the last ends with a record and its comma.
    if (stop < end && !lines.endsWith(',')) return whole();
    let records: Observation[];
    try {
      records = JSON.parse(`[${stop < end ? lines.slice(0, -1) : lines}]`) as Observation[];
    } catch {
      return whole();
    }
    for (const record of records) out.push(record);
    start = stop + 1;
  }
  return out;
}

export function buildManifest(dataset: Dataset, files: InputFile[]): Manifest {
  let observations = 0;
  let values = 0;
  for (const list of dataset.observations.values()) {
    observations += list.length;
    for (const o of list) if (o.value !== null) values++;
  }
  const dates = dataset.indicators.map((i) => i.lastUpdated).filter((d): d is string => d !== undefined).sort();
  const manifest: Manifest = {
    schemaVersion: '1',
    counts: {
      files: files.length,
      indicators: dataset.indicators.length,
      observations,
      values,
      areas: dataset.areas.length,
      units: dataset.units.length,
    },
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
  if (dates.length) manifest.dataUpdated = dates[dates.length - 1];
  return manifest;
}

/** The observations file of an indicator, by its path in the data folder. */
export const observationsFile = (id: string) => `observations/${id}.json`;

/**
 * The write stage: the dataset as deterministic JSON files in `dir` (which the
 * caller has made empty but for the observations files it placed already: `placed`,
 * by path). The manifest is written last, so its presence marks a complete write.
 * `written` is told of each indicator whose observations file is in place, the
 * indicators, areas, units and site.json being written before the first.
 */
export async function writeDataset(
  dataset: Dataset,
  files: InputFile[],
  dir: string,
  placed: ReadonlySet<string> | ReadonlyMap<string, unknown> = new Set(),
  written: (id: string) => void = () => {},
): Promise<Manifest> {
  await mkdir(join(dir, 'observations'), { recursive: true });
  await writeFile(join(dir, 'indicators.json'), stableLines(dataset.indicators));
  await writeFile(join(dir, 'areas.json'), stableLines(dataset.areas));
  await writeFile(join(dir, 'units.json'), stableLines(dataset.units));
  if (dataset.config) await writeFile(join(dir, 'site.json'), stableStringify(dataset.config, 2) + '\n');
  const texts = new TextWriter();
  for (const ind of dataset.indicators) {
    if (!placed.has(observationsFile(ind.id))) texts.write(join(dir, observationsFile(ind.id)), observationLines(dataset.observations.get(ind.id) ?? []));
    written(ind.id);
    // The writes block: the data files threads begun meanwhile get their next batch only when this thread's loop turns.
    await setImmediate();
  }
  const manifest = buildManifest(dataset, files);
  // The manifest is ours, not the controller's: a failure here is a bug, so it may throw.
  if (!validateManifest(manifest)) throw new Error('internal: manifest does not match schemas/manifest.schema.json');
  await writeFile(join(dir, 'manifest.json'), stableStringify(manifest, 2) + '\n');
  return manifest;
}
