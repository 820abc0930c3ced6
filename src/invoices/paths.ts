// Every address of the supplier invoices, in one place: the pages under /ekonomi/leverantorsreskontra/
// (the budget pages own /ekonomi/ itself and link here), the files under /oppna-data/ and the API.

const ROOT = '/ekonomi/leverantorsreskontra/';
const FILES = '/oppna-data/leverantorsreskontra/';
const API = '/api/v1/leverantorsreskontra/';
const page = (n: number) => (n > 1 ? `sida/${n}/` : '');

export const INVOICE_PATHS = {
  root: ROOT,
  year: (year: string) => `${ROOT}${year}/`,
  yearSuppliers: (year: string, n = 1) => `${ROOT}${year}/leverantorer/${page(n)}`,
  yearAccounts: (year: string) => `${ROOT}${year}/konton/`,
  department: (year: string, key: string) => `${ROOT}${year}/forvaltningar/${key}/`,
  /** The supplier pages' folder. */
  suppliers: `${ROOT}leverantorer/`,
  supplier: (key: string, n = 1) => `${ROOT}leverantorer/${key}/${page(n)}`,
  monthCsv: (month: string) => `${FILES}${month.slice(0, 4)}/leverantorsreskontra-${month}.csv`,
  yearCsv: (year: string) => `${FILES}leverantorsreskontra-${year}.csv`,
  yearExcelCsv: (year: string) => `${FILES}leverantorsreskontra-${year}-excel.csv`,
  apiIndex: `${API}index.json`,
  apiYear: (year: string) => `${API}${year}.json`,
  apiMonth: (month: string) => `${API}${month.slice(0, 4)}/${month}.json`,
  apiSuppliers: `${API}leverantorer.json`,
  apiSupplier: (key: string) => `${API}leverantorer/${key}.json`,
} as const;

/** Suppliers per page of a year's ranked list: about 15 KB gzipped however long the list. */
export const SUPPLIER_LIST_PAGE_SIZE = 250;
/** Invoice lines per supplier page: ten thousand lines make fifty light pages, not one heavy one. */
export const SUPPLIER_LINES_PAGE_SIZE = 200;
