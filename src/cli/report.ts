import type { Problem, Report } from '../model/types.gen.ts';
import type { Language } from '../problems/catalogue.ts';
import { formatLocation, formatProblem } from '../problems/formatProblem.ts';
import type { IngestResult } from '../ingest.ts';

/** The machine-readable report (schemas/report.schema.json). */
export function buildReport(result: IngestResult, lang: Language): Report {
  const problems = result.problems.findings.map((f) => formatProblem(f, lang));
  // Grouped by file, then sheet; within a sheet, in the order found (row order). The site's
  // settings come first: a missing or wrong site.json is the first thing to put right.
  const order = (p: Problem) => `${p.file === 'site.json' ? '' : '\u0001'}${p.file}\u0000${p.sheet ?? ''}`;
  problems.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return {
    ok: !result.problems.hasErrors,
    language: lang,
    counts: {
      ...result.counts,
      errors: result.problems.errors,
      warnings: result.problems.warnings,
    },
    problems,
    omitted: Object.fromEntries([...result.problems.omitted].sort()),
  };
}

const TEXT = {
  sv: {
    error: 'FEL',
    warning: 'varning',
    expected: 'Förväntat',
    fix: 'Gör så här',
    found: 'Hittat',
    more: (n: string, code: string) => `… och ${n} till av samma slag (${code}).`,
    ok: (ind: string, val: string) => `OK: ${ind} mått, ${val} värden`,
    filesWarnings: (files: string, w: string) => ` (${files} filer${w !== '0' ? `, ${w} varningar` : ''})`,
    failed: (e: string, w: string) => `Stopp: ${e} fel${w !== '0' ? ` och ${w} varningar` : ''}. Inget har publicerats; rätta felen och kör igen.`,
  },
  en: {
    error: 'ERROR',
    warning: 'warning',
    expected: 'Expected',
    fix: 'How to fix',
    found: 'Found',
    more: (n: string, code: string) => `… and ${n} more of the same kind (${code}).`,
    ok: (ind: string, val: string) => `OK: ${ind} indicators, ${val} values`,
    filesWarnings: (files: string, w: string) => ` (${files} files${w !== '0' ? `, ${w} warnings` : ''})`,
    failed: (e: string, w: string) => `Stopped: ${e} errors${w !== '0' ? ` and ${w} warnings` : ''}. Nothing has been published; fix the errors and run again.`,
  },
} as const;

/** The human report: problems grouped by file, each with place, finding, expectation and fix. */
export function formatReportText(report: Report): string {
  const t = TEXT[report.language];
  const nf = new Intl.NumberFormat(report.language === 'sv' ? 'sv-SE' : 'en-GB');
  const lines: string[] = [];
  let file: string | undefined;
  for (const p of report.problems) {
    if (p.file !== file) {
      file = p.file;
      lines.push('', p.file);
    }
    const label = p.severity === 'error' ? t.error : t.warning;
    lines.push(`  ${label} [${p.code}] ${formatLocation(p, report.language)}: ${p.message}`);
    if (p.columnLabel !== undefined) lines.push(`      ${report.language === 'sv' ? 'Kolumn' : 'Column'}: ${p.columnLabel}`);
    if (p.expected) lines.push(`      ${t.expected}: ${p.expected}`);
    lines.push(`      ${t.fix}: ${p.fix}`);
  }
  for (const [code, n] of Object.entries(report.omitted)) lines.push(`  ${t.more(nf.format(n ?? 0), code)}`);
  if (lines.length) lines.push('');
  const c = report.counts;
  lines.push(
    report.ok
      ? t.ok(nf.format(c.indicators), nf.format(c.values)) + t.filesWarnings(nf.format(c.files), nf.format(c.warnings))
      : t.failed(nf.format(c.errors), nf.format(c.warnings)),
  );
  return lines.join('\n') + '\n';
}
