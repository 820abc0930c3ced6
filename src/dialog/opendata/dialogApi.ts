import { join } from 'node:path';
import type { SiteConfig } from '../../model/types.gen.ts';
import { absoluteUrl } from '../../opendata/seo/siteUrls.ts';
import { DIALOG_SECTION } from '../DialogData.ts';
import { DIALOG_PATHS } from '../paths.ts';
import { readDialogData } from '../write/writeDialogData.ts';

/** The dialogue's entries in /api/v1/index.json: its documents, calendar and feed (none without data). */
export function dialogApiLinks(dataDir: string, site: SiteConfig): Record<string, string> {
  if (!readDialogData(join(dataDir, DIALOG_SECTION))) return {};
  const url = (path: string) => absoluteUrl(site.baseUrl, path);
  return {
    dialogues: url(DIALOG_PATHS.apiDialogues),
    questions: url(DIALOG_PATHS.apiQuestions),
    priorities: url(DIALOG_PATHS.apiPriorities),
    calendar: url(DIALOG_PATHS.calendar),
    feed: url(DIALOG_PATHS.feed),
    page: url(DIALOG_PATHS.index),
  };
}
