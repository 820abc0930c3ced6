import { catalogue, type ProblemCode } from './catalogue.ts';

/** The README's table of error codes, generated from the catalogue so the two cannot drift apart. */
export function errorCodesMarkdown(): string {
  const rows = (Object.keys(catalogue) as ProblemCode[]).map((code) => {
    const e = catalogue[code];
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\{(\w+)\}/g, '‹$1›');
    return `| \`${code}\` | ${e.severity === 'error' ? 'fel (stoppar)' : 'varning'} | ${cell(e.sv.message)} | ${cell(e.sv.fix)} |`;
  });
  return [
    '## Error codes',
    '',
    'Every problem the importer reports has a stable code (Frictionless\' codes where the meaning matches),',
    'the file, sheet and cell, the value found, what was expected and how to fix it. Errors stop the build;',
    'warnings do not. `--lang en` gives the English texts; `--json` the machine-readable report',
    '(`schemas/report.schema.json`). The table is generated from `src/problems/catalogue.ts`',
    '(`npm run docs:errors`).',
    '',
    '| code | severity | message (sv) | fix (sv) |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** README with the section between the error markers replaced. */
export function withErrorSection(readme: string): string {
  const start = '<!-- section:errors -->';
  const end = '<!-- /section:errors -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error('README has no error-code section markers');
  return readme.slice(0, a + start.length) + '\n' + errorCodesMarkdown() + '\n' + readme.slice(b);
}
