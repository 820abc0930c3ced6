// glibc's malloc raises its threshold for handing large blocks straight to the system each time
// such a block is freed (the dynamic mmap threshold); after that, blocks of hundreds of kilobytes
// come from its own heap, and what the program frees there stays in the process. The import frees
// well over a gigabyte that way (the import cache's columns, the files' cells): measured on the
// bench's country, V8's heap was 214 MB after it and the process 1 641 MB, and Astro's render then
// added its own on top (one-spreadsheet rebuilds peaked at 2 012–2 078 MB). With both thresholds
// fixed, freed blocks go back to the system: 340 MB after the data files stage, peaks of 1 715–1 967 MB.
// glibc reads them only when a process starts, so the build command runs itself again with them.
import { spawnSync } from 'node:child_process';

export const MALLOC_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

/** Whether this process needs running again with MALLOC_ENV: on glibc (others ignore it), when started without it. */
export function needsMallocEnv(): boolean {
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
  return header?.glibcVersionRuntime !== undefined && Object.entries(MALLOC_ENV).some(([name, value]) => process.env[name] !== value);
}

/** Runs this process's command again with MALLOC_ENV, its input and output passed through; gives its exit code. */
export function rerunWithMallocEnv(): number {
  const run = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, ...MALLOC_ENV } });
  return run.status ?? 1;
}
