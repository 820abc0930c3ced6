import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteConfig } from '../model/types.gen.ts';
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

/** Every section's own post-build checks. */
export async function verifySections(sections: readonly Section[], siteDir: string, dataDir: string): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  for (const section of sections) if (section.verify) problems.push(...(await section.verify(siteDir, dataDir)));
  return problems;
}
