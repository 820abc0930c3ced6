// npm run bench:ingest — importer throughput and peak memory next to the bare
// parsers on the same files (figures, not a pass/fail test). Targets (issue 2):
// the importer keeps ≥ 70 % of the bare parser's rows/s, and < 1.5 GB peak on
// the 1 000 000-row CSV.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateInputs } from './bench/generateInputs.ts';

const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 1_000_000);
const XLSX_ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = fileURLToPath(new URL('../.bench/ingest/', import.meta.url));
const runOne = fileURLToPath(new URL('./bench/runOne.ts', import.meta.url));

interface Measure {
  rows: number;
  ms: number;
  peakMB: number;
}

function measure(mode: string, target: string): Measure {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', runOne, mode, target], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

/** The median run by time (peak memory from that run). */
function median(mode: string, target: string): Measure {
  const runs = Array.from({ length: RUNS }, () => measure(mode, target)).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)];
}

const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const rate = (m: Measure) => m.rows / (m.ms / 1000);

function line(label: string, m: Measure): string {
  return `  ${label.padEnd(22)} ${nf.format(m.rows).padStart(10)} rows  ${(m.ms / 1000).toFixed(2).padStart(7)} s  ${nf.format(rate(m)).padStart(10)} rows/s  ${nf.format(m.peakMB).padStart(6)} MB peak`;
}

console.log(`Generating inputs in ${root} (${nf.format(CSV_ROWS)}-row CSV, ${nf.format(XLSX_ROWS)}-row xlsx)…`);
if (existsSync(root)) await rm(root, { recursive: true });
const inputs = await generateInputs(root, CSV_ROWS, XLSX_ROWS);
console.log(`Node ${process.version}, median of ${RUNS} runs each, every run in a fresh process.\n`);

const results: string[] = [];
for (const [name, bareMode, bareFile, dir] of [
  ['CSV', 'papaparse', inputs.csvFile, inputs.csvDir],
  ['xlsx', 'sheetjs', inputs.xlsxFile, inputs.xlsxDir],
] as const) {
  const bare = median(bareMode, bareFile);
  const full = median('importer', dir);
  const ratio = rate(full) / rate(bare);
  results.push(
    `${name}:`,
    line(`bare ${bareMode}`, bare),
    line('importer (check)', full),
    `  throughput ratio importer/bare: ${(ratio * 100).toFixed(0)} % (target ≥ 70 %)${ratio >= 0.7 ? '' : '  ← below target'}`,
    `  peak memory ratio importer/bare: ${(full.peakMB / bare.peakMB).toFixed(2)}×${name === 'CSV' ? `  (target < 1 536 MB: ${full.peakMB < 1536 ? 'met' : 'NOT met'})` : ''}`,
    '',
  );
}
console.log(results.join('\n'));
