// The dialogue on results as a section beside the results (src/sections/): data/dialog/ holds
// the dialogue log, questions and answers, and the priorities tally; they are read and checked
// like the results, written to build/data/dialog/, and published as pages (src/pages/dialog/),
// calendars, a feed, API documents, bulk tables and DCAT datasets.
import type { Section } from '../sections/Section.ts';
import { DIALOG_FOLDER, DIALOG_SECTION, type DialogData } from './DialogData.ts';
import { dialogApiLinks } from './opendata/dialogApi.ts';
import { dialogBulkResources } from './opendata/dialogBulkResources.ts';
import { dialogDcatDatasets } from './opendata/dialogDcat.ts';
import { dialogSitemapPages } from './opendata/dialogSitemap.ts';
import { writeDialogData } from './write/writeDialogData.ts';
import { writeDialogFiles } from './write/writeDialogFiles.ts';

export const dialogSection: Section<DialogData> = {
  name: DIALOG_SECTION,
  folder: DIALOG_FOLDER,
  // The pages import the registry for the open-data hooks; the import and the gate (readers,
  // schema validators) load when they run, so a page's bundle never starts them.
  ingest: async (context) => (await import('./ingestDialog.ts')).ingestDialog(context),
  counts: (data) => ({ dialogues: data.dialogues.length, questions: data.questions.length, priorities: data.priorities.length }),
  write: writeDialogData,
  writeFiles: writeDialogFiles,
  bulkResources: dialogBulkResources,
  apiLinks: dialogApiLinks,
  dcatDatasets: dialogDcatDatasets,
  sitemapPages: dialogSitemapPages,
  verify: async (siteDir, dataDir, csp) => (await import('./validate/verifyDialog.ts')).verifyDialog(siteDir, dataDir, csp),
};
