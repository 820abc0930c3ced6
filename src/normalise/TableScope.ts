import type { Provenance } from '../model/types.gen.ts';
import type { ProblemCode } from '../problems/catalogue.ts';
import type { Finding } from '../problems/Finding.ts';
import { columnLetter } from '../read/a1.ts';
import type { RawTable } from '../read/RawTable.ts';
import type { Normalised } from './Normalised.ts';

const MAX_VALUE_TEXT = 200;

/**
 * Where findings and provenance of one table go: knows the file, sheet and
 * header labels, so each finding is located to an A1 cell with its column's label.
 */
export class TableScope {
  readonly table: RawTable;
  readonly out: Normalised;
  labels: string[] = [];
  private readonly letters: string[] = [];

  constructor(table: RawTable, out: Normalised) {
    this.table = table;
    this.out = out;
  }

  letter(c: number): string {
    let l = this.letters[c];
    if (l === undefined) {
      l = columnLetter(c);
      this.letters[c] = l;
    }
    return l;
  }

  /** A1 reference, with column letters computed once per column. */
  a1(r: number, c: number): string {
    return this.letter(c) + (r + 1);
  }

  /** Provenance of a cell: the file string is shared, never copied per row. */
  source(r: number, c: number): Provenance {
    const cell = this.a1(r, c);
    return this.table.sheet === undefined ? { file: this.table.file, cell } : { file: this.table.file, sheet: this.table.sheet, cell };
  }

  /** Reports a problem at a cell; c < 0 reports at the row's first cell without a column label. */
  report(code: ProblemCode, r: number, c: number, value?: string, params?: Record<string, string | number>): void {
    const finding: Finding = { code, file: this.table.file };
    if (this.table.sheet !== undefined) finding.sheet = this.table.sheet;
    finding.cell = this.a1(r, c < 0 ? 0 : c);
    if (c >= 0) {
      const label = this.labels[c];
      if (label !== undefined && label !== '') finding.columnLabel = label;
    }
    if (value !== undefined) finding.value = value.length > MAX_VALUE_TEXT ? value.slice(0, MAX_VALUE_TEXT) + '…' : value;
    if (params !== undefined) finding.params = params;
    this.out.findings.push(finding);
  }
}
