// What changed in Kolada's figures since the last fetch, per file: figures added, changed and
// removed, and the periods that are new. Printed after a fetch and written as the body of the
// commit or merge request the CI recipes open.
import { figures } from './apiJson.ts';

export interface FileChange {
  file: string;
  added: number;
  changed: number;
  removed: number;
  /** Periods with figures now and none before (e.g. a new year). */
  newPeriods: string[];
  /** The file is new, or gone. */
  status: 'new' | 'removed' | 'changed' | 'same';
  /** A data file (figures by area or unit), not a list of KPIs or units. */
  figures: boolean;
}

export function compareFile(file: string, before: string | undefined, after: string | undefined, isData = true): FileChange {
  if (before === after) return { file, added: 0, changed: 0, removed: 0, newPeriods: [], status: 'same', figures: isData };
  const a = figures(before);
  const b = figures(after);
  let added = 0;
  let changed = 0;
  let removed = 0;
  const periodsBefore = new Set<string>();
  for (const k of a.keys()) periodsBefore.add(k.split('\t')[1]);
  const newPeriods = new Set<string>();
  for (const [k, v] of b) {
    const old = a.get(k);
    if (old === undefined) {
      added++;
      const period = k.split('\t')[1];
      if (!periodsBefore.has(period)) newPeriods.add(period);
    } else if (old !== v) changed++;
  }
  for (const k of a.keys()) if (!b.has(k)) removed++;
  const status = before === undefined ? 'new' : after === undefined ? 'removed' : 'changed';
  return { file, added, changed, removed, newPeriods: [...newPeriods].sort(), status, figures: isData };
}

const nf = new Intl.NumberFormat('sv-SE');

/** "2006–2022" for a run of years, "2019, 2021" otherwise: a first fetch brings decades at once. */
export function periodList(periods: readonly string[]): string {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= periods.length; i++) {
    const run = i < periods.length && /^\d{4}$/.test(periods[i]) && Number(periods[i]) === Number(periods[i - 1]) + 1;
    if (run) continue;
    out.push(i - 1 > start ? `${periods[start]}–${periods[i - 1]}` : periods[start]);
    start = i;
  }
  return out.join(', ');
}

/** One line per changed file, Swedish. Files without figures (kpi.json, enheter.json) are only new, changed or gone. */
export function describeChange(c: FileChange, title?: string): string {
  const name = title ? `${c.file} (${title})` : c.file;
  if (c.status === 'removed') return `${name}: borttagen (måttet finns inte längre i måttkatalogen)`;
  const parts: string[] = [];
  if (c.added) parts.push(`${nf.format(c.added)} nya värden`);
  if (c.changed) parts.push(`${nf.format(c.changed)} ändrade`);
  if (c.removed) parts.push(`${nf.format(c.removed)} borttagna`);
  const periods = c.newPeriods.length ? `; nya perioder: ${periodList(c.newPeriods)}` : '';
  if (parts.length === 0) return `${name}: ${c.status === 'new' ? (c.figures ? 'ny fil, inga värden hos Kolada än' : 'ny') : c.figures ? 'samma värden, annan ordning' : 'ändrad'}`;
  return `${name}: ${c.status === 'new' ? 'ny fil, ' : ''}${parts.join(', ')}${periods}`;
}
