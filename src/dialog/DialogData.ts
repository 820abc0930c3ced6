// The dialogue section's value: what the log, the questions and answers and the priorities
// say, validated, and the date the section regards as "today" for past and upcoming.
import type { Dialogue, DialoguePriority, DialogueQuestion } from '../model/types.gen.ts';

export type { Dialogue, DialoguePriority, DialogueQuestion };
export type DialogueForm = Dialogue['form'];
export type DialogueStatus = Dialogue['status'];

/** Where the "as of" date came from (see asOfDate.ts). */
export type AsOfSource = 'log' | 'source-date-epoch' | 'data';

export interface DialogMeta {
  /** YYYY-MM-DD: dialogues starting on or after it are upcoming. Absent when nothing gives a date. */
  asOf?: string;
  asOfSource?: AsOfSource;
}

export interface DialogData extends DialogMeta {
  dialogues: Dialogue[];
  questions: DialogueQuestion[];
  priorities: DialoguePriority[];
}

/** The section's name (its JSON under build/data/dialog/) and its folder under data/. */
export const DIALOG_SECTION = 'dialog';
export const DIALOG_FOLDER = 'dialog';

/** The log's words for the forms of dialogue, lower-case (the first of each is the README's). */
export const FORM_WORDS: ReadonlyMap<string, DialogueForm> = new Map<string, DialogueForm>([
  ['möte', 'meeting'], ['dialogmöte', 'meeting'], ['stormöte', 'meeting'], ['meeting', 'meeting'],
  ['enkät', 'survey'], ['undersökning', 'survey'], ['survey', 'survey'],
  ['medborgarpanel', 'citizen-panel'], ['panel', 'citizen-panel'], ['citizen panel', 'citizen-panel'],
  ['e-förslag', 'e-petition'], ['medborgarförslag', 'e-petition'], ['e-petition', 'e-petition'],
  ['webbdialog', 'web-dialogue'], ['digital dialog', 'web-dialogue'], ['web dialogue', 'web-dialogue'],
  ['samråd', 'consultation'], ['remiss', 'consultation'], ['consultation', 'consultation'],
  ['workshop', 'workshop'], ['fokusgrupp', 'focus-group'], ['focus group', 'focus-group'],
  ['öppet hus', 'open-house'], ['open house', 'open-house'],
  ['annat', 'other'], ['annan', 'other'], ['other', 'other'],
]);

export const STATUS_WORDS: ReadonlyMap<string, DialogueStatus> = new Map<string, DialogueStatus>([
  ['planerad', 'planned'], ['planned', 'planned'],
  ['pågår', 'ongoing'], ['pågående', 'ongoing'], ['ongoing', 'ongoing'],
  ['genomförd', 'held'], ['avslutad', 'held'], ['held', 'held'],
  ['återkopplad', 'reported'], ['återrapporterad', 'reported'], ['reported', 'reported'],
]);

/** Ids that are pages of their own under /dialog/ and so cannot name a dialogue. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['alla', 'tack', 'fungerar-dialogen', 'kalender', 'flode', 'en', 'sv']);
