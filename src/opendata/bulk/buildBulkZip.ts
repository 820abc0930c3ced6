import { zipSync, strToU8, type Zippable } from 'fflate';
import { apiJson } from '../api/apiJson.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import { BULK_RESOURCES } from './bulkResources.ts';
import { bulkReadme } from './bulkReadme.ts';
import { dataPackageJson } from './buildDataPackage.ts';
import { releaseDate } from './releaseDate.ts';

/** Every file of the bulk zip, in the order they are stored (README first, then each table's CSV and JSON). */
export function bulkFiles(input: OpenDataInput): [name: string, text: string][] {
  const files: [string, string][] = [['README.md', bulkReadme(input)], ['datapackage.json', dataPackageJson(input)]];
  for (const r of BULK_RESOURCES) {
    files.push([r.csv, r.toCsv(input)], [r.json, apiJson(r.toJson(input))]);
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

/** alla-resultat.zip: deterministic bytes (fixed file order, fixed timestamps, fixed compression). */
export function buildBulkZip(input: OpenDataInput): Uint8Array<ArrayBuffer> {
  const mtime = zipTime(releaseDate(input));
  const entries: Zippable = {};
  for (const [name, text] of bulkFiles(input)) entries[name] = [strToU8(text), { mtime, level: 9 }];
  const bytes = zipSync(entries, { mtime, level: 9 });
  return new Uint8Array(bytes);
}
