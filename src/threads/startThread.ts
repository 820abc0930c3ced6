// Every worker thread starts here. Node strips a module's TypeScript with a WebAssembly build of
// its stripper, in each thread; and WebAssembly in several threads at once crashes V8 now and then
// ("Check failed: jit_page.has_value()", a SIGTRAP: two threads tiering up a wasm-to-JS wrapper in
// its process-wide wrapper cache at once; 1 run in 8–20 of four to eight threads stripping our
// sources side by side, and a test fork under load). So:
// - wrappers never tier up (the budget for it set out of reach, before any thread starts; the
//   slower generic wrapper costs nothing measurable here), which is the step that crashed;
// - threads load their modules through Node's compile cache (each module stripped and compiled
//   once, kept on disk and checked against the file's content;
//   https://nodejs.org/api/module.html#module-compile-cache): an import thread is ready in
//   ~0.25 s rather than ~0.4 s under load, and strips nothing once the cache holds its modules.
// NODE_DISABLE_COMPILE_CACHE=1 turns the cache off, as for Node itself.
import { enableCompileCache } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';

setFlagsFromString(`--wasm-wrapper-tiering-budget=${0x7fffffff}`);

/** The cache's folder, enabled once in this process (Node's default under the temp folder, or NODE_COMPILE_CACHE); undefined when it cannot be. */
const cacheDir = enableCompileCache().directory;

/** A worker thread running `entry` (a module; or code, with `eval: true`), with the compile cache this process uses. */
export function startThread(entry: URL | string, options: WorkerOptions = {}): Worker {
  return new Worker(entry, cacheDir ? { ...options, env: { ...process.env, NODE_COMPILE_CACHE: cacheDir } } : options);
}
