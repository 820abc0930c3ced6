// The process a build runs in, set up for its millions of values. Both settings are read only when
// a process starts, so the build command runs itself again with them (scripts/build.ts).
//
// glibc's malloc raises its threshold for handing large blocks straight to the system each time
// such a block is freed (the dynamic mmap threshold); after that, blocks of hundreds of kilobytes
// come from its own heap, and what the program frees there stays in the process. The import frees
// well over a gigabyte that way (the import cache's columns, the files' cells): measured on the
// bench's country, V8's heap was 214 MB after it and the process 1 641 MB, and Astro's render then
// added its own on top (one-spreadsheet rebuilds peaked at 2 012–2 078 MB). With both thresholds
// fixed, freed blocks go back to the system: 340 MB after the data files stage, peaks of 1 715–1 967 MB.
// The mmap threshold is 4 MB, not 128 kB: below it, blocks come from the heap and are used again.
// At 128 kB every file read, encoded text and zlib buffer of a few hundred kilobytes was a fresh
// mapping, its pages faulted in and zeroed one by one — a third of the data files stage's CPU time in
// the kernel. Cold builds of the bench's country within the hour: 255–256 s at 128 kB (sys 117–123 s),
// 235 s without the settings (sys 86 s), 219 s at 4 MB (sys 87 s; 4 s of it from observationLines,
// which came in between); peaks 1 730–1 788, 1 931 and 1 774 MB. One-spreadsheet rebuilds: 59–61 s
// at 128 kB, 51–52 s at 4 MB; peaks 1 575–1 594 against 1 628–1 642 MB. (Without either setting,
// though V8's own freed pages are returned by src/cli/collectGarbage.ts: cold peaks of 1 855–1 931 MB.)
//
// V8's young generation: the import makes millions of short-lived objects (an observation, its
// source, its texts) and, with the default semi-spaces, collects them many times over. Larger ones
// took a one-spreadsheet rebuild's import from 14.0–14.4 s to 12.2–12.3 s, its peak unchanged.
import { spawnSync } from 'node:child_process';

export const BUILD_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '4194304', MALLOC_TRIM_THRESHOLD_: '131072' };
export const BUILD_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

const onGlibc = () => (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime !== undefined;

/** Whether this process needs starting again: without BUILD_FLAGS, or on glibc (others ignore it) without BUILD_ENV. */
export function needsRestart(): boolean {
  return BUILD_FLAGS.some((flag) => !process.execArgv.includes(flag)) || (onGlibc() && Object.entries(BUILD_ENV).some(([name, value]) => process.env[name] !== value));
}

/** Runs this process's command again with BUILD_ENV and BUILD_FLAGS, its input and output passed through; gives its exit code. */
export function restart(): number {
  const flags = [...process.execArgv, ...BUILD_FLAGS.filter((flag) => !process.execArgv.includes(flag))];
  const run = spawnSync(process.execPath, [...flags, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, ...BUILD_ENV } });
  return run.status ?? 1;
}
