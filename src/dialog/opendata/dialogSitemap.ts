import { join } from 'node:path';
import { DIALOG_SECTION } from '../DialogData.ts';
import { DIALOG_PATHS } from '../paths.ts';
import { outcomeDate } from '../site/dialogViews.ts';
import { readDialogData } from '../write/writeDialogData.ts';

/**
 * The dialogue's pages in the sitemap: /dialog/ always (how to take part), and with a log its
 * other pages, dated by the log. The thank-you page is left out: nobody should land on it from search.
 */
export function dialogSitemapPages(dataDir: string): { path: string; lastmod?: string }[] {
  const data = readDialogData(join(dataDir, DIALOG_SECTION));
  if (!data) return [{ path: DIALOG_PATHS.index }];
  const asOf = data.asOf !== undefined ? { lastmod: data.asOf } : {};
  return [
    { path: DIALOG_PATHS.index, ...asOf },
    { path: DIALOG_PATHS.all, ...asOf },
    { path: DIALOG_PATHS.effect, ...asOf },
    ...data.dialogues.map((d) => ({ path: DIALOG_PATHS.dialogue(d.id), ...(d.status === 'reported' ? { lastmod: outcomeDate(d) } : asOf) })),
  ];
}
