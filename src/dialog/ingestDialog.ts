import { severityOf } from '../problems/catalogue.ts';
import type { SectionContext, SectionImport } from '../sections/Section.ts';
import { asOfDate } from './asOfDate.ts';
import { DIALOG_FOLDER, type DialogData } from './DialogData.ts';
import { listDialogFiles } from './read/listDialogFiles.ts';
import { readDialogFiles } from './read/readDialogFiles.ts';
import { checkDialogData } from './validate/checkDialogData.ts';
import { maskFindings } from './validate/maskFindings.ts';

/**
 * read → normalise → validate for data/dialog/: nothing when the folder is absent or empty;
 * the value only without errors. Every finding is masked before it leaves (maskFindings).
 */
export async function ingestDialog({ dataDir, indicators }: SectionContext): Promise<SectionImport<DialogData>> {
  const paths = await listDialogFiles(dataDir, DIALOG_FOLDER);
  if (paths.length === 0) return { findings: [], files: [] };
  const read = await readDialogFiles(dataDir, paths, indicators);
  const records = checkDialogData(read.records, read.findings);
  const findings = maskFindings(read.findings);
  if (findings.some((f) => severityOf(f.code) === 'error')) return { findings, files: read.files };
  return { findings, files: read.files, value: { ...asOfDate(read.asOf, process.env.SOURCE_DATE_EPOCH, indicators), ...records } };
}
