// read → normalise → validate for data/leverantorsreskontra/: every export (CSV in any of the
// encodings, delimiters and line ends Swedish systems write, or a workbook), each with an optional
// mapping sidecar, and the optional mask list. Nothing is kept of a file with an error.
import { readdir, readFile as readBytes, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { InvoiceMapping } from '../../model/types.gen.ts';
import type { Finding } from '../../problems/Finding.ts';
import { severityOf } from '../../problems/catalogue.ts';
import { readIsolated } from '../../read/readIsolated.ts';
import type { SectionContext, SectionImport } from '../../sections/Section.ts';
import { schemaDetail } from '../../validate/ajvMessage.ts';
import { validateInvoiceMapping } from '../../validate/schemas.ts';
import type { InputFile } from '../../write/writeDataset.ts';
import type { InvoiceData, InvoiceFile } from '../aggregate/aggregate.ts';
import { newInvoiceContext, normaliseInvoiceTable, type InvoiceContext } from '../normalise/normaliseInvoices.ts';
import { InvoiceReaders, type ReadFileResult, type ReadTable } from './readInvoiceFiles.ts';
import { NO_RULES } from '../privacy/maskRules.ts';
import { checkAcrossFiles, type FileLines } from '../validate/checkAcrossFiles.ts';
import { filePeriod, periodText } from '../validate/filePeriod.ts';
import { MASK_LIST_NAME, readMaskList } from './readMaskList.ts';
import { INVOICE_FOLDER } from '../section.ts';

const MAPPING_SUFFIX = '.mapping.json';
/** Beside the exports: documentation and images, never data. */
const NOT_DATA = new Set(['.md', '.pdf', '.png', '.svg', '.jpg', '.jpeg', '.gif', '.webp']);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$') && !e.name.endsWith(MAPPING_SUFFIX) && !NOT_DATA.has(extname(e.name).toLowerCase()))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function loadMapping(abs: string, rel: string, findings: Finding[]): Promise<InvoiceMapping | null | undefined> {
  const exists = await stat(abs).then(() => true, () => false);
  if (!exists) return undefined;
  let data: unknown;
  try {
    data = JSON.parse((await readBytes(abs, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (e) {
    findings.push({ code: 'json-syntax', file: rel, params: { detail: (e as Error).message.slice(0, 120) } });
    return null;
  }
  if (!validateInvoiceMapping(data)) {
    findings.push({ code: 'mapping-invalid', file: rel, params: schemaDetail('invoice-mapping', data) });
    return null;
  }
  return data as InvoiceMapping;
}

/** Text exports, read in threads; workbooks are read one at a time with readIsolated's limits. */
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
/** Text exports read in threads only from this many bytes together. */
const THREADS_FROM_BYTES = 32 * 1024 * 1024;

/** A file read by readIsolated (a workbook in its isolated thread, a text file here) and normalised here, into ctx.store. */
async function readHere(abs: string, rel: string, mapping: InvoiceMapping | undefined, ctx: InvoiceContext, firstFile: number): Promise<ReadFileResult> {
  const read = await readIsolated(abs, rel, mapping?.sheet ? { sheet: mapping.sheet } : {});
  const tables: ReadTable[] = [];
  let fileIndex = firstFile;
  if (read.kind === 'tables') {
    for (const table of read.tables) {
      const result = normaliseInvoiceTable(table, fileIndex, mapping, ctx);
      if (result.recognised) fileIndex++;
      tables.push({ ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), recognised: result.recognised, findings: result.findings, voucherColumn: result.voucherColumn, start: result.start, end: result.end });
    }
  }
  return { read: { kind: read.kind, findings: read.findings, bytes: read.bytes, sha256: read.sha256 }, tables };
}

const isMaskList = (rel: string) => basename(rel, extname(rel)).toLowerCase() === MASK_LIST_NAME && !rel.includes('/');

/**
 * `threadsFromBytes`: text exports are read in threads when together at least this large (the
 * default, THREADS_FROM_BYTES; the tests set 0 to run the threads on small files); `threads`:
 * how many besides the main thread, `mainReads`: whether the main thread reads too (InvoiceReaders).
 */
export async function ingestInvoices(
  context: SectionContext,
  { threadsFromBytes = THREADS_FROM_BYTES, threads, mainReads }: { threadsFromBytes?: number; threads?: number; mainReads?: boolean } = {},
): Promise<SectionImport<InvoiceData>> {
  const dir = join(context.dataDir, INVOICE_FOLDER);
  const names = await listFiles(dir);
  const findings: Finding[] = [];
  const files: InputFile[] = [];
  if (names.length === 0) return { findings, files };
  const path = (name: string) => `${INVOICE_FOLDER}/${name}`;

  let rules = NO_RULES;
  const maskList = names.find(isMaskList);
  if (maskList) {
    const read = await readIsolated(join(dir, maskList), path(maskList));
    files.push({ path: path(maskList), sha256: read.sha256, bytes: read.bytes });
    findings.push(...read.findings);
    if (read.kind === 'tables') rules = readMaskList(read.tables, findings);
  }

  const ctx = newInvoiceContext(rules, context.config?.municipality);
  const perFile: FileLines[] = [];
  const inputs: InvoiceFile[] = [];
  // Sidecars first (a broken one means its file is not read), then threads start on the last text
  // files; the loop below, in file order, reads the next text file itself unless a thread has begun
  // it (then merges the thread's as soon as it is read), and reads workbooks.
  const plans: { name: string; rel: string; mapping?: InvoiceMapping; text: boolean }[] = [];
  for (const name of names) {
    if (name === maskList) continue;
    const rel = path(name);
    const mapping = await loadMapping(join(dir, name + MAPPING_SUFFIX), rel + MAPPING_SUFFIX, findings);
    if (mapping === null) continue;
    plans.push({ name, rel, ...(mapping ? { mapping } : {}), text: TEXT_EXTENSIONS.has(extname(name).toLowerCase()) });
  }
  // Threads pay for themselves on a large city's exports, not on a small town's: each costs the
  // loading of the reader (about half a second of CPU).
  const sizes = await Promise.all(plans.map((p) => (p.text ? stat(join(dir, p.name)).then((s) => s.size, () => 0) : 0)));
  const textBytes = sizes.reduce((a, b) => a + b, 0);
  if (textBytes < threadsFromBytes || textBytes === 0) for (const p of plans) p.text = false;
  const readers = new InvoiceReaders(
    plans.flatMap((p, index) => (p.text ? [{ index, absPath: join(dir, p.name), relPath: p.rel, bytes: sizes[index], ...(p.mapping ? { mapping: p.mapping } : {}) }] : [])),
    rules,
    context.config?.municipality,
    threads,
    mainReads,
  );
  try {
    for (const [index, { name, rel, mapping, text }] of plans.entries()) {
      let file: ReadFileResult;
      if (text) {
        try {
          file = await readers.take(index, ctx, inputs.length);
        } catch (e) {
          findings.push({ code: 'read-failed', file: rel, params: { detail: (e as Error).message.slice(0, 120) } });
          continue;
        }
      } else file = await readHere(join(dir, name), rel, mapping, ctx, inputs.length);
      files.push({ path: rel, sha256: file.read.sha256, bytes: file.read.bytes });
      findings.push(...file.read.findings);
      if (file.read.kind === 'json') {
        findings.push({ code: 'unsupported-file', file: rel, params: { extension: 'json' } });
        continue;
      }
      let recognised = 0;
      const skipped: Finding[] = [];
      for (const table of file.tables) {
        findings.push(...table.findings);
        if (!table.recognised) {
          if (table.sheet !== undefined) skipped.push({ code: 'sheet-skipped', file: rel, sheet: table.sheet });
          continue;
        }
        recognised++;
        const period = filePeriod(rel);
        const input: InvoiceFile = { path: rel, rows: table.end - table.start, ...(table.sheet !== undefined && file.tables.length > 1 ? { sheet: table.sheet } : {}) };
        if (period) input.period = periodText(period);
        inputs.push(input);
        perFile.push({ path: rel, ...(input.sheet !== undefined ? { sheet: input.sheet } : {}), start: table.start, end: table.end, voucherColumn: table.voucherColumn });
      }
      if (file.read.kind === 'tables' && recognised === 0) findings.push({ code: 'unknown-layout', file: rel, params: { file: rel } });
      else findings.push(...skipped);
    }
  } finally {
    await readers.close();
  }

  findings.push(...checkAcrossFiles(ctx.store, perFile));
  if (findings.some((f) => severityOf(f.code) === 'error')) return { findings, files };
  // Rows counted per file: lines already counted in an earlier file are not.
  perFile.forEach((file, i) => {
    let kept = 0;
    for (let k = file.start; k < file.end; k++) kept += ctx.store.kept[k];
    inputs[i].rows = kept;
  });
  return { findings, files, value: { files: inputs, store: ctx.store, suppliers: ctx.refs } };
}
