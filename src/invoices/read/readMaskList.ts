// The municipality's own list of suppliers to mask (data/leverantorsreskontra/maskera.csv or .xlsx):
// a column `leverantor_id` with ids and/or a column `leverantor` with whole-name patterns ("MR *").
// It is read, never published; the manifest lists it like every input file.
import type { Finding } from '../../problems/Finding.ts';
import { cellText } from '../../normalise/cellText.ts';
import { toA1 } from '../../read/a1.ts';
import type { RawTable } from '../../read/RawTable.ts';
import { idKey, namePattern, type MaskRules } from '../privacy/maskRules.ts';
import { columnOf } from '../normalise/invoiceColumns.ts';

/** The mask list's name without extension. */
export const MASK_LIST_NAME = 'maskera';

export function readMaskList(tables: readonly RawTable[], findings: Finding[]): MaskRules {
  const ids = new Set<string>();
  const names: RegExp[] = [];
  for (const table of tables) {
    const headerRow = table.rows.findIndex((row) => row.some((cell) => ['leverantor_id', 'leverantor'].includes(columnOf(cellText(cell)) ?? '')));
    if (headerRow < 0) {
      findings.push({ code: 'missing-label', file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), cell: 'A1', params: { field: 'leverantor_id', labels: '”leverantor_id” eller ”leverantor”' } });
      continue;
    }
    const header = table.rows[headerRow];
    const idColumn = header.findIndex((cell) => columnOf(cellText(cell)) === 'leverantor_id');
    const nameColumn = header.findIndex((cell) => columnOf(cellText(cell)) === 'leverantor');
    for (let r = headerRow + 1; r < table.rows.length; r++) {
      const row = table.rows[r];
      const id = idColumn >= 0 ? cellText(row[idColumn]).trim() : '';
      const name = nameColumn >= 0 ? cellText(row[nameColumn]).trim() : '';
      if (id !== '') ids.add(idKey(id));
      if (name !== '') {
        if (name.replace(/\*/g, '').trim() === '') {
          // "*" alone would hide every supplier: surely a mistake.
          findings.push({ code: 'invalid-value', file: table.file, cell: toA1(r, nameColumn), value: name, params: { field: 'leverantor', 'allowed@sv': 'Ett namn eller ett mönster med text, t.ex. ”MR *”.', 'allowed@en': 'A name or a pattern with text, e.g. "MR *".' } });
        } else names.push(namePattern(name));
      }
    }
  }
  return { ids, names };
}
