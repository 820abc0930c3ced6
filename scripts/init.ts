// npm run init -- --kommun 0182 [--data DIR] [--url https://…/] [--similar KOD,…] [--force] [--api URL]
import { initCommand } from '../src/cli/init.ts';
import { runCli } from '../src/cli/runCli.ts';

runCli(() => initCommand(process.argv.slice(2)));
