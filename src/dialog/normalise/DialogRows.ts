import { severityOf } from '../../problems/catalogue.ts';
import { cellText, isEmptyCell } from '../../normalise/cellText.ts';
import { excelDate } from '../../normalise/excelDate.ts';
import { RecordRows } from '../../normalise/RecordRows.ts';
import type { TableScope } from '../../normalise/TableScope.ts';
import { findPersonalData, type PersonalDataKind } from '../../privacy/findPersonalData.ts';
import { safeHttpsUrl } from '../../site/safeHttpsUrl.ts';
import { headerOf, synonymsOf, type DialogHeader, type DialogLayout } from './dialogLayouts.ts';
import { parseLocalDateTime } from './parseLocalDateTime.ts';

const KIND_WORDS: Record<PersonalDataKind, { sv: string; en: string }> = {
  personnummer: { sv: 'ett personnummer', en: 'a personal identity number' },
  email: { sv: 'en e-postadress', en: 'an e-mail address' },
  phone: { sv: 'ett telefonnummer', en: 'a phone number' },
};

/** Example values for missing-cell's "expected", by field. */
const EXAMPLES: ReadonlyMap<string, string> = new Map([
  ['id', '2025-trygghet-centrum'], ['title', 'Trygghetsvandring i centrum'], ['start', '2025-03-18 18:00'], ['form', 'möte'],
  ['status', 'genomförd'], ['did', 'Belysningen längs gångvägen byts ut under hösten.'], ['indicator', 'N15428'], ['asked', '2025-02-11'],
  ['question', 'Varför minskade andelen?'], ['year', '2025'], ['count', '128'], ['topic', 'Trygghet i centrum'], ['answer', 'Andelen minskade eftersom …'],
]);

/**
 * RecordRows for the dialogue's tables: fields named by their README headers in messages,
 * and readers for what the log holds — published texts (checked for personal data before
 * anything else looks at them), dates and times, choices from a list, counts, lists of ids
 * and https links.
 */
export class DialogRows extends RecordRows {
  readonly layout: DialogLayout;

  constructor(scope: TableScope, header: DialogHeader) {
    const plan = { headerRow: header.row, dataStart: header.row + 1, columns: header.columns, skipRows: new Set<number>(), labels: header.labels, percentAsFraction: false };
    super(scope, plan, {
      name: (field) => headerOf(header.layout, field),
      labels: (field) => synonymsOf(header.layout, field),
      example: (field) => EXAMPLES.get(field) ?? '',
    });
    this.layout = header.layout;
  }

  /**
   * A text that will be published: short (a title or name: one line) or long (may keep line
   * breaks). Anything in it that looks like personal data is an error at the cell, reported
   * with the match masked, and the text is not returned.
   */
  published(field: string, kind: 'short' | 'long' = 'long', required = false): string | undefined {
    const cell = this.cell(field);
    const found = isEmptyCell(cell) ? [] : findPersonalData(cellText(cell));
    for (const match of found) {
      this.scope.report('personal-data', this.r, this.column(field), undefined, {
        'kind@sv': KIND_WORDS[match.kind].sv, 'kind@en': KIND_WORDS[match.kind].en, masked: match.masked,
      });
    }
    if (found.length > 0) {
      this.ok = false;
      return undefined;
    }
    return required ? this.required(field, kind) : this.text(field, kind);
  }

  /** True when the field's cell has something; else missing-cell (a required field). */
  need(field: string): boolean {
    if (this.has(field)) return true;
    this.required(field);
    return false;
  }

  /** A date, or a date and time; date-format when it cannot be read. */
  dateTime(field: string, dateOnly = false): string | undefined {
    const cell = this.cell(field);
    if (isEmptyCell(cell)) return undefined;
    const value = dateOnly ? excelDate(cell, this.scope.table.date1904) : parseLocalDateTime(cell, this.scope.table.date1904);
    if (value === undefined) this.report('date-format', field);
    return value;
  }

  /** One of a list of words (case-insensitive); invalid-value naming the allowed words otherwise. */
  choice<T>(field: string, words: ReadonlyMap<string, T>, allowed: string): T | undefined {
    const text = this.text(field, 'short');
    if (text === undefined) return undefined;
    const value = words.get(text.toLowerCase());
    if (value === undefined) this.report('invalid-value', field, { field: headerOf(this.layout, field), allowed });
    return value;
  }

  /** A whole number ≥ 0 (a count of people). */
  count(field: string): number | undefined {
    const value = this.number(field);
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && value >= 0) return value;
    this.report('invalid-value', field, { field: headerOf(this.layout, field), allowed: 'Ett heltal, 0 eller mer, t.ex. 42.' });
    return undefined;
  }

  /** Items of a list cell ("N15428, EX-SKO-01"), split on commas and semicolons, without empties or repeats. */
  list(field: string): string[] {
    const text = this.text(field, 'quiet');
    if (text === undefined) return [];
    return [...new Set(text.split(/[,;\n]+/).map((s) => s.trim()).filter((s) => s !== ''))];
  }

  /** An https link; invalid-value for anything else (http:, javascript:, a bare word). */
  https(field: string): string | undefined {
    const text = this.text(field, 'short');
    if (text === undefined) return undefined;
    const url = safeHttpsUrl(text);
    if (url === undefined) this.report('invalid-value', field, { field: headerOf(this.layout, field), allowed: 'En fullständig adress som börjar med https://' });
    return url;
  }

  /** A problem at a field's cell with another value than the cell's text (an id out of a list). */
  reportValue(code: Parameters<TableScope['report']>[0], field: string, value: string, params?: Record<string, string | number>): void {
    this.scope.report(code, this.r, this.column(field), value, params);
    if (severityOf(code) === 'error') this.ok = false;
  }
}
