import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_ENV, BUILD_FLAGS } from '../../src/cli/buildProcess.ts';

const dir = mkdtempSync(join(tmpdir(), 'oppna-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const onGlibc = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime !== undefined;

describe('the build command runs itself again with its process settings', () => {
  it(`starts again with BUILD_FLAGS and, on glibc (here: ${onGlibc}), BUILD_ENV, passing its arguments, output and exit code through`, () => {
    const script = join(dir, 'command.ts');
    const module = new URL('../../src/cli/buildProcess.ts', import.meta.url).pathname;
    writeFileSync(
      script,
      `import { needsRestart, restart } from ${JSON.stringify(module)};
if (needsRestart()) process.exitCode = restart();
else { console.log(JSON.stringify({ argv: process.argv.slice(2), flags: process.execArgv, mmap: process.env.MALLOC_MMAP_THRESHOLD_ ?? null })); process.exitCode = 7; }`,
    );
    const env = { ...process.env };
    for (const name of Object.keys(BUILD_ENV)) delete env[name];
    const run = spawnSync(process.execPath, [script, '--data', 'x y'], { encoding: 'utf8', env });
    expect(run.status).toBe(7);
    expect(JSON.parse(run.stdout)).toEqual({ argv: ['--data', 'x y'], flags: [...BUILD_FLAGS], mmap: onGlibc ? BUILD_ENV.MALLOC_MMAP_THRESHOLD_ : null });
  });
});
