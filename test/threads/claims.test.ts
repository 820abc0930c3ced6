// Tasks claimed from both ends by several threads at once: each exactly once.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { Claims } from '../../src/threads/Claims.ts';

describe('Claims', () => {
  it('gives each task once, from the front and from the back, then -1', () => {
    const claims = new Claims(5);
    expect([claims.front(), claims.back(), claims.front(), claims.back(), claims.back(), claims.front(), claims.back()]).toEqual([0, 4, 1, 3, 2, -1, -1]);
    expect(new Claims(0).front()).toBe(-1);
  });

  it('gives each task to exactly one thread when threads claim at the same time', async () => {
    const count = 20_000;
    const claims = new Claims(count);
    const threads = [0, 1, 2].map(() => new Worker(new URL('./claimWorker.ts', import.meta.url), { workerData: claims.buffer }));
    const mine: number[] = [];
    for (let i = claims.front(); i >= 0; i = claims.front()) mine.push(i);
    const theirs = await Promise.all(threads.map((t) => new Promise<number[]>((resolve) => t.once('message', resolve))));
    const all = [...mine, ...theirs.flat()].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: count }, (_, i) => i));
  });
});
