import type { Problem } from '../model/types.gen.ts';
import { catalogue, type Language } from './catalogue.ts';
import type { Finding } from './Finding.ts';

const MAX_VALUE_CHARS = 80;

/** Field names used in messages, so "missing-label" can say "perioden" rather than "period". */
const FIELD_NAMES: Record<Language, Record<string, string>> = {
  sv: {
    indicator: 'mått (id)', area: 'område (kommunkod)', unit: 'enhet', period: 'period', gender: 'kön',
    value: 'värde', status: 'status', n: 'antal svar', note: 'kommentar', title: 'titel', id: 'id',
    unit_of_measure: 'enhet (%, kr …)', direction: 'riktning', decimals: 'decimaler', name: 'namn', code: 'kod',
    target: 'mål', targetYear: 'målår', preliminary: 'preliminär', type: 'typ', operator: 'huvudman', attribution: 'attribuering', keyIndicator: 'nyckelmått',
  },
  en: {
    indicator: 'indicator (id)', area: 'area (code)', unit: 'unit', period: 'period', gender: 'gender',
    value: 'value', status: 'status', n: 'number of answers', note: 'note', title: 'title', id: 'id',
    unit_of_measure: 'unit of measure (%, SEK …)', direction: 'direction', decimals: 'decimals', name: 'name', code: 'code',
    target: 'target', targetYear: 'target year', preliminary: 'preliminary', type: 'type', operator: 'operator', attribution: 'attribution', keyIndicator: 'key indicator',
  },
};

/**
 * An example of a valid value per field, for "Förväntat" (missing-cell, type-error …): each passes
 * the check its field has (test/cli/errorCodes.test.ts proves it), and a count is a whole number.
 */
export const FIELD_EXAMPLES: Record<Language, Record<string, string>> = {
  sv: {
    indicator: 'N15428', area: '0182', unit: 'V15E128300201', period: '2024', gender: 'T', value: '74,5', n: '412', id: 'N15428',
    title: 'Elever som är behöriga till gymnasiet', code: '0182', name: 'Nacka', target: '80', targetYear: '2026',
    interpretation: 'Resultatet har förbättrats.', min: '0', max: '100', decimals: '1',
  },
  en: {
    indicator: 'N15428', area: '0182', unit: 'V15E128300201', period: '2024', gender: 'T', value: '74.5', n: '412', id: 'N15428',
    title: 'Pupils eligible for upper secondary school', code: '0182', name: 'Nacka', target: '80', targetYear: '2026',
    interpretation: 'The result has improved.', min: '0', max: '100', decimals: '1',
  },
};

const numberFormats: Record<Language, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }),
};

/** A number in a message, the way the reader writes it: 412,5 in Swedish, 412.5 in English. */
export function messageNumber(value: number, lang: Language): string {
  if (!Number.isFinite(value)) return String(value);
  // sv-SE groups with U+00A0 or U+202F depending on ICU, and writes a true minus: keep both stable.
  return numberFormats[lang].format(value).replace(/[\u202f\u00a0]/g, '\u00a0').replace(/-/g, '\u2212');
}

/** Shorten long or multi-line text for a one-line message. */
export function truncate(text: string, max = MAX_VALUE_CHARS): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function fill(template: string, values: Record<string, string | number | undefined>, lang: Language): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    // A param may come in both languages ("detail@sv", "detail@en"), e.g. a schema message.
    const v = values[`${key}@${lang}`] ?? values[key];
    return v === undefined ? '' : typeof v === 'number' ? messageNumber(v, lang) : String(v);
  });
}

/** Render a finding as a located, translated problem (the shape of schemas/problem.schema.json). */
export function formatProblem(f: Finding, lang: Language = 'sv'): Problem {
  const entry = catalogue[f.code];
  const texts = entry[lang];
  const cellMatch = f.cell ? /^([A-Z]+)(\d+)$/.exec(f.cell) : null;
  const field = f.params?.field;
  const values: Record<string, string | number | undefined> = {
    hint: '',
    // A finding that names no field is about a value cell (type-error from a caller that did not say).
    example: FIELD_EXAMPLES[lang][typeof field === 'string' ? field : 'value'],
    ...f.params,
    field: typeof field === 'string' ? (FIELD_NAMES[lang][field] ?? field) : field,
    value: f.value === undefined ? undefined : truncate(f.value),
    columnLabel: f.columnLabel,
    sheet: f.sheet,
    cell: f.cell,
    file: f.file,
  };
  const problem: Problem = {
    code: f.code,
    severity: entry.severity,
    file: f.file,
    message: fill(texts.message, values, lang),
    fix: fill(texts.fix, values, lang),
  };
  if (f.sheet !== undefined) problem.sheet = f.sheet;
  if (f.cell !== undefined) problem.cell = f.cell;
  if (cellMatch) {
    problem.column = cellMatch[1];
    problem.row = Number(cellMatch[2]);
  }
  if (f.columnLabel !== undefined) problem.columnLabel = truncate(f.columnLabel);
  if (f.pointer !== undefined) problem.pointer = f.pointer;
  if (f.value !== undefined) problem.value = truncate(f.value);
  if ('expected' in texts && texts.expected) problem.expected = fill(texts.expected, values, lang);
  return problem;
}

/** "data/x.xlsx › Blad1 › C5" — where a problem is, as a controller reads it. */
export function formatLocation(p: Problem, lang: Language = 'sv'): string {
  const parts = [p.file];
  if (p.sheet !== undefined) parts.push(p.sheet);
  if (p.cell !== undefined) {
    // CSV files have no sheets: say row and column, as Excel shows them when the file is opened.
    parts.push(p.sheet === undefined ? (lang === 'sv' ? `rad ${p.row}, kolumn ${p.column}` : `row ${p.row}, column ${p.column}`) : p.cell);
  }
  if (p.pointer !== undefined) parts.push(p.pointer);
  return parts.join(' › ');
}
