// A full garbage collection on demand, between stages that let go of much at once. Once the
// write stage is done, the parsed dataset (a country's millions of observations) is garbage,
// but V8 would collect it only when the heap next grew past its limit: Astro's render would add
// its own memory on top of it first (the peak of a rebuild). Collected at once, its space is
// what the render then fills; the same after the import (build.ts).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    // A context made after the flag is set has `gc`; the process needs no command-line flag.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
