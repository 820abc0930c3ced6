// One measured run in a fresh process, so peak memory (maxRSS) belongs to it alone.
//   siteRun.ts build DATA OUT    — the real `npm run build` (buildCommand), phase timings via OPPNA_TIMINGS
//   siteRun.ts bare ROOT OUT     — `astro build` of the bare baseline project
//   siteRun.ts ingest DATA CACHE — the importer with the import cache (as `npm run check` runs it)
// Prints one JSON line on stdout.
import { ingest } from '../../src/ingest.ts';

const [mode, a, b] = process.argv.slice(2);
const start = performance.now();
let extra: Record<string, unknown> = {};

if (mode === 'build') {
  const { buildCommand } = await import('../../src/cli/build.ts');
  const code = await buildCommand(['--data', a, '--out', b, '--quiet']);
  if (code !== 0) process.exit(code);
} else if (mode === 'bare') {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: a, outDir: b, logLevel: 'error' });
} else if (mode === 'ingest') {
  const result = await ingest(a, { cacheDir: b });
  if (result.problems.hasErrors) {
    console.error(JSON.stringify(result.problems.findings.slice(0, 5)));
    process.exit(1);
  }
  extra = { reused: result.cache?.reused.length ?? 0, read: result.cache?.read.length ?? 0, values: result.counts.values };
} else {
  throw new Error(`unknown mode ${mode}`);
}

const ms = performance.now() - start;
const peakMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ms, peakMB, ...extra }) + '\n');
