import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { t } from '../../i18n/t.ts';
import type { SiteConfig } from '../../model/types.gen.ts';
import { apiJson } from '../../opendata/api/apiJson.ts';
import { absoluteUrl, normaliseBase } from '../../opendata/seo/siteUrls.ts';
import { openSiteData } from '../../site/loadSiteData.ts';
import { operatingAreas } from '../../site/operatingAreas.ts';
import { DIALOG_SECTION, type Dialogue } from '../DialogData.ts';
import { buildICalendar, type CalendarEvent } from '../feeds/buildICalendar.ts';
import { buildOutcomeFeed } from '../feeds/buildOutcomeFeed.ts';
import { capitalised } from '../format/formatWhen.ts';
import { DIALOG_PATHS } from '../paths.ts';
import { comingDialogues, outcomes } from '../site/dialogViews.ts';
import { readDialogData } from './writeDialogData.ts';

async function put(outDir: string, path: string, text: string): Promise<void> {
  const file = join(outDir, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** A dialogue as a calendar event: the words a calendar shows beside the time and place. */
function event(site: SiteConfig, d: Dialogue): CalendarEvent {
  const url = absoluteUrl(site.baseUrl, DIALOG_PATHS.dialogue(d.id));
  const form = t(`dialog.forms.${d.form}`);
  const parts = [
    `${capitalised(form)}.`,
    d.question !== undefined ? t('dialog.calendar.question', { text: d.question }) : '',
    d.organiser !== undefined ? t('dialog.calendar.organiser', { name: d.organiser }) : '',
    t('dialog.calendar.readMore', { url }),
  ];
  return { dialogue: d, url, description: parts.filter((p) => p !== '').join('\n'), category: form };
}

/**
 * The dialogue's data files, beside the pages: the calendar of coming dialogues (whole site,
 * per operating area, per dialogue), the Atom feed of outcomes and the API documents.
 */
export async function writeDialogFiles(dataDir: string, outDir: string, site: SiteConfig): Promise<void> {
  const data = readDialogData(join(dataDir, DIALOG_SECTION));
  if (!data) return;
  const host = new URL(site.baseUrl).host;
  const stamp = data.asOf ?? '1970-01-01';
  const coming = comingDialogues(data);
  const calendar = (name: string, list: readonly Dialogue[]) => buildICalendar({ name, host, stamp, events: list.map((d) => event(site, d)) });

  await put(outDir, DIALOG_PATHS.calendar, calendar(t('dialog.calendar.name', { siteName: site.siteName }), coming));
  // Every operating area of the results has a calendar, so a subscription works before its first dialogue.
  for (const area of operatingAreas(openSiteData(dataDir).indicators)) {
    const list = coming.filter((d) => d.operatingAreas.includes(area.name));
    await put(outDir, DIALOG_PATHS.areaCalendar(area.slug), calendar(t('dialog.calendar.areaName', { siteName: site.siteName, area: area.name }), list));
  }
  for (const d of coming) await put(outDir, DIALOG_PATHS.dialogueCalendar(d.id), calendar(d.title, [d]));

  const entries = outcomes(data.dialogues).map((d) => ({
    dialogue: d,
    url: absoluteUrl(site.baseUrl, DIALOG_PATHS.dialogue(d.id)),
    category: t(`dialog.forms.${d.form}`),
    summary: [
      d.heard !== undefined ? t('dialog.feed.heard', { text: d.heard }) : '',
      d.did !== undefined ? t('dialog.feed.did', { text: d.did }) : '',
      d.decision !== undefined ? t('dialog.feed.decision', { decision: d.decision }) : '',
    ].filter((s) => s !== '').join('\n\n'),
  }));
  await put(outDir, DIALOG_PATHS.feed, buildOutcomeFeed({
    title: t('dialog.feed.title', { siteName: site.siteName }),
    feedUrl: absoluteUrl(site.baseUrl, DIALOG_PATHS.feed),
    pageUrl: absoluteUrl(site.baseUrl, DIALOG_PATHS.index),
    author: { name: site.name, uri: normaliseBase(site.baseUrl) },
    fallbackDate: stamp,
    entries,
  }));

  await put(outDir, DIALOG_PATHS.apiDialogues, apiJson(data.dialogues));
  await put(outDir, DIALOG_PATHS.apiQuestions, apiJson(data.questions));
  await put(outDir, DIALOG_PATHS.apiPriorities, apiJson(data.priorities));
}
