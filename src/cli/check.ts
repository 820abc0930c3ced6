import { resolve } from 'node:path';
import { cacheLine, cliCacheDir } from '../cache/cacheDir.ts';
import { ingest, type IngestResult } from '../ingest.ts';
import { parseCliArgs, type CliArgs } from './args.ts';
import { clearProgress, terminalProgress } from './progress.ts';
import { buildReport, formatReportText } from './report.ts';

/** Runs the importer for a command and prints the report; returns the exit code. */
export async function runIngest(args: CliArgs, requireConfig: boolean): Promise<{ code: number; result?: IngestResult }> {
  const progress = args.json || args.quiet ? undefined : terminalProgress();
  const cacheDir = cliCacheDir();
  const initHint = args.data === 'data' ? '' : args.data;
  const result = await ingest(resolve(args.data), { requireConfig, initHint, ...(progress ? { progress } : {}), ...(cacheDir ? { cacheDir } : {}) });
  clearProgress();
  const report = buildReport(result, args.lang);
  if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(formatReportText(report) + (result.cache ? cacheLine(result.cache, args.lang) : ''));
  return { code: report.ok ? 0 : 1, result };
}

/** `npm run check`: validate only. Exit 0 when there is no error, 1 when there is, 2 on a usage error. */
export async function check(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\nAnvändning: npm run check -- [--data MAPP] [--json] [--lang sv|en]\n`);
    return 2;
  }
  return (await runIngest(args, false)).code;
}
