import { createHash } from 'node:crypto';
import type { DialogueQuestion } from '../../model/types.gen.ts';
import type { DialogContext } from './DialogContext.ts';
import type { DialogRows } from './DialogRows.ts';
import { headerOf } from './dialogLayouts.ts';

/**
 * A question's id: the indicator, the date asked and a digest of the question, so it stays
 * the same when rows are added or reordered (and changes only when the question is edited).
 */
export function questionId(indicator: string, asked: string, question: string): string {
  return `${indicator}-${asked}-${createHash('sha256').update(question).digest('hex').slice(0, 6)}`;
}

/** Questions and answers per indicator: one question per row. */
export function normaliseQuestions(rows: DialogRows, context: DialogContext, out: DialogueQuestion[]): void {
  const { scope } = rows;
  const name = (field: string) => headerOf('questions', field);
  rows.each('indicator', () => {
    const indicator = rows.required('indicator');
    if (indicator !== undefined && !context.indicators.has(indicator)) rows.report('unknown-indicator', 'indicator');
    const asked = rows.need('asked') ? rows.dateTime('asked', true) : undefined;
    const question = rows.published('question', 'long', true);
    const answer = rows.published('answer');
    const answeredBy = rows.published('answeredBy', 'short');
    const answered = rows.dateTime('answered', true);
    if (asked !== undefined && answered !== undefined && answered < asked) {
      rows.report('date-order', 'answered', { later: name('answered'), laterDate: answered, earlier: name('asked'), earlierDate: asked });
    }
    if (!rows.ok || indicator === undefined || asked === undefined || question === undefined) return;
    const record: DialogueQuestion = { id: questionId(indicator, asked, question), indicator, asked, question, source: scope.source(rows.r, rows.column('question')) };
    if (answer !== undefined) record.answer = answer;
    if (answeredBy !== undefined) record.answeredBy = answeredBy;
    if (answered !== undefined) record.answered = answered;
    out.push(record);
  });
}
