import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MALLOC_ENV } from '../../src/cli/mallocEnv.ts';

const dir = mkdtempSync(join(tmpdir(), 'oppna-malloc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const onGlibc = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime !== undefined;

describe('the build command runs itself again with fixed malloc thresholds', () => {
  it(`on glibc (here: ${onGlibc}) starts again with MALLOC_ENV, passing its arguments, output and exit code through`, () => {
    const script = join(dir, 'command.ts');
    const module = new URL('../../src/cli/mallocEnv.ts', import.meta.url).pathname;
    writeFileSync(
      script,
      `import { needsMallocEnv, rerunWithMallocEnv } from ${JSON.stringify(module)};
if (needsMallocEnv()) process.exitCode = rerunWithMallocEnv();
else { console.log(JSON.stringify({ argv: process.argv.slice(2), mmap: process.env.MALLOC_MMAP_THRESHOLD_ ?? null })); process.exitCode = 7; }`,
    );
    const env = { ...process.env };
    for (const name of Object.keys(MALLOC_ENV)) delete env[name];
    const run = spawnSync(process.execPath, [script, '--data', 'x y'], { encoding: 'utf8', env });
    expect(run.status).toBe(7);
    expect(JSON.parse(run.stdout)).toEqual({ argv: ['--data', 'x y'], mmap: onGlibc ? MALLOC_ENV.MALLOC_MMAP_THRESHOLD_ : null });
  });
});
