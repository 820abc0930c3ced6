import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { ZipWriter } from '@zip.js/zip.js';
import type { Indicator, Observation } from '../../model/types.gen.ts';
import { csvHeader, csvLines, STANDARD_CSV } from '../../downloads/toCsv.ts';
import { toRows } from '../../downloads/toRows.ts';
import { JSON_ITEM_SEPARATOR, jsonArrayChunks, jsonArrayItem } from '../api/apiJson.ts';
import { observationsOf } from '../api/sortedObservations.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { allBulkResources } from './allBulkResources.ts';
import { bulkReadme } from './bulkReadme.ts';
import { dataPackageJson } from './buildDataPackage.ts';
import { sortedIndicators } from './bulkTables.ts';
import { combined, deflatePiece, FINAL_BLOCK, type DeflatePiece } from './deflatePieces.ts';
import { releaseDate } from './releaseDate.ts';

/** One file of the bulk zip: its name and its text, produced in chunks. */
export interface BulkEntry {
  name: string;
  chunks: () => Iterable<string>;
  /** Also published on the site beside datapackage.json (the CSV tables). */
  site: boolean;
}

/** Every file of the bulk zip, in the order they are stored (README first, then each table's CSV and JSON). */
export function bulkEntries(input: OpenDataInput): BulkEntry[] {
  const entries: BulkEntry[] = [
    { name: 'README.md', chunks: () => [bulkReadme(input)], site: false },
    { name: 'datapackage.json', chunks: () => [dataPackageJson(input)], site: false },
  ];
  for (const r of allBulkResources(input)) {
    entries.push({ name: r.csv, chunks: () => r.csvText(input), site: true }, { name: r.json, chunks: () => jsonArrayChunks(r.items(input)), site: false });
  }
  return entries;
}

const encoder = new TextEncoder();

/** A deflate piece whose compressed bytes are fetched when the zip is written (from the build cache, say). */
export interface LazyPiece {
  crc: number;
  bytes: number;
  data(): Promise<Uint8Array>;
}

/**
 * One indicator's share of the observations tables (observationer.csv and .json): its
 * CSV lines as text (the site publishes that table too) and both as deflate pieces.
 */
export interface IndicatorRows {
  csvText(): Promise<Uint8Array>;
  csv: LazyPiece;
  json: LazyPiece;
}

/** An indicator's rows in both observations tables, as text: its standard CSV lines (csvLines) and the JSON items (no brackets). */
export function indicatorRowsText(lines: string, sorted: readonly Observation[]): { csv: Uint8Array; json: Uint8Array } {
  return { csv: encoder.encode(lines), json: encoder.encode(sorted.map(jsonArrayItem).join(JSON_ITEM_SEPARATOR)) };
}

const ready = (piece: DeflatePiece): LazyPiece => ({ crc: piece.crc, bytes: piece.bytes, data: async () => piece.data });

/** IndicatorRows made from the data in hand (what the build cache holds, made here for tests and small inputs). */
export function indicatorRows(input: OpenDataInput, indicator: Indicator): IndicatorRows {
  const rows = toRows(indicator, input.observations.get(indicator.id) ?? [], input.areas, input.units);
  const text = indicatorRowsText(csvLines(rows, STANDARD_CSV), observationsOf(input, indicator.id));
  return { csvText: async () => text.csv, csv: ready(deflatePiece(text.csv)), json: ready(deflatePiece(text.json)) };
}

/**
 * The zip's timestamp: midnight of the release date. ZIP stores local "DOS" date fields and
 * the writer fills them from the Date's local getters, so the Date is built from local parts —
 * the stored fields are then the same in every time zone. 1980-01-01 is the DOS epoch.
 */
function zipTime(date: string | undefined): Date {
  const [y, m, d] = (date ?? '1980-01-01').split('-').map(Number);
  return new Date(Math.max(y, 1980), m - 1, d, 0, 0, 0);
}

/** A member of the zip: its deflate pieces in order, with their CRCs and lengths. */
export type Member = LazyPiece[];

/** `bytes` written to `stream`, once they are handed on. */
const written = (stream: WriteStream, bytes: Uint8Array | string) => new Promise<void>((resolve, reject) => stream.write(bytes, (e) => (e ? reject(e) : resolve())));
/** `stream` ended and its file closed. */
const ended = (stream: WriteStream) => new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));

/** Text per deflate piece of a member made from chunks: a table smaller than this is one piece. */
const PIECE_CHARS = 1 << 22;

/**
 * A member deflated a piece at a time as its chunks come, and written to `sitePath` too when
 * given: a section's table of a million rows (the supplier invoices) is never one string, nor
 * its bytes (as one, the data files stage of bench:finance peaked at 3.3 GB; a piece at a time, 0.9 GB).
 */
export async function memberOf(chunks: Iterable<string>, sitePath: string | undefined): Promise<Member> {
  const site = sitePath === undefined ? undefined : createWriteStream(sitePath);
  const member: Member = [];
  let text = '';
  const flush = async () => {
    const bytes = encoder.encode(text);
    text = '';
    member.push(ready(deflatePiece(bytes)));
    if (site) await written(site, bytes);
  };
  for (const chunk of chunks) {
    text += chunk;
    if (text.length >= PIECE_CHARS) await flush();
  }
  if (text.length > 0 || member.length === 0) await flush();
  if (site) await ended(site);
  return member;
}

function streamOf(member: Member): ReadableStream<Uint8Array> {
  const pieces = [...member, ready({ data: FINAL_BLOCK, crc: 0, bytes: 0 })];
  return Readable.toWeb(
    Readable.from(
      (async function* () {
        for (const piece of pieces) {
          const data = await piece.data();
          if (data.length > 0) yield data;
        }
      })(),
      { objectMode: false },
    ),
  ) as ReadableStream<Uint8Array>;
}

const textPiece = (text: string): LazyPiece => ready(deflatePiece(encoder.encode(text)));

export const BULK_ZIP = 'alla-resultat.zip';

/**
 * Writes the bulk download into `dir`: alla-resultat.zip and the tables' CSV files
 * published beside datapackage.json. Deterministic bytes (fixed member order, timestamps
 * and attributes, no extended time fields, each indicator's rows deflated at zlib level 6
 * on their own). The observations tables are assembled from each indicator's pieces
 * (`rowsOf`: by default made here from `input`; the build hands in the cached ones), so a
 * whole country's observations are never in memory and never compressed again whole.
 */
export async function writeBulkFiles(
  input: OpenDataInput,
  dir: string,
  rowsOf: (indicator: Indicator) => Promise<IndicatorRows> = async (indicator) => indicatorRows(input, indicator),
): Promise<void> {
  await mkdir(dir, { recursive: true });
  // The observations tables: the site's CSV written as the pieces come, the zip's members from the pieces.
  const csvMember: Member = [textPiece(csvHeader(STANDARD_CSV))];
  const jsonMember: Member = [];
  const site = createWriteStream(join(dir, 'observationer.csv'));
  await written(site, csvHeader(STANDARD_CSV));
  for (const indicator of sortedIndicators(input)) {
    const rows = await rowsOf(indicator);
    if (rows.csv.bytes > 0) {
      await written(site, await rows.csvText());
      csvMember.push(rows.csv);
    }
    if (rows.json.bytes > 0) jsonMember.push(...(jsonMember.length > 0 ? [textPiece(JSON_ITEM_SEPARATOR)] : []), rows.json);
  }
  await ended(site);
  const observationsJson = jsonMember.length > 0 ? [textPiece('[\n  '), ...jsonMember, textPiece('\n]\n')] : [textPiece('[]\n')];

  const out = createWriteStream(join(dir, BULK_ZIP));
  const zip = new ZipWriter(Writable.toWeb(out), {
    passThrough: true,
    compressionMethod: 8,
    level: 6,
    lastModDate: zipTime(releaseDate(input)),
    extendedTimestamp: false,
    dataDescriptor: false,
    useWebWorkers: false,
    keepOrder: true,
  });
  for (const entry of bulkEntries(input)) {
    let member: Member;
    if (entry.name === 'observationer.csv') member = csvMember;
    else if (entry.name === 'observationer.json') member = observationsJson;
    else member = await memberOf(entry.chunks(), entry.site ? join(dir, entry.name) : undefined);
    const { crc, bytes } = combined(member);
    await zip.add(entry.name, streamOf(member), { uncompressedSize: bytes, crc32: crc });
  }
  await zip.close();
}
