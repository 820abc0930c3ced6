// npm run build [-- --data DIR] [--out DIR]
import { needsRestart, restart } from '../src/cli/buildProcess.ts';

// Decided before the build's modules load: when it runs itself again, this process only waits.
if (needsRestart()) process.exitCode = restart();
else {
  const [{ buildCommand }, { runCli }] = await Promise.all([import('../src/cli/build.ts'), import('../src/cli/runCli.ts')]);
  runCli(() => buildCommand(process.argv.slice(2)));
}
