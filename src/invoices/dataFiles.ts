// The files the write stage puts in <data>/leverantorsreskontra/ (see write/writeInvoices.ts), named
// once for the writer, the data files, the pages and the gate.
export const SUMMARY_FILE = 'summary.json';
export const SUPPLIERS_FILE = 'suppliers.json';
export const SUPPLIERS_DIR = 'suppliers';
export const ROWS_DIR = 'rows';

/** One named supplier in suppliers.json: what the ranked pages and the search need. */
export interface SupplierListItem {
  key: string;
  id: string;
  name: string;
  total: number;
  count: number;
  years: { year: string; total: number; count: number }[];
}
