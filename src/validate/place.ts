import type { Provenance } from '../model/types.gen.ts';
import type { Finding } from '../problems/Finding.ts';

/** The location fields of a finding, from a record's provenance. */
export function at(source: Provenance): Pick<Finding, 'file' | 'sheet' | 'cell' | 'pointer'> {
  const loc: Pick<Finding, 'file' | 'sheet' | 'cell' | 'pointer'> = { file: source.file };
  if (source.sheet !== undefined) loc.sheet = source.sheet;
  if (source.cell !== undefined) loc.cell = source.cell;
  if (source.pointer !== undefined) loc.pointer = source.pointer;
  return loc;
}

/** "data.xlsx › Blad1 › C5" — another record's place, for messages such as conflicting-value. */
export function describePlace(source: Provenance): string {
  return [source.file, source.sheet, source.cell, source.pointer].filter((p) => p !== undefined).join(' › ');
}
