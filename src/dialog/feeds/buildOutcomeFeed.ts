import { escapeXml } from '../../opendata/dcat/escapeXml.ts';
import type { Dialogue } from '../DialogData.ts';
import { outcomeDate } from '../site/dialogViews.ts';
import type { Lang } from '../../i18n/languages.ts';

export interface OutcomeEntry {
  dialogue: Dialogue;
  /** Absolute URL of the dialogue's page: the entry's id and link. */
  url: string;
  /** Plain text: what was heard and what was done. */
  summary: string;
  category: string;
}

export interface OutcomeFeedInput {
  title: string;
  /** Absolute URL of the feed (rel="self") and of the page it belongs to (rel="alternate", the feed's id). */
  feedUrl: string;
  pageUrl: string;
  author: { name: string; uri: string };
  /** YYYY-MM-DD when there are no entries to date the feed by (the data's own date). */
  fallbackDate: string;
  entries: readonly OutcomeEntry[];
  /** The feed's language (its titles and categories); the log's texts are Swedish and say so in another language's feed. */
  lang?: Lang;
}

const atomDate = (date: string) => `${date}T00:00:00Z`;

/**
 * An Atom feed (RFC 4287) of "Vi hörde – vi gjorde": one entry per dialogue reported back,
 * dated by its decision (or its end). Entry ids are the dialogue pages' URLs, so a reader sees
 * a corrected outcome as the same entry updated. Every text is escaped; no clock.
 */
export function buildOutcomeFeed(input: OutcomeFeedInput): string {
  const updated = input.entries.map((e) => outcomeDate(e.dialogue)).sort().at(-1) ?? input.fallbackDate;
  const lang = input.lang ?? 'sv';
  // The log is written in Swedish: in a feed of another language its texts carry xml:lang="sv".
  const swedish = lang === 'sv' ? '' : ' xml:lang="sv"';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${escapeXml(input.pageUrl)}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    `  <author><name>${escapeXml(input.author.name)}</name><uri>${escapeXml(input.author.uri)}</uri></author>`,
  ];
  for (const { dialogue, url, summary, category } of input.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title${swedish}>${escapeXml(dialogue.title)}</title>`,
      `    <updated>${atomDate(outcomeDate(dialogue))}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <category term="${escapeXml(category)}"/>`,
      `    <summary type="text"${swedish}>${escapeXml(summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
