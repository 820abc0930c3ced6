// A thread of the Claims test: claims tasks from the back until none is left, and sends them.
import { parentPort, workerData } from 'node:worker_threads';
import { Claims } from '../../src/threads/Claims.ts';

const claims = new Claims(workerData as SharedArrayBuffer);
const got: number[] = [];
for (let i = claims.back(); i >= 0; i = claims.back()) got.push(i);
parentPort!.postMessage(got);
