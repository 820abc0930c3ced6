import { join } from 'node:path';
import { t } from '../../i18n/t.ts';
import type { BulkResource } from '../../opendata/bulk/bulkResources.ts';
import { toCsvTable, type TableColumn } from '../../opendata/bulk/csvTable.ts';
import { DIALOG_SECTION, type Dialogue, type DialoguePriority, type DialogueQuestion } from '../DialogData.ts';
import { readDialogData } from '../write/writeDialogData.ts';

const ID = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';
const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const source = <R extends { source: Dialogue['source'] }>(): TableColumn<R>[] => [
  { name: 'kalla_fil', type: 'string', description: 'Filen i datamappen som raden lästes från.', descriptionEn: 'The file in the data folder the row was read from.', value: (r) => r.source.file },
  { name: 'kalla_blad', type: 'string', description: 'Bladet i filen, för kalkylblad.', descriptionEn: 'The sheet in the file, for spreadsheets.', value: (r) => opt(r.source.sheet) },
  { name: 'kalla_cell', type: 'string', description: 'Cellen (t.ex. A5).', descriptionEn: 'The cell (e.g. A5).', value: (r) => opt(r.source.cell) },
];

const FORMS = ['meeting', 'survey', 'citizen-panel', 'e-petition', 'web-dialogue', 'consultation', 'workshop', 'focus-group', 'open-house', 'other'] as const;
const STATUSES = ['planned', 'ongoing', 'held', 'reported'] as const;

const DIALOGUE_COLUMNS: TableColumn<Dialogue>[] = [
  { name: 'dialog_id', type: 'string', description: 'Dialogens id; sidan är /dialog/{id}/.', descriptionEn: 'The dialogue\'s id; its page is /dialog/{id}/.', constraints: { required: true, unique: true, pattern: '^[a-z0-9][a-z0-9-]{0,63}$' }, value: (d) => d.id },
  { name: 'titel', type: 'string', description: 'Dialogens namn.', descriptionEn: 'Title of the dialogue.', constraints: { required: true }, value: (d) => d.title },
  { name: 'start', type: 'string', description: 'Start: ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTHH:MM, svensk tid.', descriptionEn: 'Start: YYYY-MM-DD or YYYY-MM-DDTHH:MM, Swedish local time.', constraints: { required: true }, value: (d) => d.start },
  { name: 'slut', type: 'string', description: 'Slut, i samma form som start.', descriptionEn: 'End, in the same form as the start.', value: (d) => opt(d.end) },
  { name: 'form', type: 'string', description: `Dialogens form: ${FORMS.map((f) => `${f} = ${t(`dialog.forms.${f}`)}`).join(', ')}.`, descriptionEn: `Form of the dialogue: ${FORMS.join(', ')}.`, constraints: { required: true, enum: [...FORMS] }, value: (d) => d.form },
  { name: 'plats_eller_kanal', type: 'string', description: 'Plats för ett möte, kanal för en digital dialog.', descriptionEn: 'Place of a meeting, channel of a digital dialogue.', value: (d) => opt(d.place) },
  { name: 'arrangor', type: 'string', description: 'Nämnd eller förvaltning som höll dialogen.', descriptionEn: 'Board or department that held the dialogue.', value: (d) => opt(d.organiser) },
  { name: 'inbjudna', type: 'string', description: 'Vilka som bjöds in (målgrupp).', descriptionEn: 'Who was invited (target group).', value: (d) => opt(d.invited) },
  { name: 'antal_inbjudna', type: 'integer', description: 'Antal inbjudna.', descriptionEn: 'Number invited.', value: (d) => opt(d.invitedCount) },
  { name: 'antal_deltagare', type: 'integer', description: 'Antal som deltog (personer eller svar).', descriptionEn: 'Number who took part (people or answers).', value: (d) => opt(d.participants) },
  { name: 'vilka_saknades', type: 'string', description: 'Vilka som saknades bland deltagarna.', descriptionEn: 'Who was missing among the participants.', value: (d) => opt(d.missing) },
  { name: 'matt_id', type: 'string', description: 'Måtten dialogen gäller, åtskilda med semikolon.', descriptionEn: 'The indicators the dialogue concerns, separated by semicolons.', value: (d) => (d.indicators.length > 0 ? d.indicators.join(';') : null) },
  { name: 'verksamhetsomraden', type: 'string', description: 'Verksamhetsområdena dialogen gäller (också måttens), åtskilda med semikolon.', descriptionEn: 'The operating areas the dialogue concerns (its indicators\' too), separated by semicolons.', value: (d) => (d.operatingAreas.length > 0 ? d.operatingAreas.join(';') : null) },
  { name: 'fraga', type: 'string', description: 'Frågan som invånarna fick.', descriptionEn: 'The question residents were asked.', value: (d) => opt(d.question) },
  { name: 'vi_horde', type: 'string', description: 'Vi hörde: vad invånarna sa, sammanfattat.', descriptionEn: 'We heard: what residents said, summarised.', value: (d) => opt(d.heard) },
  { name: 'vi_gjorde', type: 'string', description: 'Vi gjorde: vad kommunen beslutade eller gjorde.', descriptionEn: 'We did: what the municipality decided or did.', value: (d) => opt(d.did) },
  { name: 'beslutsdatum', type: 'date', description: 'Datum för beslutet (ÅÅÅÅ-MM-DD).', descriptionEn: 'Date of the decision (YYYY-MM-DD).', value: (d) => opt(d.decisionDate) },
  { name: 'beslut', type: 'string', description: 'Beslutsreferens, t.ex. KF 2025-06-16 § 87.', descriptionEn: 'Decision reference, e.g. KF 2025-06-16 § 87.', value: (d) => opt(d.decision) },
  { name: 'status', type: 'string', description: `Uppföljning: ${STATUSES.map((s) => `${s} = ${t(`dialog.statuses.${s}`)}`).join(', ')}.`, descriptionEn: `Follow-up: ${STATUSES.join(', ')}.`, constraints: { required: true, enum: [...STATUSES] }, value: (d) => d.status },
  { name: 'lank', type: 'string', description: 'Länk till mer om dialogen.', descriptionEn: 'Link to more about the dialogue.', value: (d) => opt(d.link) },
  ...source<Dialogue>(),
];

const QUESTION_COLUMNS: TableColumn<DialogueQuestion>[] = [
  { name: 'fraga_id', type: 'string', description: 'Frågans id: mått, datum och sex tecken av frågans SHA-256.', descriptionEn: 'The question\'s id: indicator, date and six characters of the question\'s SHA-256.', constraints: { required: true, unique: true }, value: (q) => q.id },
  { name: 'matt_id', type: 'string', description: 'Måttet frågan gäller.', descriptionEn: 'The indicator the question is about.', constraints: { required: true, pattern: ID }, value: (q) => q.indicator },
  { name: 'fragedatum', type: 'date', description: 'Dagen frågan ställdes.', descriptionEn: 'The day the question was asked.', constraints: { required: true }, value: (q) => q.asked },
  { name: 'fraga', type: 'string', description: 'Frågan, som den publiceras.', descriptionEn: 'The question, as published.', constraints: { required: true }, value: (q) => q.question },
  { name: 'svar', type: 'string', description: 'Kommunens svar.', descriptionEn: 'The municipality\'s answer.', value: (q) => opt(q.answer) },
  { name: 'besvarad_av', type: 'string', description: 'Enheten eller förvaltningen som svarade.', descriptionEn: 'The unit or department that answered.', value: (q) => opt(q.answeredBy) },
  { name: 'svarsdatum', type: 'date', description: 'Dagen frågan besvarades.', descriptionEn: 'The day the question was answered.', value: (q) => opt(q.answered) },
  ...source<DialogueQuestion>(),
];

const PRIORITY_COLUMNS: TableColumn<DialoguePriority>[] = [
  { name: 'ar', type: 'integer', description: 'Året.', descriptionEn: 'The year.', constraints: { required: true }, value: (p) => p.year },
  { name: 'matt_id', type: 'string', description: 'Måttet som invånarna valde, när valet var ett mått.', descriptionEn: 'The indicator residents chose, when the choice was an indicator.', constraints: { pattern: ID }, value: (p) => opt(p.indicator) },
  { name: 'amne', type: 'string', description: 'Ämnet i ord, när valet inte var ett mått.', descriptionEn: 'The topic in words, when the choice was not an indicator.', value: (p) => opt(p.topic) },
  { name: 'antal_invanare', type: 'integer', description: 'Antal invånare som valde det.', descriptionEn: 'Number of residents who chose it.', constraints: { required: true }, value: (p) => p.count },
  { name: 'kanal', type: 'string', description: 'Var de sa det: formuläret på webbplatsen, en enkät, ett möte …', descriptionEn: 'Where they said it: the form on the site, a survey, a meeting …', value: (p) => opt(p.channel) },
  ...source<DialoguePriority>(),
];

const columns = <R>(c: readonly TableColumn<R>[]) => c as unknown as readonly TableColumn<never>[];
const MATT_FK = { fields: 'matt_id', reference: { resource: 'matt', fields: 'matt_id' } };

/** The dialogue's tables in the bulk zip and the Data Package (none when the data folder has no dialogue). */
export function dialogBulkResources(dataDir: string): readonly BulkResource[] {
  const data = readDialogData(join(dataDir, DIALOG_SECTION));
  if (!data) return [];
  return [
    {
      name: 'dialoger',
      csv: 'dialoger.csv',
      json: 'dialoger.json',
      title: 'Dialoger (vi hörde – vi gjorde)',
      titleEn: 'Dialogues (we heard – we did)',
      description: 'Dialogloggen: en dialog per rad med frågan, vilka som deltog, vad kommunen hörde och vad den beslutade eller gjorde.',
      descriptionEn: 'The dialogue log: one dialogue per row with the question, who took part, what the municipality heard and what it decided or did.',
      jsonShape: 'dialogue.schema.json',
      columns: columns(DIALOGUE_COLUMNS),
      primaryKey: 'dialog_id',
      csvText: () => [toCsvTable(DIALOGUE_COLUMNS, data.dialogues)],
      items: () => data.dialogues,
    },
    {
      name: 'dialogfragor',
      csv: 'dialogfragor.csv',
      json: 'dialogfragor.json',
      title: 'Frågor och svar om måtten',
      titleEn: 'Questions and answers on the indicators',
      description: 'Invånares frågor om ett mått, som de publiceras, med kommunens svar.',
      descriptionEn: 'Residents\' questions about an indicator, as published, with the municipality\'s answers.',
      jsonShape: 'dialogue-question.schema.json',
      columns: columns(QUESTION_COLUMNS),
      primaryKey: 'fraga_id',
      foreignKeys: [MATT_FK],
      csvText: () => [toCsvTable(QUESTION_COLUMNS, data.questions)],
      items: () => data.questions,
    },
    {
      name: 'dialogprioriteringar',
      csv: 'dialogprioriteringar.csv',
      json: 'dialogprioriteringar.json',
      title: 'Vad invånarna tycker är viktigast',
      titleEn: 'What residents say matters most',
      description: 'Per år, mått eller ämne och kanal: hur många invånare som sa att det är viktigast för dem.',
      descriptionEn: 'Per year, indicator or topic and channel: how many residents said it matters most to them.',
      jsonShape: 'dialogue-priority.schema.json',
      columns: columns(PRIORITY_COLUMNS),
      foreignKeys: [MATT_FK],
      csvText: () => [toCsvTable(PRIORITY_COLUMNS, data.priorities)],
      items: () => data.priorities,
    },
  ];
}
