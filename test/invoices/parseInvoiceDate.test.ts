import { describe, expect, it } from 'vitest';
import { parseInvoiceDate } from '../../src/invoices/normalise/parseInvoiceDate.ts';
import { filePeriod, inPeriod, periodText } from '../../src/invoices/validate/filePeriod.ts';

describe('booking dates', () => {
  it('reads ISO dates, with a midnight time, compact, and Excel date cells', () => {
    expect(parseInvoiceDate('2024-03-05', false)).toBe('2024-03-05');
    expect(parseInvoiceDate(' 2024-03-05 00:00:00 ', false)).toBe('2024-03-05');
    expect(parseInvoiceDate('2024-03-05T00:00:00Z', false)).toBe('2024-03-05');
    expect(parseInvoiceDate('20240305', false)).toBe('2024-03-05');
    expect(parseInvoiceDate({ t: 'n', v: 45356 }, false)).toBe('2024-03-05');
    expect(parseInvoiceDate({ t: 'n', v: 43894 }, true)).toBe('2024-03-05');
  });

  it('never guesses day and month: 03/04/2024 only with the mapping\'s format', () => {
    expect(parseInvoiceDate('03/04/2024', false)).toBeUndefined();
    expect(parseInvoiceDate('03/04/2024', false, 'DD/MM/YYYY')).toBe('2024-04-03');
    expect(parseInvoiceDate('03/04/2024', false, 'MM/DD/YYYY')).toBe('2024-03-04');
    expect(parseInvoiceDate('5.3.2024', false, 'DD.MM.YYYY')).toBe('2024-03-05');
    expect(parseInvoiceDate('31/02/2024', false, 'DD/MM/YYYY')).toBeUndefined();
  });

  it('refuses dates that do not exist', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2024-13-01', 'mars', '', '2024-3-5x']) expect(parseInvoiceDate(text, false)).toBeUndefined();
    expect(parseInvoiceDate('2024-02-29', false)).toBe('2024-02-29');
  });
});

describe('the period a file name says', () => {
  it.each([
    ['leverantorsreskontra/leverantorsreskontra-2024-03.csv', '2024-03', '2024-03', 'mars 2024'],
    ['leverantorsreskontra/202403.xlsx', '2024-03', '2024-03', 'mars 2024'],
    ['leverantorsreskontra/mars-2024.csv', '2024-03', '2024-03', 'mars 2024'],
    ['leverantorsreskontra/expenditure-over-500-jan-mar-2018.csv', '2018-01', '2018-03', 'januari–mars 2018'],
    ['leverantorsreskontra/ar/2024.xlsx', '2024-01', '2024-12', '2024'],
    ['leverantorsreskontra/Leverantörsfakturor_2024_12.CSV', '2024-12', '2024-12', 'december 2024'],
  ])('%s → %s–%s', (path, from, to, label) => {
    const period = filePeriod(path)!;
    expect([period.from, period.to, period.label.sv]).toEqual([from, to, label]);
    expect(inPeriod(`${from}-15`, period)).toBe(true);
  });

  it('says nothing when the name has no year, or two', () => {
    expect(filePeriod('leverantorsreskontra/export.csv')).toBeUndefined();
    expect(filePeriod('leverantorsreskontra/2023-2024.csv')).toBeUndefined();
  });

  it('writes the period as data', () => {
    expect(periodText(filePeriod('a-2024-03.csv')!)).toBe('2024-03');
    expect(periodText(filePeriod('a-2024.csv')!)).toBe('2024');
    expect(periodText(filePeriod('jan-mar-2018.csv')!)).toBe('2018-01/2018-03');
  });
});
