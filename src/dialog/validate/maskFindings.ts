import type { Finding } from '../../problems/Finding.ts';
import { findPersonalData } from '../../privacy/findPersonalData.ts';

/** The text with every match of findPersonalData replaced by its masked form. */
export function maskPersonalData(text: string): string {
  let out = '';
  let from = 0;
  for (const match of findPersonalData(text)) {
    if (match.index < from) continue;
    out += text.slice(from, match.index) + match.masked;
    from = match.index + match.length;
  }
  return out + text.slice(from);
}

/**
 * Reports end up in public CI logs: a value or header quoted in any finding of the dialogue's
 * files (an unknown id, a date that could not be read) is shown with what looks like personal
 * data masked, the same way the personal-data error shows it.
 */
export function maskFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    const value = f.value === undefined ? undefined : maskPersonalData(f.value);
    const columnLabel = f.columnLabel === undefined ? undefined : maskPersonalData(f.columnLabel);
    if (value === f.value && columnLabel === f.columnLabel) return f;
    return { ...f, ...(value !== undefined ? { value } : {}), ...(columnLabel !== undefined ? { columnLabel } : {}) };
  });
}
