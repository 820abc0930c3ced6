// npm run check [-- --data DIR] [--json] [--lang en]
import { check } from '../src/cli/check.ts';
import { runCli } from '../src/cli/runCli.ts';

runCli(() => check(process.argv.slice(2)));
