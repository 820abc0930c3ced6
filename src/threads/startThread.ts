// Every worker thread starts here: it loads its modules through Node's compile cache (each
// module's TypeScript stripped and compiled, kept on disk and checked against the file's content;
// https://nodejs.org/api/module.html#module-compile-cache). An import thread then starts in ~60 ms
// rather than ~220 ms, and threads no longer run Node's type stripper (WebAssembly) side by side
// once the cache holds their modules: WebAssembly in several threads at once has crashed V8 here
// (a SIGTRAP in its wasm wrapper cache, a test fork under load). NODE_DISABLE_COMPILE_CACHE=1
// turns the cache off, as for Node itself.
import { enableCompileCache } from 'node:module';
import { Worker, type WorkerOptions } from 'node:worker_threads';

let cacheDir: string | undefined | null = null;

/** The cache's folder once enabled in this process (Node's default under the temp folder, or NODE_COMPILE_CACHE); undefined when it cannot be. */
function compileCache(): string | undefined {
  cacheDir ??= enableCompileCache().directory;
  return cacheDir;
}

/** A worker thread running `entry`, with the compile cache this process uses. */
export function startThread(entry: URL, options: WorkerOptions = {}): Worker {
  const dir = compileCache();
  return new Worker(entry, dir ? { ...options, env: { ...process.env, NODE_COMPILE_CACHE: dir } } : options);
}
