import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ZipWriter } from '@zip.js/zip.js';
import type { Indicator } from '../../model/types.gen.ts';
import { csvHeader, STANDARD_CSV } from '../../downloads/toCsv.ts';
import { JSON_ITEM_SEPARATOR, jsonArrayChunks } from '../api/apiJson.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { allBulkResources } from './allBulkResources.ts';
import { bulkReadme } from './bulkReadme.ts';
import { dataPackageJson } from './buildDataPackage.ts';
import { sortedIndicators } from './bulkTables.ts';
import { combined, deflatePiece, FINAL_BLOCK } from './deflatePieces.ts';
import { indicatorRows, ready, type IndicatorRows, type LazyPiece } from './indicatorRows.ts';
import { releaseDate } from './releaseDate.ts';

export type { IndicatorRows, LazyPiece } from './indicatorRows.ts';

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

/**
 * A file written with blocking calls: these run in the data files threads, where a write
 * waits for nothing else, and thousands of asynchronous writes of a 650 MB table each cost
 * a trip through libuv's pool and back.
 */
class FileOut {
  private readonly fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(bytes: Uint8Array | string): void {
    const data = typeof bytes === 'string' ? encoder.encode(bytes) : bytes;
    for (let at = 0; at < data.length; ) at += writeSync(this.fd, data, at);
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Text per deflate piece of a member made from chunks: a table smaller than this is one piece. */
const PIECE_CHARS = 1 << 22;

/**
 * A member deflated a piece at a time as its chunks come, and written to `sitePath` too when
 * given: a section's table of a million rows (the supplier invoices) is never one string, nor
 * its bytes (as one, the data files stage of bench:finance peaked at 3.3 GB; a piece at a time, 0.9 GB).
 */
export async function memberOf(chunks: Iterable<string>, sitePath: string | undefined): Promise<Member> {
  const site = sitePath === undefined ? undefined : new FileOut(sitePath);
  const member: Member = [];
  let text = '';
  const flush = () => {
    const bytes = encoder.encode(text);
    text = '';
    member.push(ready(deflatePiece(bytes)));
    site?.write(bytes);
  };
  try {
    for (const chunk of chunks) {
      text += chunk;
      if (text.length >= PIECE_CHARS) flush();
    }
    if (text.length > 0 || member.length === 0) flush();
  } finally {
    site?.close();
  }
  return member;
}

function streamOf(member: Member): ReadableStream<Uint8Array> {
  const pieces = [...member, ready({ data: FINAL_BLOCK, crc: 0, bytes: 0 })].values();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (let next = pieces.next(); !next.done; next = pieces.next()) {
        const data = await next.value.data();
        if (data.length > 0) return controller.enqueue(data);
      }
      controller.close();
    },
  });
}

const textPiece = (text: string): LazyPiece => ready(deflatePiece(encoder.encode(text)));

export const BULK_ZIP = 'alla-resultat.zip';
const OBSERVATIONS_CSV = 'observationer.csv';

/** What each indicator's rows are made from: by default the data in hand; the build hands in the cached pieces. */
export type RowsOf = (indicator: Indicator) => Promise<IndicatorRows>;

const madeHere = (input: OpenDataInput): RowsOf => async (indicator) => indicatorRows(input, indicator);

/**
 * Writes the bulk download into `dir`: alla-resultat.zip and the tables' CSV files
 * published beside datapackage.json. Deterministic bytes (fixed member order, timestamps
 * and attributes, no extended time fields, each indicator's rows deflated on their own at
 * zlib level 5 (deflatePieces.ts), the small members at 6). The observations tables are
 * assembled from each indicator's pieces (`rowsOf`), so a whole country's observations are
 * never in memory and never compressed again whole. The two halves are independent: the
 * build runs them in two threads.
 */
export async function writeBulkFiles(input: OpenDataInput, dir: string, rowsOf: RowsOf = madeHere(input)): Promise<void> {
  await writeObservationsTable(input, dir, rowsOf);
  await writeBulkZip(input, dir, rowsOf);
}

/** The site's observationer.csv (the zip's member of that name, uncompressed): the header, then each indicator's CSV lines. */
export async function writeObservationsTable(input: OpenDataInput, dir: string, rowsOf: RowsOf = madeHere(input)): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const site = new FileOut(join(dir, OBSERVATIONS_CSV));
  try {
    site.write(csvHeader(STANDARD_CSV));
    for (const indicator of sortedIndicators(input)) {
      const rows = await rowsOf(indicator);
      if (rows.csv.bytes > 0) site.write(await rows.csvText());
    }
  } finally {
    site.close();
  }
}

/** alla-resultat.zip, and the small tables' CSV files it also publishes on the site (all but observationer.csv). */
export async function writeBulkZip(input: OpenDataInput, dir: string, rowsOf: RowsOf = madeHere(input)): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const csvMember: Member = [textPiece(csvHeader(STANDARD_CSV))];
  const jsonMember: Member = [];
  for (const indicator of sortedIndicators(input)) {
    const rows = await rowsOf(indicator);
    if (rows.csv.bytes > 0) csvMember.push(rows.csv);
    if (rows.json.bytes > 0) jsonMember.push(...(jsonMember.length > 0 ? [textPiece(JSON_ITEM_SEPARATOR)] : []), rows.json);
  }
  const observationsJson = jsonMember.length > 0 ? [textPiece('[\n  '), ...jsonMember, textPiece('\n]\n')] : [textPiece('[]\n')];

  const out = new FileOut(join(dir, BULK_ZIP));
  try {
    const zip = new ZipWriter(
      new WritableStream<Uint8Array>({ write: (chunk) => out.write(chunk) }),
      {
        passThrough: true,
        compressionMethod: 8,
        level: 6,
        lastModDate: zipTime(releaseDate(input)),
        extendedTimestamp: false,
        dataDescriptor: false,
        useWebWorkers: false,
        keepOrder: true,
      },
    );
    for (const entry of bulkEntries(input)) {
      let member: Member;
      if (entry.name === OBSERVATIONS_CSV) member = csvMember;
      else if (entry.name === 'observationer.json') member = observationsJson;
      else member = await memberOf(entry.chunks(), entry.site ? join(dir, entry.name) : undefined);
      const { crc, bytes } = combined(member);
      await zip.add(entry.name, streamOf(member), { uncompressedSize: bytes, crc32: crc });
    }
    await zip.close();
  } finally {
    out.close();
  }
}
