// Things a new user hit, run as a user types them: the README's machine-readable check gives JSON
// that parses; a folder without site.json is told how to make one; a folder of Kolada API files
// without a catalogue is told that Kolada's catalogue supplies the titles, and the fix works.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.gen.ts';
import { startKoladaReplay } from '../support/koladaReplay.ts';
import { ROOT, runNpm } from '../support/runNpm.ts';
import { describeShared, shared } from '../support/sharedData.ts';

const work = await mkdtemp(join(tmpdir(), 'oppna-check-'));
/** Each test runs the real CLI through npm two or three times: minutes on a busy 2-core machine. */
const CLI_TIMEOUT_MS = 240_000;
afterAll(() => rm(work, { recursive: true, force: true }));

/** The command lines in the README's fenced sh blocks that contain `--json`. */
async function readmeJsonCommands(): Promise<string[]> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((b) => b.split('\n')).map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l.startsWith('npm ') && l.includes('--json'));
}

describe('the README’s machine-readable check', () => {
  it('prints JSON on stdout and nothing else, exactly as the README writes the command', async () => {
    const commands = await readmeJsonCommands();
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const result = await runNpm(command.split(/\s+/).slice(1));
      const report = JSON.parse(result.stdout) as Report;
      expect(report.ok, command).toBe(true);
      expect(report.counts.indicators).toBeGreaterThan(0);
    }
  }, CLI_TIMEOUT_MS);
});

describe('a data folder without site.json', () => {
  it('is told up front, with the init command for that folder', async () => {
    const dir = join(work, 'utan-site');
    await mkdir(dir, { recursive: true });
    await copyFile(join(ROOT, 'data', 'omraden.csv'), join(dir, 'omraden.csv'));
    const result = await runNpm(['run', '-s', 'check', '--', '--data', dir]);
    expect(result.code).toBe(0);
    const first = result.stdout.split('\n').find((l) => l.includes('['));
    expect(first).toContain('[config-missing]');
    expect(result.stdout).toContain(`npm run init -- --kommun KOMMUNKOD --data ${dir}`);
    const build = await runNpm(['run', '-s', 'build', '--', '--data', dir, '--out', join(work, 'utan-site-ut')]);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('npm run init -- --kommun KOMMUNKOD');
  }, CLI_TIMEOUT_MS);
});

describeShared('a folder of Kolada API files and nothing else', () => {
  it('fails with a message that Kolada’s catalogue supplies the titles; npm run kolada fetches it and the check passes', async () => {
    const dir = join(work, 'bara-kolada');
    await mkdir(dir, { recursive: true });
    for (const kpi of ['N00901', 'N15428']) await copyFile(shared('kolada', 'api', `${kpi}.json`), join(dir, `${kpi}.json`));

    const before = await runNpm(['run', '-s', 'check', '--', '--data', dir, '--json']);
    expect(before.code).toBe(1);
    const report = JSON.parse(before.stdout) as Report;
    const unknown = report.problems.filter((p) => p.code === 'unknown-kolada-indicator');
    expect(unknown.map((p) => p.value).sort()).toEqual(['N00901', 'N15428']);
    expect(unknown[0].message).toContain('ingen KPI-katalog från Kolada');
    expect(unknown[0].fix).toContain('npm run kolada');

    const replay = await startKoladaReplay();
    try {
      const fetched = await runNpm(['run', '-s', 'kolada', '--', '--data', dir, '--api', replay.url, '--interval-ms', '0']);
      expect(fetched.code, fetched.stderr).toBe(0);
      expect(fetched.stdout).toContain('bara beskrivningarna hämtas');
      expect(replay.requests.every((r) => r.startsWith('/v2/kpi/'))).toBe(true);
    } finally {
      await replay.close();
    }
    const after = await runNpm(['run', '-s', 'check', '--', '--data', dir, '--json']);
    const fixed = JSON.parse(after.stdout) as Report;
    expect(fixed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(fixed.counts.indicators).toBe(2);
  }, CLI_TIMEOUT_MS);
});
