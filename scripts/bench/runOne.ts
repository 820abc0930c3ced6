// One measurement in a fresh process, so peak memory (maxRSS) belongs to it alone.
// Prints {"rows":…, "ms":…, "peakMB":…} on stdout.
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest.ts';

const [mode, target] = process.argv.slice(2);
const start = performance.now();
let rows = 0;

if (mode === 'papaparse') {
  // The bare parser as a careful user would call it: decode, parse to arrays.
  const text = new TextDecoder('utf-8').decode(readFileSync(target));
  rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data.length - 1;
} else if (mode === 'sheetjs') {
  const wb = XLSX.read(readFileSync(target), { type: 'buffer', dense: true });
  const ws = wb.Sheets[wb.SheetNames[0]];
  rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 }).length - 1;
} else if (mode === 'importer') {
  // The full importer: read → normalise → validate, as `npm run check` runs it.
  const result = await ingest(target);
  if (result.problems.hasErrors) {
    console.error(JSON.stringify(result.problems.findings.slice(0, 5)));
    process.exit(1);
  }
  rows = result.counts.observations;
} else {
  throw new Error(`unknown mode ${mode}`);
}

const ms = performance.now() - start;
const peakMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ rows, ms, peakMB }) + '\n');
