import { parseArgs } from 'node:util';
import type { Language } from '../problems/catalogue.ts';

export interface CliArgs {
  data: string;
  out?: string;
  json: boolean;
  lang: Language;
  quiet: boolean;
}

/** The flags both commands take. Unknown flags are an error, not silently ignored. */
export function parseCliArgs(argv: string[]): CliArgs | { error: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'sv' },
        quiet: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.lang !== 'sv' && values.lang !== 'en') return { error: `--lang: sv or en, not ${values.lang}` };
    const args: CliArgs = { data: values.data, json: values.json, lang: values.lang, quiet: values.quiet };
    if (values.out !== undefined) args.out = values.out;
    return args;
  } catch (e) {
    return { error: (e as Error).message };
  }
}
