import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stableLines, stableStringify } from '../../write/stableJson.ts';
import type { DialogData, DialogMeta } from '../DialogData.ts';

/** The files of build/data/dialog/, what the pages and data files read. */
const FILES = { dialogues: 'dialogues.json', questions: 'questions.json', priorities: 'priorities.json', meta: 'meta.json' } as const;

/** Writes the section's value as deterministic JSON into `dir`. */
export async function writeDialogData(data: DialogData, dir: string): Promise<void> {
  await writeFile(join(dir, FILES.dialogues), stableLines(data.dialogues));
  await writeFile(join(dir, FILES.questions), stableLines(data.questions));
  await writeFile(join(dir, FILES.priorities), stableLines(data.priorities));
  const meta: DialogMeta = {};
  if (data.asOf) Object.assign(meta, { asOf: data.asOf, asOfSource: data.asOfSource });
  await writeFile(join(dir, FILES.meta), stableStringify(meta, 2) + '\n');
}

/** Reads what writeDialogData wrote into `dir`; undefined when the section has nothing there. */
export function readDialogData(dir: string): DialogData | undefined {
  let meta: DialogMeta;
  try {
    meta = JSON.parse(readFileSync(join(dir, FILES.meta), 'utf8')) as DialogMeta;
  } catch {
    return undefined;
  }
  const read = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  return { ...meta, dialogues: read(FILES.dialogues), questions: read(FILES.questions), priorities: read(FILES.priorities) };
}
