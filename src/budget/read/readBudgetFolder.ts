// data/budget/: every export in it read (through the same readers, limits and worker isolation
// as the results' files), each table's reading plan found or taken from its mapping sidecar,
// and normalised. A file none of whose tables is recognised is an error: it was put there to be
// published.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { BudgetMapping } from '../../model/types.gen.ts';
import type { Finding } from '../../problems/Finding.ts';
import { readIsolated } from '../../read/readIsolated.ts';
import { toA1 } from '../../read/a1.ts';
import { schemaDetail } from '../../validate/ajvMessage.ts';
import { validateBudgetMapping } from '../../validate/schemas.ts';
import type { InputFile } from '../../write/writeDataset.ts';
import { budgetPlanFromMapping, detectBudgetPlan } from '../normalise/budgetPlan.ts';
import { normaliseBudgetTable, type BudgetPart } from '../normalise/normaliseBudgetTable.ts';
import { BUDGET_FOLDER } from '../site/readBudget.ts';

const MAPPING_SUFFIX = '.mapping.json';
/** Documentation and images may sit beside the exports. */
const NOT_DATA = new Set(['.md', '.pdf', '.png', '.svg', '.jpg', '.jpeg', '.gif', '.webp']);

export interface BudgetFolder {
  parts: BudgetPart[];
  findings: Finding[];
  files: InputFile[];
}

/** The export files of the folder, relative to the data folder, sorted. */
async function listExports(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, BUDGET_FOLDER);
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const rel = relative(dataDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.') || part.startsWith('~$'))) continue;
    if (entry.name.endsWith(MAPPING_SUFFIX) || NOT_DATA.has(extname(entry.name).toLowerCase())) continue;
    out.push(rel);
  }
  return out.sort();
}

/** The sidecar of an export: undefined when there is none, null when it is broken (reported). */
async function readMapping(dataDir: string, rel: string, findings: Finding[]): Promise<BudgetMapping | null | undefined> {
  const mappingRel = rel + MAPPING_SUFFIX;
  let text: string;
  try {
    text = await readFile(join(dataDir, mappingRel), 'utf8');
  } catch {
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    findings.push({ code: 'json-syntax', file: mappingRel, params: { detail: (e as Error).message.slice(0, 120) } });
    return null;
  }
  if (!validateBudgetMapping(data)) {
    findings.push({ code: 'mapping-invalid', file: mappingRel, params: schemaDetail('budget-mapping', data) });
    return null;
  }
  return data as BudgetMapping;
}

/** Reads and normalises every export in data/budget/. */
export async function readBudgetFolder(dataDir: string): Promise<BudgetFolder> {
  const result: BudgetFolder = { parts: [], findings: [], files: [] };
  for (const rel of await listExports(dataDir)) {
    const mapping = await readMapping(dataDir, rel, result.findings);
    const abs = join(dataDir, rel);
    if (mapping === null) {
      // A broken sidecar: reading without it would guess wrong. The file is still listed as read.
      const bytes = await readFile(abs);
      result.files.push({ path: rel, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
      continue;
    }
    const read = await readIsolated(abs, rel, mapping?.sheet ? { sheet: mapping.sheet } : {});
    result.files.push({ path: rel, sha256: read.sha256, bytes: read.bytes });
    result.findings.push(...read.findings);
    if (read.kind === 'json') {
      result.findings.push({ code: 'unsupported-file', file: rel, params: { extension: 'json' } });
      continue;
    }
    if (read.kind !== 'tables') continue;
    let recognised = 0;
    for (const table of read.tables) {
      const planned = mapping ? budgetPlanFromMapping(table, mapping) : { plan: detectBudgetPlan(table), problems: [] };
      for (const p of planned.problems) result.findings.push({ code: 'mapping-invalid', file: rel + MAPPING_SUFFIX, params: { 'detail@sv': p.sv, 'detail@en': p.en } });
      const plan = planned.plan;
      if (!plan) {
        if (!mapping && table.sheet !== undefined) result.findings.push({ code: 'sheet-skipped', file: rel, sheet: table.sheet });
        continue;
      }
      recognised++;
      const location = { file: rel, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) };
      for (const d of plan.duplicates) {
        result.findings.push({ code: 'duplicate-label', ...location, cell: toA1(plan.headerRow, d.c), columnLabel: plan.labels[d.c], value: plan.labels[d.c], params: { other: toA1(plan.headerRow, d.other) } });
      }
      result.parts.push(normaliseBudgetTable(table, plan));
    }
    if (recognised === 0 && mapping === undefined) result.findings.push({ code: 'unknown-layout', file: rel, params: { file: rel } });
  }
  for (const part of result.parts) result.findings.push(...part.findings);
  return result;
}
