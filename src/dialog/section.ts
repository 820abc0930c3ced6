// The dialogue on results as a section beside the results (src/sections/): data/dialog/ holds
// the dialogue log, questions and answers, and the priorities tally; they are read and checked
// like the results, written to build/data/dialog/, and published as pages (src/pages/dialog/),
// a calendar, a feed, API documents, bulk tables and DCAT datasets.
import { severityOf } from '../problems/catalogue.ts';
import type { Section } from '../sections/Section.ts';
import { asOfDate } from './asOfDate.ts';
import { DIALOG_FOLDER, DIALOG_SECTION, type DialogData } from './DialogData.ts';
import { dialogBulkResources } from './opendata/dialogBulkResources.ts';
import { dialogApiLinks } from './opendata/dialogApi.ts';
import { listDialogFiles } from './read/listDialogFiles.ts';
import { readDialogFiles } from './read/readDialogFiles.ts';
import { checkDialogData } from './validate/checkDialogData.ts';
import { maskFindings } from './validate/maskFindings.ts';
import { verifyDialog } from './validate/verifyDialog.ts';
import { writeDialogData } from './write/writeDialogData.ts';
import { writeDialogFiles } from './write/writeDialogFiles.ts';

export const dialogSection: Section<DialogData> = {
  name: DIALOG_SECTION,
  folder: DIALOG_FOLDER,

  async ingest({ dataDir, indicators }) {
    const paths = await listDialogFiles(dataDir, DIALOG_FOLDER);
    if (paths.length === 0) return { findings: [], files: [] };
    const read = await readDialogFiles(dataDir, paths, indicators);
    const records = checkDialogData(read.records, read.findings);
    const findings = maskFindings(read.findings);
    if (findings.some((f) => severityOf(f.code) === 'error')) return { findings, files: read.files };
    return { findings, files: read.files, value: { ...asOfDate(read.asOf, process.env.SOURCE_DATE_EPOCH, indicators), ...records } };
  },

  write: writeDialogData,
  writeFiles: writeDialogFiles,
  bulkResources: dialogBulkResources,
  apiLinks: dialogApiLinks,
  verify: verifyDialog,
};
