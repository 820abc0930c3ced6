import type { Finding } from '../../problems/Finding.ts';
import { schemaDetail } from '../../validate/ajvMessage.ts';
import { at, describePlace } from '../../validate/place.ts';
import { validateDialogue, validateDialoguePriority, validateDialogueQuestion, type SchemaName } from '../../validate/schemas.ts';
import type { DialogData, Dialogue, DialoguePriority, DialogueQuestion } from '../DialogData.ts';

type Records = Pick<DialogData, 'dialogues' | 'questions' | 'priorities'>;

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Records that pass their schema; the others as schema-error at the row they came from. */
function schemaChecked<T extends { source: Dialogue['source'] }>(records: T[], name: SchemaName, validate: (v: unknown) => boolean, findings: Finding[]): T[] {
  return records.filter((record) => {
    if (validate(record)) return true;
    findings.push({ code: 'schema-error', ...at(record.source), params: schemaDetail(name, record) });
    return false;
  });
}

/**
 * The checks across rows and files: one dialogue per id, a question or a priority given once
 * (twice alike is a warning, twice unalike an error), and every record against its schema.
 * Returns the records in a fixed order: dialogues by start, questions by indicator and date,
 * priorities by year.
 */
export function checkDialogData(records: Records, findings: Finding[]): Records {
  const seen = new Map<string, Dialogue>();
  const dialogues: Dialogue[] = [];
  for (const d of records.dialogues) {
    const first = seen.get(d.id);
    if (first) findings.push({ code: 'duplicate-dialogue', ...at(d.source), value: d.id, params: { otherPlace: describePlace(first.source) } });
    else {
      seen.set(d.id, d);
      dialogues.push(d);
    }
  }
  const questions = new Map<string, DialogueQuestion>();
  for (const q of records.questions) {
    const first = questions.get(q.id);
    if (first) findings.push({ code: 'duplicate-row', ...at(q.source), params: { otherPlace: describePlace(first.source) } });
    else questions.set(q.id, q);
  }
  const priorities = new Map<string, DialoguePriority>();
  for (const p of records.priorities) {
    const key = JSON.stringify([p.year, p.indicator ?? '', p.topic ?? '', p.channel ?? '']);
    const first = priorities.get(key);
    if (!first) priorities.set(key, p);
    else if (first.count === p.count) findings.push({ code: 'duplicate-row', ...at(p.source), value: String(p.count), params: { otherPlace: describePlace(first.source) } });
    else findings.push({ code: 'conflicting-value', ...at(p.source), value: String(p.count), params: { other: String(first.count), otherPlace: describePlace(first.source) } });
  }
  return {
    dialogues: schemaChecked(dialogues, 'dialogue', validateDialogue, findings).sort(byKey((d) => `${d.start}\u0000${d.id}`)),
    questions: schemaChecked([...questions.values()], 'dialogue-question', validateDialogueQuestion, findings).sort(byKey((q) => `${q.indicator}\u0000${q.asked}\u0000${q.id}`)),
    priorities: schemaChecked([...priorities.values()], 'dialogue-priority', validateDialoguePriority, findings).sort(
      byKey((p) => JSON.stringify([p.year, p.indicator ?? '', p.topic ?? '', p.channel ?? ''])),
    ),
  };
}
