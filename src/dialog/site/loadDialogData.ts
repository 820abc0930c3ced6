import { join } from 'node:path';
import { dataDir } from '../../site/loadSiteData.ts';
import { DIALOG_SECTION, type DialogData } from '../DialogData.ts';
import { readDialogData } from '../write/writeDialogData.ts';

let cache: { dir: string; data: DialogData | undefined } | undefined;

/**
 * The dialogue's data for the pages, read once per build; undefined when the data folder has
 * none (no data/dialog/): the pages then offer the ways to take part and link no dialogue files.
 */
export function loadDialogData(dir: string = dataDir()): DialogData | undefined {
  if (cache?.dir !== dir) cache = { dir, data: readDialogData(join(dir, DIALOG_SECTION)) };
  return cache.data;
}
