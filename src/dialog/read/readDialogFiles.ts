import { join } from 'node:path';
import type { Indicator } from '../../model/types.gen.ts';
import type { Finding } from '../../problems/Finding.ts';
import { readIsolated } from '../../read/readIsolated.ts';
import type { InputFile } from '../../write/writeDataset.ts';
import type { DialogData } from '../DialogData.ts';
import { dialogContext } from '../normalise/DialogContext.ts';
import { normaliseDialogTable } from '../normalise/normaliseDialogTable.ts';

export interface DialogFilesRead {
  records: Pick<DialogData, 'dialogues' | 'questions' | 'priorities'>;
  findings: Finding[];
  files: InputFile[];
  /** The logs' "Senast uppdaterad" dates. */
  asOf: string[];
}

/**
 * read → normalise for every file of the dialogue's folder: each table is recognised by its
 * header (the log, questions and answers, priorities) wherever it is — one workbook with a
 * sheet each, or a file each. A file with no recognised table is an error (it was put there
 * to be published); an unrecognised sheet beside recognised ones is skipped with a warning.
 */
export async function readDialogFiles(dataDir: string, paths: readonly string[], indicators: readonly Indicator[]): Promise<DialogFilesRead> {
  const context = dialogContext(indicators);
  const out: DialogFilesRead = { records: { dialogues: [], questions: [], priorities: [] }, findings: [], files: [], asOf: [] };
  for (const path of paths) {
    const result = await readIsolated(join(dataDir, path), path);
    out.files.push({ path, sha256: result.sha256, bytes: result.bytes });
    out.findings.push(...result.findings);
    if (result.kind === 'failed') continue;
    let recognised = 0;
    for (const table of result.kind === 'tables' ? result.tables : []) {
      const read = normaliseDialogTable(table, context, out.records);
      out.findings.push(...read.findings);
      if (read.asOf) out.asOf.push(read.asOf);
      if (read.layout) recognised++;
      else if (table.sheet !== undefined) out.findings.push({ code: 'sheet-skipped', file: path, sheet: table.sheet });
    }
    if (recognised === 0) out.findings.push({ code: 'unknown-layout', file: path, params: { file: path } });
  }
  return out;
}
