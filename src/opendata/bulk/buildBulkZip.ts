import { zipSync, strToU8, type Zippable } from 'fflate';
import { apiJsonBytes } from '../api/apiJson.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { BULK_RESOURCES } from './bulkResources.ts';
import { bulkReadme } from './bulkReadme.ts';
import { dataPackageJson } from './buildDataPackage.ts';
import { releaseDate } from './releaseDate.ts';

/** Every file of the bulk zip, in the order they are stored (README first, then each table's CSV and JSON). */
export function bulkFiles(input: OpenDataInput): [name: string, bytes: Uint8Array][] {
  const files: [string, Uint8Array][] = [['README.md', strToU8(bulkReadme(input))], ['datapackage.json', strToU8(dataPackageJson(input))]];
  for (const r of BULK_RESOURCES) {
    files.push([r.csv, r.toCsv(input)], [r.json, apiJsonBytes(r.toJson(input))]);
  }
  return files;
}

/**
 * The zip's timestamp: midnight of the release date. ZIP stores local "DOS" date fields and
 * fflate fills them from the Date's local getters, so the Date is built from local parts —
 * the stored fields are then the same in every time zone. 1980-01-01 is the DOS epoch.
 */
function zipTime(date: string | undefined): Date {
  const [y, m, d] = (date ?? '1980-01-01').split('-').map(Number);
  return new Date(Math.max(y, 1980), m - 1, d, 0, 0, 0);
}

// The data page shows the zip's size and the endpoint writes it: build it once per site data.
const built = new WeakMap<OpenDataInput, Uint8Array<ArrayBuffer>>();

/**
 * alla-resultat.zip: deterministic bytes (fixed file order, fixed timestamps, fixed
 * compression). Level 6, not 9: on a Kolada-sized dataset 9 costs seconds per
 * build for a file a few per cent smaller.
 */
export function buildBulkZip(input: OpenDataInput): Uint8Array<ArrayBuffer> {
  const cached = built.get(input);
  if (cached) return cached;
  const mtime = zipTime(releaseDate(input));
  const entries: Zippable = {};
  for (const [name, bytes] of bulkFiles(input)) entries[name] = [bytes, { mtime, level: 6 }];
  const zip = new Uint8Array(zipSync(entries, { mtime, level: 6 }));
  built.set(input, zip);
  return zip;
}
