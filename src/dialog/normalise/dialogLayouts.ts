// The three tables of data/dialog/, recognised by their header row like the results' layouts:
// each field has Swedish (and English) synonyms, the first being the README's header.
import type { Cell, RawTable } from '../../read/RawTable.ts';
import { cellText } from '../../normalise/cellText.ts';
import { headerKey, UNSAFE_HEADERS } from '../../normalise/headers.ts';

export type DialogLayout = 'dialogues' | 'questions' | 'priorities';

interface LayoutSpec {
  /** field → synonyms (the first is the header the README and the messages use). */
  fields: ReadonlyArray<readonly [string, readonly string[]]>;
  /** Every inner list needs one of its fields. */
  required: ReadonlyArray<readonly string[]>;
}

export const DIALOG_LAYOUTS: ReadonlyMap<DialogLayout, LayoutSpec> = new Map<DialogLayout, LayoutSpec>([
  ['dialogues', {
    fields: [
      ['id', ['Dialog-id', 'dialogid', 'id']],
      ['title', ['Titel', 'rubrik', 'namn', 'title']],
      ['start', ['Start', 'startdatum', 'starttid', 'från', 'datum', 'start date']],
      ['end', ['Slut', 'slutdatum', 'sluttid', 'till', 'end date', 'end']],
      ['form', ['Form', 'dialogform', 'metod', 'typ', 'format']],
      ['place', ['Plats eller kanal', 'plats', 'kanal', 'place', 'channel']],
      ['organiser', ['Arrangör', 'ansvarig', 'ansvarig nämnd', 'ansvarig förvaltning', 'organiser', 'organizer']],
      ['invited', ['Inbjudna', 'målgrupp', 'vilka bjöds in', 'invited']],
      ['invitedCount', ['Antal inbjudna', 'invited count']],
      ['participants', ['Antal deltagare', 'deltagare', 'antal svar', 'participants']],
      ['missing', ['Vilka saknades', 'saknades', 'om deltagandet', 'missing']],
      ['indicators', ['Mått-id', 'mått', 'måttid', 'indicators']],
      ['operatingAreas', ['Verksamhetsområden', 'verksamhetsområde', 'operating areas']],
      ['question', ['Fråga', 'frågeställning', 'question']],
      ['heard', ['Vi hörde', 'det här hörde vi', 'sammanfattning', 'we heard']],
      ['did', ['Vi gjorde', 'det här gjorde vi', 'åtgärder', 'we did']],
      ['decisionDate', ['Beslutsdatum', 'datum för beslut', 'decision date']],
      ['decision', ['Beslut', 'beslutsreferens', 'paragraf', 'decision']],
      ['status', ['Status', 'uppföljning', 'status']],
      ['link', ['Länk', 'läs mer', 'webbsida', 'url', 'link']],
    ],
    required: [['id'], ['title'], ['start'], ['form'], ['status']],
  }],
  ['questions', {
    fields: [
      ['indicator', ['Mått-id', 'mått', 'måttid', 'indicator']],
      ['asked', ['Frågedatum', 'ställd', 'datum', 'asked']],
      ['question', ['Fråga', 'question']],
      ['answer', ['Svar', 'answer']],
      ['answeredBy', ['Besvarad av', 'svarande', 'svarat av', 'answered by']],
      ['answered', ['Svarsdatum', 'besvarad', 'answered']],
    ],
    required: [['indicator'], ['asked'], ['question']],
  }],
  ['priorities', {
    fields: [
      ['year', ['År', 'year']],
      ['indicator', ['Mått-id', 'mått', 'måttid', 'indicator']],
      ['topic', ['Ämne', 'ämnesområde', 'topic']],
      ['count', ['Antal invånare', 'antal', 'antal röster', 'count']],
      ['channel', ['Kanal', 'var', 'channel']],
    ],
    required: [['year'], ['count'], ['indicator', 'topic']],
  }],
]);

const LOOKUP = new Map<DialogLayout, Map<string, string>>();
for (const [layout, spec] of DIALOG_LAYOUTS) {
  const map = new Map<string, string>();
  for (const [field, synonyms] of spec.fields) for (const s of synonyms) if (!map.has(headerKey(s))) map.set(headerKey(s), field);
  LOOKUP.set(layout, map);
}

/** The README's header of a field, as messages name it ("Vi hörde"). */
export function headerOf(layout: DialogLayout, field: string): string {
  return DIALOG_LAYOUTS.get(layout)!.fields.find(([f]) => f === field)?.[1][0] ?? field;
}

/** A few synonyms of a field, for missing-label's "expected" text. */
export function synonymsOf(layout: DialogLayout, field: string): string {
  const synonyms = DIALOG_LAYOUTS.get(layout)!.fields.find(([f]) => f === field)?.[1] ?? [field];
  return synonyms.slice(0, 3).map((s) => `”${s}”`).join(', ');
}

export interface DialogHeader {
  layout: DialogLayout;
  /** 0-based header row. */
  row: number;
  labels: string[];
  columns: Map<string, number>;
  unknownColumns: number[];
}

const SCAN_ROWS = 30;

function resolve(layout: DialogLayout, labels: string[]): { columns: Map<string, number>; unknown: number[] } {
  const lookup = LOOKUP.get(layout)!;
  const columns = new Map<string, number>();
  const unknown: number[] = [];
  labels.forEach((label, c) => {
    if (label === '') return;
    const field = lookup.get(headerKey(label));
    if (field === undefined || UNSAFE_HEADERS.has(headerKey(label))) unknown.push(c);
    else if (!columns.has(field)) columns.set(field, c);
  });
  return { columns, unknown };
}

/**
 * The header row and layout of a table: the first of its top rows in which one layout
 * finds all its required columns (the layout with the most columns wins a tie).
 */
export function detectDialogLayout(table: RawTable): DialogHeader | undefined {
  const rows = Math.min(table.rows.length, SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const labels = (table.rows[r] ?? []).map((cell: Cell) => cellText(cell).trim());
    let best: DialogHeader | undefined;
    for (const [layout, spec] of DIALOG_LAYOUTS) {
      const { columns, unknown } = resolve(layout, labels);
      if (!spec.required.every((any) => any.some((f) => columns.has(f)))) continue;
      if (!best || columns.size > best.columns.size) best = { layout, row: r, labels, columns, unknownColumns: unknown };
    }
    if (best) return best;
  }
  return undefined;
}
