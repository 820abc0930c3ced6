import type { ProblemCode } from './catalogue.ts';

/**
 * A problem as the stages report it: a code and a location, with the values
 * its message needs. Stages return findings as values; only the CLI decides
 * what they mean for the exit code. formatProblem turns one into text.
 */
export interface Finding {
  code: ProblemCode;
  /** Path relative to the data folder. */
  file: string;
  sheet?: string;
  /** A1 reference (for CSV: the row and column as Excel would show them). */
  cell?: string;
  /** JSON pointer, for JSON files. */
  pointer?: string;
  /** The column's header text, when known. */
  columnLabel?: string;
  /** The offending value, as text (truncated when shown). */
  value?: string;
  /**
   * Extra template values for the message, e.g. { field: 'period' }. A value that
   * depends on the language is given twice, as "detail@sv" and "detail@en".
   */
  params?: Record<string, string | number>;
}
