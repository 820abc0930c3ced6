// The published CSV files: the specification's fifteen columns in its order, masked as written.
// Text cells go through the download writers' formula-injection guard; amounts are written with
// two decimals, as exports do (-14250.00), never through the guard: they are numbers.
import { dialectCell, type CsvDialect } from '../../downloads/toCsv.ts';
import type { InvoiceRow } from '../../model/types.gen.ts';
import { oreToDecimal } from '../normalise/parseAmount.ts';
import { SPEC_COLUMNS } from '../spec.ts';

export function invoiceCsvHeader(dialect: CsvDialect): string {
  return (dialect.bom ? '\uFEFF' : '') + SPEC_COLUMNS.join(dialect.delimiter) + '\r\n';
}

/** Kronor (a JSON number with at most two decimals) as the exact decimal text. */
export function amountText(kronor: number, decimal: '.' | ','): string {
  const text = oreToDecimal(Math.round(kronor * 100));
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** One CRLF-terminated line. */
export function invoiceCsvLine(row: InvoiceRow, dialect: CsvDialect): string {
  let line = '';
  for (let i = 0; i < SPEC_COLUMNS.length; i++) {
    const column = SPEC_COLUMNS[i];
    if (i > 0) line += dialect.delimiter;
    if (column === 'belopp') line += amountText(row.belopp, dialect.decimal);
    else {
      const value = row[column];
      if (value !== undefined && value !== '') line += dialectCell(value, dialect);
    }
  }
  return `${line}\r\n`;
}
