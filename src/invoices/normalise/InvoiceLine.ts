import type { IdKind } from '../privacy/maskRules.ts';

/** A named supplier, shared by all its lines: the key is its URL segment, stable across files. */
export interface SupplierRef {
  key: string;
  /** As published: NNNNNN-NNNN for an organisationsnummer, else the export's own number. */
  id: string;
  kind: IdKind;
}

/**
 * One booking line after normalisation: texts cleaned and checked for personal data, the amount
 * in whole öre, the date as YYYY-MM-DD. A masked supplier (sole trader, private person) has no
 * `supplier` and an empty `supplierName`: its name and id are dropped here, before anything is
 * written, and exist nowhere after this point.
 */
export interface InvoiceLine {
  /** Index of the input file in the section's file list; `row` is the 1-based row in it. */
  file: number;
  row: number;
  buyerId: string;
  buyer: string;
  voucher: string;
  supplier: SupplierRef | undefined;
  supplierName: string;
  account: string;
  accountText: string;
  date: string;
  ore: number;
  department: string;
  invoiceNo: string;
  basis: string;
  contract: string;
  municipality: string;
  sCode: string;
}
