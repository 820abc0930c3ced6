import type { IdKind } from '../privacy/maskRules.ts';

/**
 * A named supplier, shared by all its lines (see LineStore: a line holds its `index`). A masked
 * supplier — a sole trader, a private person — has no SupplierRef: its name and id are dropped when
 * its rows are read, before anything is written, and exist nowhere after that.
 */
export interface SupplierRef {
  /** Its place in the section's list of suppliers. */
  index: number;
  /** Its URL segment, stable across files. */
  key: string;
  /** As published: NNNNNN-NNNN for an organisationsnummer, else the export's own number. */
  id: string;
  kind: IdKind;
}
