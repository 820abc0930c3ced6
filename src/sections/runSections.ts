import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteConfig } from '../model/types.gen.ts';
import type { DcatDatasetSpec } from '../opendata/dcat/DcatDatasetSpec.ts';
import type { SearchRecord } from '../opendata/search/SearchRecord.ts';
import type { ProblemList } from '../problems/ProblemList.ts';
import type { GateProblem } from '../verify/verifyBuild.ts';
import type { InputFile } from '../write/writeDataset.ts';
import type { Section, SectionContext } from './Section.ts';

/** Each section's validated value by name; a section with nothing to publish is absent. */
export type SectionValues = ReadonlyMap<string, unknown>;

/** Top-level folders of a data folder that belong to a section, not to the results. */
export function sectionFolders(sections: readonly Section[]): ReadonlySet<string> {
  return new Set(sections.map((s) => s.folder));
}

/** Runs every section's import; findings go to `problems`, files read to `files`. */
export async function ingestSections(
  sections: readonly Section[],
  context: SectionContext,
  problems: ProblemList,
  files: InputFile[],
): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  for (const section of sections) {
    const result = await section.ingest(context);
    problems.addAll(result.findings);
    files.push(...result.files);
    if (result.value !== undefined) values.set(section.name, result.value);
  }
  return values;
}

/** What each section with a value read, by section name (for the report). */
export function sectionCounts(sections: readonly Section[], values: SectionValues): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const section of sections) {
    const counts = values.has(section.name) ? section.counts?.(values.get(section.name)) : undefined;
    if (counts) out[section.name] = { ...counts };
  }
  return out;
}

/** Writes each section's value into `<dataDir>/<name>/`. */
export async function writeSections(sections: readonly Section[], values: SectionValues, dataDir: string): Promise<void> {
  for (const section of sections) {
    if (!values.has(section.name)) continue;
    const dir = join(dataDir, section.name);
    await mkdir(dir, { recursive: true });
    await section.write(values.get(section.name), dir);
  }
}

/** Writes each section's data files into the site tree `outDir`. */
export async function writeSectionFiles(sections: readonly Section[], dataDir: string, outDir: string, site: SiteConfig): Promise<void> {
  for (const section of sections) await section.writeFiles?.(dataDir, outDir, site);
}

/** Every section's own post-build checks; `csp` as the gate read the pages' (see Section.verify). */
export async function verifySections(sections: readonly Section[], siteDir: string, dataDir: string, csp?: ReadonlyMap<string, string | null>): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  for (const section of sections) if (section.verify) problems.push(...(await section.verify(siteDir, dataDir, csp)));
  return problems;
}

/** Every section's links for /api/v1/index.json, by section name; sections without links are left out. */
export function sectionApiLinks(sections: readonly Section[], dataDir: string, site: SiteConfig): Record<string, Readonly<Record<string, string>>> {
  const out: Record<string, Readonly<Record<string, string>>> = {};
  for (const section of sections) {
    const links = section.apiLinks?.(dataDir, site);
    if (links && Object.keys(links).length > 0) out[section.name] = links;
  }
  return out;
}

/** Every section's datasets for the catalogue and the data page, in section order. */
export function sectionDcatDatasets(sections: readonly Section[], dataDir: string, site: SiteConfig): DcatDatasetSpec[] {
  return sections.flatMap((section) => section.dcatDatasets?.(dataDir, site) ?? []);
}

/** Every section's pages for the sitemap, in section order. */
export function sectionSitemapPages(sections: readonly Section[], dataDir: string): { path: string; lastmod?: string }[] {
  return sections.flatMap((section) => section.sitemapPages?.(dataDir) ?? []);
}

/** Every section's search records, in section order, their paths under `basePath` ("/resultat" or ""). */
export function sectionSearchRecords(sections: readonly Section[], dataDir: string, basePath: string): SearchRecord[] {
  return sections.flatMap((section) => section.searchRecords?.(dataDir) ?? []).map((r) => ({ ...r, url: `${basePath}${r.url}` }));
}
