// npm run build [-- --data DIR] [--out DIR]
import { needsMallocEnv, rerunWithMallocEnv } from '../src/cli/mallocEnv.ts';

// Decided before the build's modules load: when it runs itself again, this process only waits.
if (needsMallocEnv()) process.exitCode = rerunWithMallocEnv();
else {
  const [{ buildCommand }, { runCli }] = await Promise.all([import('../src/cli/build.ts'), import('../src/cli/runCli.ts')]);
  runCli(() => buildCommand(process.argv.slice(2)));
}
