import { join } from 'node:path';
import type { SiteConfig } from '../../model/types.gen.ts';
import { dataThemeIri } from '../../opendata/dcat/dataTheme.ts';
import type { DcatDatasetSpec } from '../../opendata/dcat/DcatDatasetSpec.ts';
import { DIALOG_SECTION } from '../DialogData.ts';
import { dateOf } from '../localDateTime.ts';
import { DIALOG_PATHS } from '../paths.ts';
import { readDialogData } from '../write/writeDialogData.ts';

const CSV = {
  format: 'CSV', title: { sv: 'CSV (UTF-8, kommatecken)', en: 'CSV (UTF-8, comma)' },
  description: { sv: 'Tabellen som CSV enligt RFC 4180: UTF-8 och kommatecken som avgränsare.', en: 'The table as RFC 4180 CSV: UTF-8, comma-separated.' },
} as const;
const JSON_FORMAT = {
  format: 'JSON', title: { sv: 'JSON', en: 'JSON' },
  description: { sv: 'Posterna som JSON, i formen som deras JSON Schema beskriver.', en: 'The records as JSON, in the shape their JSON Schema describes.' },
} as const;

/** The first and last day of a list of dates, when there are any. */
function span(dates: readonly string[]): { start: string; end: string } | undefined {
  const sorted = [...dates].sort();
  return sorted.length > 0 ? { start: sorted[0], end: sorted[sorted.length - 1] } : undefined;
}

/**
 * The dialogue's three tables as datasets of the catalogue: the log, the questions and answers,
 * and the priorities, each as CSV and as the API's JSON, dated by the log's own date.
 */
export function dialogDcatDatasets(dataDir: string, site: SiteConfig): DcatDatasetSpec[] {
  const data = readDialogData(join(dataDir, DIALOG_SECTION));
  if (!data) return [];
  const dates = data.asOf ? { issued: data.asOf, modified: data.asOf } : {};
  const common = {
    group: { sv: 'Dialogen om resultaten', en: 'The dialogue on the results' },
    theme: dataThemeIri('GOVE'),
    landingPage: DIALOG_PATHS.index,
    ...dates,
  };
  const keywords = (sv: string[], en: string[]) => ({ sv: ['medborgardialog', 'inflytande', site.name, ...sv], en: ['citizen dialogue', 'participation', ...en] });
  const files = (table: string, api: string) => [
    { key: 'csv', ...CSV, path: `/oppna-data/${table}.csv`, ...(data.asOf ? { modified: data.asOf } : {}) },
    { key: 'json', ...JSON_FORMAT, path: api, ...(data.asOf ? { modified: data.asOf } : {}) },
  ];
  const temporal = (range: { start: string; end: string } | undefined) => (range ? { temporal: range } : {});
  return [
    {
      key: 'dialoger',
      title: { sv: `Dialoger med invånarna i ${site.name} (vi hörde – vi gjorde)`, en: `Dialogues with the residents of ${site.name} (we heard – we did)` },
      description: {
        sv: `Dialogloggen: varje dialog som ${site.name} har haft eller planerar med invånarna om sina resultat, med frågan, vilka som deltog, vad kommunen hörde och vad den beslutade eller gjorde.`,
        en: `The dialogue log: every dialogue ${site.name} has held or plans with residents on its results, with the question, who took part, what the municipality heard and what it decided or did.`,
      },
      keywords: keywords(['vi hörde – vi gjorde', 'återkoppling'], ['feedback']),
      conformsTo: '/api/v1/schemas/dialogue.schema.json',
      ...temporal(span(data.dialogues.flatMap((d) => [dateOf(d.start), dateOf(d.end ?? d.start)]))),
      distributions: files('dialoger', DIALOG_PATHS.apiDialogues),
      ...common,
    },
    {
      key: 'dialogfragor',
      title: { sv: `Frågor och svar om ${site.name}s resultat`, en: `Questions and answers on the results of ${site.name}` },
      description: {
        sv: 'Invånares frågor om ett mått, som de publiceras, med kommunens svar, vem som svarade och när.',
        en: 'Residents\' questions about an indicator, as published, with the municipality\'s answers, who answered and when.',
      },
      keywords: keywords(['frågor och svar'], ['questions and answers']),
      conformsTo: '/api/v1/schemas/dialogue-question.schema.json',
      ...temporal(span(data.questions.flatMap((q) => [q.asked, ...(q.answered ? [q.answered] : [])]))),
      distributions: files('dialogfragor', DIALOG_PATHS.apiQuestions),
      ...common,
    },
    {
      key: 'dialogprioriteringar',
      title: { sv: `Vad invånarna i ${site.name} tycker är viktigast`, en: `What the residents of ${site.name} say matters most` },
      description: {
        sv: 'Per år, mått eller ämne och kanal: hur många invånare som sa att det är viktigast för dem.',
        en: 'Per year, indicator or topic and channel: how many residents said it matters most to them.',
      },
      keywords: keywords(['prioriteringar'], ['priorities']),
      conformsTo: '/api/v1/schemas/dialogue-priority.schema.json',
      ...temporal(span(data.priorities.flatMap((p) => [`${p.year}-01-01`, `${p.year}-12-31`]))),
      distributions: files('dialogprioriteringar', DIALOG_PATHS.apiPriorities),
      ...common,
    },
  ];
}
