// A thread started by startThread loads its modules through the process's compile cache.
import { getCompileCacheDir } from 'node:module';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startThread } from '../../src/threads/startThread.ts';

describe('startThread', () => {
  it('starts the thread with the compile cache enabled, and passes on its options', async () => {
    const thread = startThread(new URL('./cacheWorker.ts', import.meta.url), { workerData: { n: 1 } });
    const [answer] = (await once(thread, 'message')) as [{ dir?: string; workerData: unknown }];
    await once(thread, 'exit');
    expect(answer.workerData).toEqual({ n: 1 });
    expect(answer.dir).toBeTruthy();
    expect(answer.dir).toBe(getCompileCacheDir());
    expect(existsSync(answer.dir!)).toBe(true);
  });

  it('is the only place in src/ that starts a thread', () => {
    const src = new URL('../../src/', import.meta.url);
    const starting = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && /new Worker\(/.test(readFileSync(new URL(f, src), 'utf8')))
      .map((f) => f.split('\\').join('/'));
    expect(starting).toEqual(['threads/startThread.ts']);
  });
});
