// npm run kolada [-- --data DIR] [--api URL] [--kommun KOD] [--summary FILE.md]
import { koladaCommand } from '../src/cli/kolada.ts';
import { runCli } from '../src/cli/runCli.ts';

runCli(() => koladaCommand(process.argv.slice(2)));
