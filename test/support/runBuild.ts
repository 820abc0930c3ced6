import { spawn } from 'node:child_process';
import { cliEnv } from './runNpm.ts';

export interface BuildResult {
  ok: boolean;
  /** Combined stdout and stderr, for the failure message. */
  output: string;
  ms: number;
}


/**
 * Runs the project's real CLI, `npm run build -- --data DATA --out OUT`, in the project root.
 * Resolves (never rejects) so that one failed build is reported by the tests that need it.
 */
export function runBuild(root: string, dataDir: string, outDir: string, timeoutMs = 600_000): Promise<BuildResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build', '--', '--data', dataDir, '--out', outDir], {
      cwd: root,
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      output += `\n[test setup] build timed out after ${timeoutMs} ms`;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: `${output}\n[test setup] could not start npm: ${error.message}`, ms: Date.now() - started });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ok = code === 0;
      if (!ok) output += `\n[test setup] npm run build exited with ${code ?? signal}`;
      resolve({ ok, output, ms: Date.now() - started });
    });
  });
}
