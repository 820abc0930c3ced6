// npm run build [-- --data DIR] [--out DIR]
import { buildCommand } from '../src/cli/build.ts';
import { runCli } from '../src/cli/runCli.ts';

runCli(() => buildCommand(process.argv.slice(2)));
