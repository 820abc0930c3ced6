import { checkHeaders } from '../../normalise/checkHeaders.ts';
import { emptyNormalised } from '../../normalise/Normalised.ts';
import { TableScope } from '../../normalise/TableScope.ts';
import type { Finding } from '../../problems/Finding.ts';
import type { RawTable } from '../../read/RawTable.ts';
import type { DialogData } from '../DialogData.ts';
import { asOfLine } from './asOfLine.ts';
import type { DialogContext } from './DialogContext.ts';
import { detectDialogLayout, type DialogLayout } from './dialogLayouts.ts';
import { DialogRows } from './DialogRows.ts';
import { normaliseDialogues } from './normaliseDialogues.ts';
import { normalisePriorities } from './normalisePriorities.ts';
import { normaliseQuestions } from './normaliseQuestions.ts';

export interface DialogTable {
  /** undefined: no dialogue table was recognised. */
  layout?: DialogLayout;
  findings: Finding[];
  /** The log's "Senast uppdaterad" date, when it has one. */
  asOf?: string;
}

/** One table of data/dialog/ → records appended to `into`, with findings located to their cells. */
export function normaliseDialogTable(table: RawTable, context: DialogContext, into: Pick<DialogData, 'dialogues' | 'questions' | 'priorities'>): DialogTable {
  const header = detectDialogLayout(table);
  if (!header) return { findings: [] };
  const out = emptyNormalised();
  const scope = new TableScope(table, out);
  scope.labels = header.labels;
  checkHeaders(scope, { labels: header.labels, headerRow: header.row, dataStart: header.row + 1, unknownColumns: header.unknownColumns });
  const rows = new DialogRows(scope, header);
  const asOf = header.layout === 'dialogues' ? asOfLine(table, header.row) : undefined;
  if (header.layout === 'dialogues') normaliseDialogues(rows, context, into.dialogues, asOf);
  else if (header.layout === 'questions') normaliseQuestions(rows, context, into.questions);
  else normalisePriorities(rows, context, into.priorities);
  return { layout: header.layout, findings: out.findings, ...(asOf ? { asOf } : {}) };
}
