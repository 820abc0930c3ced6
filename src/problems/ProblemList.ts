import { severityOf } from './catalogue.ts';
import type { Finding } from './Finding.ts';

/**
 * Collects findings from every stage. Keeps at most `capPerCode` findings per
 * code and file, and counts the rest, so one broken column of 100 000 rows
 * gives a readable report ("+99 980 till") instead of a flood.
 */
export class ProblemList {
  readonly findings: Finding[] = [];
  /** Findings left out per code. */
  readonly omitted = new Map<string, number>();
  errors = 0;
  warnings = 0;
  private readonly perKey = new Map<string, number>();
  private readonly capPerCode: number;

  constructor(capPerCode = 20) {
    this.capPerCode = capPerCode;
  }

  add(f: Finding): void {
    if (severityOf(f.code) === 'error') this.errors++;
    else this.warnings++;
    const key = `${f.code}\u0000${f.file}`;
    const n = (this.perKey.get(key) ?? 0) + 1;
    this.perKey.set(key, n);
    if (n > this.capPerCode) {
      this.omitted.set(f.code, (this.omitted.get(f.code) ?? 0) + 1);
      return;
    }
    this.findings.push(f);
  }

  addAll(findings: Iterable<Finding>): void {
    for (const f of findings) this.add(f);
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }
}
