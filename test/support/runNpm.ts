import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface NpmResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI must not think it runs inside vitest: drop the variables vitest sets for its workers. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (key === 'VITEST' || key.startsWith('VITEST_') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  return env;
}

/**
 * Runs `npm <args>` in the project root exactly as a user types it (e.g. ['run', 'kolada', '--',
 * '--data', dir]) and collects stdout and stderr apart. Resolves, never rejects.
 */
export function runNpm(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<NpmResult> {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { cwd: options.cwd ?? ROOT, env: cliEnv(options.env ?? {}), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 300_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: `${stderr}\ncould not start npm: ${e.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
