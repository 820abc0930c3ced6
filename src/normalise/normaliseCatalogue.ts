import type { Indicator } from '../model/types.gen.ts';
import { MAX_WORDS, plainLanguageProblems } from '../i18n/plainLanguage.ts';
import { cellText } from './cellText.ts';
import { excelDate } from './excelDate.ts';
import type { IndicatorDraft } from './Normalised.ts';
import type { Plan } from './Plan.ts';
import { RecordRows } from './RecordRows.ts';
import type { TableScope } from './TableScope.ts';

const DIRECTIONS = new Map<string, Indicator['direction']>([
  ['högre är bättre', 'higher-is-better'], ['högre', 'higher-is-better'], ['upp', 'higher-is-better'], ['+', 'higher-is-better'], ['higher is better', 'higher-is-better'], ['higher-is-better', 'higher-is-better'],
  ['lägre är bättre', 'lower-is-better'], ['lägre', 'lower-is-better'], ['ner', 'lower-is-better'], ['ned', 'lower-is-better'], ['-', 'lower-is-better'], ['lower is better', 'lower-is-better'], ['lower-is-better', 'lower-is-better'],
  ['neutral', 'neutral'], ['ingen', 'neutral'],
]);
const ATTRIBUTIONS = new Map<string, Indicator['attribution']>([
  ['kolada', 'kolada'], ['källa: kolada', 'kolada'],
  ['bearbetad kolada', 'kolada-processed'], ['bearbetning', 'kolada-processed'], ['bearbetning av data från kolada', 'kolada-processed'], ['kolada-processed', 'kolada-processed'],
  ['egen', 'local'], ['lokal', 'local'], ['local', 'local'],
]);
const YES = new Set(['ja', 'j', 'x', 'true', 'sant', 'yes', '1']);
const NO = new Set(['nej', 'n', 'false', 'falskt', 'no', '0']);

function key(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Catalogue columns of the English texts (field → its key in Indicator['en']) and how each is cleaned. */
const ENGLISH: ReadonlyArray<readonly [field: string, key: keyof NonNullable<Indicator['en']>, kind: 'short' | 'long']> = [
  ['titleEn', 'title', 'short'],
  ['questionEn', 'question', 'short'],
  ['descriptionEn', 'description', 'long'],
  ['definitionEn', 'definition', 'long'],
  ['formulaEn', 'formula', 'long'],
  ['unitEn', 'unit', 'short'],
  ['operatingAreaEn', 'operatingArea', 'short'],
  ['frequencyEn', 'frequency', 'short'],
];

/** The row's English texts ("Titel (engelska)" …), or undefined when it has none. */
function englishTexts(rows: RecordRows): Indicator['en'] {
  const en: NonNullable<Indicator['en']> = {};
  for (const [field, key, kind] of ENGLISH) {
    const text = rows.text(field, kind);
    if (text !== undefined) en[key] = text;
  }
  return Object.keys(en).length > 0 ? en : undefined;
}

/** The indicator catalogue: one row per indicator, read into drafts that validate completes. */
export function normaliseCatalogue(scope: TableScope, plan: Plan): void {
  const rows = new RecordRows(scope, plan);
  if (!rows.requireColumns('id', 'title')) return;
  rows.each('id', () => {
    const id = rows.required('id');
    const title = rows.required('title');
    if (id === undefined) return;
    const draft: IndicatorDraft = { id, metadata: scope.source(rows.r, rows.column('id')) };
    if (title !== undefined) draft.title = title;
    const question = rows.text('question', 'short');
    if (question !== undefined) draft.question = question;
    for (const field of ['description', 'definition', 'formula'] as const) {
      const text = rows.text(field, 'long');
      if (text !== undefined) draft[field] = text;
    }
    const unit = rows.text('unit', 'short');
    if (unit !== undefined) draft.unit = unit;
    const decimals = rows.number('decimals');
    if (decimals !== undefined) {
      if (Number.isInteger(decimals) && decimals >= 0 && decimals <= 6) draft.decimals = decimals;
      else rows.report('invalid-value', 'decimals', { field: 'decimals', allowed: 'Ett heltal 0–6, t.ex. 1.' });
    } else if (!rows.has('decimals') && unit !== undefined) {
      draft.decimals = unit === '%' ? 1 : 0;
    }
    const direction = rows.text('direction');
    if (direction !== undefined) {
      const d = DIRECTIONS.get(key(direction));
      if (d !== undefined) draft.direction = d;
      else rows.report('invalid-value', 'direction', { field: 'direction', allowed: '”högre är bättre”, ”lägre är bättre” eller ”neutral”.' });
    }
    const operatingArea = rows.text('operatingArea', 'short');
    if (operatingArea !== undefined) draft.operatingArea = operatingArea;
    const source = rows.text('source');
    if (source !== undefined) draft.source = source;
    const koladaId = rows.text('koladaId', 'short');
    if (koladaId !== undefined) draft.koladaId = koladaId;
    const attribution = rows.text('attribution');
    if (attribution !== undefined) {
      const a = ATTRIBUTIONS.get(key(attribution));
      if (a !== undefined) draft.attribution = a;
      else rows.report('invalid-value', 'attribution', { field: 'attribution', allowed: '”Kolada”, ”Bearbetad Kolada” eller ”Egen”.' });
    } else {
      draft.attribution = koladaId !== undefined && source !== undefined && /kolada/i.test(source) ? 'kolada' : 'local';
    }
    const min = rows.number('min');
    const max = rows.number('max');
    if (min !== undefined || max !== undefined) {
      draft.range = {};
      if (min !== undefined) draft.range.min = min;
      if (max !== undefined) draft.range.max = max;
    } else if (unit === '%' && !rows.has('min') && !rows.has('max')) {
      draft.range = { min: 0, max: 100 };
    }
    const target = rows.number('target');
    const targetYear = rows.year('targetYear');
    const hadTarget = rows.has('target');
    const hadYear = rows.has('targetYear');
    draft.targets = [];
    if (target !== undefined && targetYear !== undefined) {
      const t: Indicator['targets'][number] = { value: target, year: targetYear, source: scope.source(rows.r, rows.column('target')) };
      const decision = rows.text('decision');
      if (decision !== undefined) t.decision = decision;
      draft.targets.push(t);
    } else if (hadTarget && target !== undefined && !hadYear) {
      rows.report('target-without-year', rows.column('targetYear') >= 0 ? 'targetYear' : 'target', undefined, 'target');
    } else if (hadYear && !hadTarget) {
      scope.report('missing-cell', rows.r, rows.column('target') >= 0 ? rows.column('target') : rows.column('targetYear'), undefined, { field: 'target' });
      rows.ok = false;
    }
    for (const field of ['responsible', 'contact', 'frequency'] as const) {
      const text = rows.text(field, 'short');
      if (text !== undefined) draft[field] = text;
    }
    for (const field of ['lastUpdated', 'nextUpdate'] as const) {
      if (!rows.has(field)) continue;
      const date = excelDate(rows.cell(field), scope.table.date1904);
      if (date !== undefined) draft[field] = date;
      else rows.report('date-format', field);
    }
    const easyRead = rows.text('easyRead', 'long');
    if (easyRead !== undefined) {
      draft.easyRead = easyRead;
      // The rules the site's own sentences follow; the first break is enough to act on.
      const hard = plainLanguageProblems(easyRead)[0];
      if (hard) rows.report('hard-to-read', 'easyRead', { sentence: hard.sentence, maxWords: MAX_WORDS });
    }
    const en = englishTexts(rows);
    if (en) draft.en = en;
    const related = rows.text('related');
    draft.related = related === undefined ? [] : related.split(/[\s,;]+/).filter((s) => s !== '');
    if (related !== undefined) draft.relatedSource = scope.source(rows.r, rows.column('related'));
    if (rows.has('keyIndicator')) {
      const cell = rows.cell('keyIndicator');
      const text = cell !== null && typeof cell === 'object' && cell.t === 'b' ? String(cell.v) : key(cellText(cell));
      if (YES.has(text)) draft.keyIndicator = true;
      else if (NO.has(text)) draft.keyIndicator = false;
      else rows.report('invalid-value', 'keyIndicator', { field: 'keyIndicator', allowed: '”ja” eller ”nej” (eller x).' });
    }
    if (rows.ok) scope.out.indicators.push(draft);
  });
}
