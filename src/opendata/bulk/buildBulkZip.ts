import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { jsonArrayChunks } from '../api/apiJson.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { allBulkResources } from './allBulkResources.ts';
import { bulkReadme } from './bulkReadme.ts';
import { dataPackageJson } from './buildDataPackage.ts';
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

/**
 * The zip's timestamp: midnight of the release date. ZIP stores local "DOS" date fields and
 * yazl fills them from the Date's local getters, so the Date is built from local parts —
 * the stored fields are then the same in every time zone. 1980-01-01 is the DOS epoch.
 */
function zipTime(date: string | undefined): Date {
  const [y, m, d] = (date ?? '1980-01-01').split('-').map(Number);
  return new Date(Math.max(y, 1980), m - 1, d, 0, 0, 0);
}

function* utf8(chunks: Iterable<string>): Generator<Buffer> {
  for (const chunk of chunks) yield Buffer.from(chunk, 'utf8');
}

async function writeChunks(chunks: Iterable<string>, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await pipeline(Readable.from(utf8(chunks)), createWriteStream(file));
}

export const BULK_ZIP = 'alla-resultat.zip';

/**
 * Writes the bulk download into `dir`: alla-resultat.zip and the tables' CSV files
 * published beside datapackage.json. Deterministic bytes (fixed file order, fixed
 * timestamps and modes, no extended time fields, zlib level 6 — 9 costs seconds on a
 * Kolada-sized dataset for a file a few per cent smaller). Streamed end to end: the
 * tables are produced one indicator at a time, so a whole country's observations are
 * never in memory; each CSV is generated once and zipped from its file.
 */
export async function writeBulkFiles(input: OpenDataInput, dir: string): Promise<void> {
  const options = { mtime: zipTime(releaseDate(input)), mode: 0o100644, compressionLevel: 6, forceDosTimestamp: true };
  await mkdir(dir, { recursive: true });
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(join(dir, BULK_ZIP)));
  for (const entry of bulkEntries(input)) {
    if (entry.site) {
      await writeChunks(entry.chunks(), join(dir, entry.name));
      zip.addFile(join(dir, entry.name), entry.name, options);
    } else {
      const stream = Readable.from(utf8(entry.chunks()));
      zip.addReadStream(stream, entry.name, options);
      // One entry at a time: yazl reads streams in order, and a stream left waiting holds its chunks.
      await once(stream, 'end');
    }
  }
  zip.end();
  await written;
}
