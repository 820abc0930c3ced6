// How the command line ends when a command throws: a bug is said to be one, a full disk as it is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/runCli.ts';

async function ended(error: unknown): Promise<{ said: string; code: typeof process.exitCode }> {
  const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  runCli(() => Promise.reject(error));
  await new Promise((resolve) => setImmediate(resolve));
  const said = write.mock.calls.map(([text]) => String(text)).join('');
  write.mockRestore();
  return { said, code: process.exitCode };
}

describe('runCli', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('says a full disk is full, and that nothing was published', async () => {
    const { said, code } = await ended(Object.assign(new Error("ENOSPC: no space left on device, write '/x/index.html'"), { code: 'ENOSPC' }));
    expect(said).toMatch(/^Disken är full, så bygget avbröts \(ENOSPC: no space left on device/);
    expect(said).toContain('Inget har publicerats');
    expect(said).not.toContain('Internt fel');
    expect(code).toBe(3);
  });

  it('knows a full disk by its message when the code was lost on the way (Astro passes errors on as text)', async () => {
    expect((await ended(new Error('Failed to write page: ENOSPC: no space left on device'))).said).toMatch(/^Disken är full/);
  });

  it('reports any other exception as an internal error, in one line without a stack', async () => {
    const { said, code } = await ended(new TypeError('x is undefined'));
    expect(said).toBe('Internt fel i Öppna resultat (inte i dina filer): x is undefined\n');
    expect(code).toBe(3);
  });
});
