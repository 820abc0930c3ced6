import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LANGS, type Lang } from '../../i18n/languages.ts';
import { inLanguage } from '../../i18n/routes.ts';
import { t } from '../../i18n/t.ts';
import type { SiteConfig } from '../../model/types.gen.ts';
import { apiJson } from '../../opendata/api/apiJson.ts';
import { absoluteUrl, normaliseBase } from '../../opendata/seo/siteUrls.ts';
import { openSiteData } from '../../site/loadSiteData.ts';
import { siteName } from '../../site/localNames.ts';
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

/** A dialogue as a calendar event in `lang`: the words a calendar shows beside the time and place, the link to its page in that language. */
function event(site: SiteConfig, d: Dialogue, lang: Lang): CalendarEvent {
  const url = absoluteUrl(site.baseUrl, inLanguage(DIALOG_PATHS.dialogue(d.id), lang));
  const form = t(`dialog.forms.${d.form}`, undefined, lang);
  const parts = [
    `${capitalised(form)}.`,
    d.question !== undefined ? t('dialog.calendar.question', { text: d.question }, lang) : '',
    d.organiser !== undefined ? t('dialog.calendar.organiser', { name: d.organiser }, lang) : '',
    t('dialog.calendar.readMore', { url }, lang),
  ];
  return { dialogue: d, url, description: parts.filter((p) => p !== '').join('\n'), category: form };
}

/**
 * The dialogue's data files, beside the pages: in every language, the calendar of coming
 * dialogues (whole site, per operating area, per dialogue) and the Atom feed of outcomes — the
 * English ones under /en/, with English words around the log's Swedish texts and links to the
 * English pages; a dialogue keeps one UID in both, so a calendar that has both sees one event —
 * and, once, the API documents.
 */
export async function writeDialogFiles(dataDir: string, outDir: string, site: SiteConfig): Promise<void> {
  const data = readDialogData(join(dataDir, DIALOG_SECTION));
  if (!data) return;
  const host = new URL(site.baseUrl).host;
  const stamp = data.asOf ?? '1970-01-01';
  const coming = comingDialogues(data);
  const areas = operatingAreas(openSiteData(dataDir).indicators);
  for (const lang of LANGS) {
    const at = (path: string) => inLanguage(path, lang);
    const calendar = (name: string, list: readonly Dialogue[]) =>
      buildICalendar({ name, host, stamp, events: list.map((d) => event(site, d, lang)), ...(lang === 'sv' ? {} : { dataLanguage: 'sv' }) });
    await put(outDir, at(DIALOG_PATHS.calendar), calendar(t('dialog.calendar.name', { siteName: siteName(site, lang).text }, lang), coming));
    // Every operating area of the results has a calendar, so a subscription works before its first dialogue.
    for (const area of areas) {
      const list = coming.filter((d) => d.operatingAreas.includes(area.name));
      const name = (lang === 'en' && area.nameEn) || area.name;
      await put(outDir, at(DIALOG_PATHS.areaCalendar(area.slug)), calendar(t('dialog.calendar.areaName', { siteName: siteName(site, lang).text, area: name }, lang), list));
    }
    for (const d of coming) await put(outDir, at(DIALOG_PATHS.dialogueCalendar(d.id)), calendar(d.title, [d]));

    // The log's texts are Swedish: the summary keeps the Swedish words around them in every feed.
    const entries = outcomes(data.dialogues).map((d) => ({
      dialogue: d,
      url: absoluteUrl(site.baseUrl, at(DIALOG_PATHS.dialogue(d.id))),
      category: t(`dialog.forms.${d.form}`, undefined, lang),
      summary: [
        d.heard !== undefined ? t('dialog.feed.heard', { text: d.heard }) : '',
        d.did !== undefined ? t('dialog.feed.did', { text: d.did }) : '',
        d.decision !== undefined ? t('dialog.feed.decision', { decision: d.decision }) : '',
      ].filter((s) => s !== '').join('\n\n'),
    }));
    await put(outDir, at(DIALOG_PATHS.feed), buildOutcomeFeed({
      title: t('dialog.feed.title', { siteName: siteName(site, lang).text }, lang),
      feedUrl: absoluteUrl(site.baseUrl, at(DIALOG_PATHS.feed)),
      pageUrl: absoluteUrl(site.baseUrl, at(DIALOG_PATHS.index)),
      author: { name: site.name, uri: normaliseBase(site.baseUrl) },
      fallbackDate: stamp,
      entries,
      lang,
    }));
  }

  await put(outDir, DIALOG_PATHS.apiDialogues, apiJson(data.dialogues));
  await put(outDir, DIALOG_PATHS.apiQuestions, apiJson(data.questions));
  await put(outDir, DIALOG_PATHS.apiPriorities, apiJson(data.priorities));
}
