// Ending worker threads without Worker.terminate() on the common path: terminating one thread
// while others start has crashed Node with SIGSEGV (nodejs/node#56312; it killed a test fork in
// our CI). A thread sent END closes its port and its event loop ends by itself; terminate() is
// kept for a thread that does not end in time.
import type { MessagePort, Worker } from 'node:worker_threads';

/** The message that asks a thread to end once it has answered its tasks. */
export const END = null;

/** In a thread: runs `handle` for every task until END arrives, then lets the thread end. */
export function onTasks<T>(port: MessagePort, handle: (task: T) => void): void {
  port.on('message', (task: T | typeof END) => (task === END ? port.close() : handle(task)));
}

/** Asks each thread to end and resolves once all have exited; one still running after `graceMs` is terminated. */
export function endWorkers(workers: readonly Worker[], graceMs = 10_000): Promise<void> {
  return Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.threadId === -1) return resolve(); // already exited
          const timer = setTimeout(() => void worker.terminate(), graceMs);
          worker.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          worker.postMessage(END);
        }),
    ),
  ).then(() => undefined);
}
