// The pipeline as `npm run build` runs it up to the pages: import, the written JSON, the section's
// data files and the results' data files with the bulk zip — everything published but the HTML
// (the built-site tests cover that). For the privacy and reconciliation tests.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { ingest } from '../../src/ingest.ts';
import { SECTIONS } from '../../src/sections/sections.ts';
import { writeSectionFiles, writeSections } from '../../src/sections/runSections.ts';
import { writeDataFiles } from '../../src/write/writeDataFiles.ts';
import { writeDataset } from '../../src/write/writeDataset.ts';

export interface Published {
  data: string;
  files: string;
}

/** `dataFiles: false` leaves out the results' data files and the bulk zip (the slow part of a run). */
export async function publish(dataDir: string, out: string, { dataFiles = true } = {}): Promise<Published> {
  const result = await ingest(dataDir, { requireConfig: true });
  if (!result.dataset) throw new Error(`import failed: ${JSON.stringify(result.problems.findings.slice(0, 5))}`);
  const data = join(out, 'data');
  const files = join(out, 'files');
  await mkdir(files, { recursive: true });
  await writeDataset(result.dataset, result.files, data);
  await writeSections(SECTIONS, result.sections, data);
  await writeSectionFiles(SECTIONS, data, files, result.dataset.config!);
  if (dataFiles) await writeDataFiles({ dataDir: data, outDir: files }, 2);
  return { data, files };
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every published text by name: files as UTF-8, zip and xlsx entries unpacked, Pagefind fragments gunzipped. */
export function publishedTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of listFiles(dir)) {
    const bytes = readFileSync(join(dir, file));
    if (/\.(zip|xlsx)$/.test(file)) {
      for (const [name, entry] of Object.entries(unzipSync(bytes))) texts.set(`${file}/${name}`, Buffer.from(entry).toString('utf8'));
    } else if (file.endsWith('.pf_fragment')) texts.set(file, gunzipSync(bytes).toString('utf8'));
    else texts.set(file, bytes.toString('utf8'));
  }
  return texts;
}
