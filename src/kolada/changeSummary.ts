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
}

export function compareFile(file: string, before: string | undefined, after: string | undefined): FileChange {
  if (before === after) return { file, added: 0, changed: 0, removed: 0, newPeriods: [], status: 'same' };
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
  return { file, added, changed, removed, newPeriods: [...newPeriods].sort(), status };
}

const nf = new Intl.NumberFormat('sv-SE');

/** One line per changed file, Swedish. */
export function describeChange(c: FileChange, title?: string): string {
  const name = title ? `${c.file} (${title})` : c.file;
  if (c.status === 'removed') return `${name}: borttagen (måttet finns inte längre i måttkatalogen)`;
  const parts: string[] = [];
  if (c.added) parts.push(`${nf.format(c.added)} nya värden`);
  if (c.changed) parts.push(`${nf.format(c.changed)} ändrade`);
  if (c.removed) parts.push(`${nf.format(c.removed)} borttagna`);
  if (parts.length === 0) parts.push('omsorterad, samma värden');
  const periods = c.newPeriods.length ? `; nya perioder: ${c.newPeriods.join(', ')}` : '';
  return `${name}: ${c.status === 'new' ? 'ny fil, ' : ''}${parts.join(', ')}${periods}`;
}
