import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

/** Documentation and pictures may sit beside the files (a README for the dialogue coordinator). */
const NOT_DATA = new Set(['.md', '.pdf', '.png', '.svg', '.jpg', '.jpeg', '.gif', '.webp', '.docx']);

/** The files of `<dataDir>/<folder>/` to read, as paths from the data folder ("dialog/logg.xlsx"), sorted; none without the folder. */
export async function listDialogFiles(dataDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(dataDir, folder), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$') && !NOT_DATA.has(extname(e.name).toLowerCase()))
    .map((e) => relative(dataDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}
