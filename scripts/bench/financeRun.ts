// One measured bench:finance run in a fresh process, so its peak memory (maxRSS) is its own.
//   financeRun.ts papaparse FILE…  — the bare parser on the monthly files: read, decode, parse to arrays
//   financeRun.ts ingest DATA      — the importer (results and invoices), as `npm run check` runs it
//   financeRun.ts build DATA OUT   — the real `npm run build`, phase timings via OPPNA_TIMINGS
// Prints one JSON line on stdout.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest.ts';
import type { InvoiceData } from '../../src/invoices/aggregate/aggregate.ts';

const [mode, ...args] = process.argv.slice(2);
const start = performance.now();
const cpuStart = process.cpuUsage();
let extra: Record<string, unknown> = {};

if (mode === 'papaparse') {
  let rows = 0;
  for (const file of args) rows += Papa.parse<string[]>(new TextDecoder('utf-8').decode(readFileSync(file)), { header: false, delimiter: ';', skipEmptyLines: true }).data.length - 1;
  extra = { rows };
} else if (mode === 'ingest') {
  const result = await ingest(args[0]);
  if (result.problems.hasErrors) {
    console.error(JSON.stringify(result.problems.findings.slice(0, 5)));
    process.exit(1);
  }
  const data = result.sections.get('leverantorsreskontra') as InvoiceData | undefined;
  let rows = 0;
  if (data) for (let i = 0; i < data.store.length; i++) rows += data.store.kept[i];
  extra = { rows };
} else if (mode === 'build') {
  const { buildCommand } = await import('../../src/cli/build.ts');
  const code = await buildCommand(['--data', args[0], '--out', args[1], '--quiet']);
  if (code !== 0) process.exit(code);
} else {
  throw new Error(`unknown mode ${mode}`);
}

const cpu = process.cpuUsage(cpuStart);
// CPU time beside wall time: on a shared machine the wall clock measures the neighbours too.
process.stdout.write(JSON.stringify({ ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, peakMB: process.resourceUsage().maxRSS / 1024, ...extra }) + '\n');
