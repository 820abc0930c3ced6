// A thread of the startThread test: says which compile cache it loads its modules through, and what it was given.
import { getCompileCacheDir } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

parentPort!.postMessage({ dir: getCompileCacheDir(), workerData: workerData as unknown });
