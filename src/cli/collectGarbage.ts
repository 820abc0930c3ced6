// A full garbage collection on demand, between stages that let go of much at once. Once the
// write stage is done, the parsed dataset (a country's millions of observations) is garbage,
// but V8 would collect it only when the heap next grew past its limit: Astro's render would add
// its own memory on top of it first (the peak of a rebuild). Collected at once, its space is
// what the render then fills; the same after the import (build.ts).
//
// As a last resort ('last-resort': V8's LowMemoryNotification), not a plain major collection:
// after a plain one V8 keeps the freed pages mapped for reuse, and a rebuild's process stayed at
// 1.7 GB resident with 42 MB of live heap through the render and the gate (peaks of 2.05–2.37 GB);
// after this one it is at 0.3 GB.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
let gc: Gc | undefined;

export function collectGarbage(): void {
  if (!gc) {
    // A context made after the flag is set has `gc`; the process needs no command-line flag.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  }
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
