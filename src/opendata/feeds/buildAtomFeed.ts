import type { Indicator, Manifest, Observation, SiteConfig } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';
import { formatPeriod } from '../../format/formatPeriod.ts';
import { formatValue } from '../../format/formatValue.ts';
import type { Lang } from '../../i18n/languages.ts';
import { inLanguage } from '../../i18n/routes.ts';
import { t } from '../../i18n/t.ts';
import { latest } from '../../site/latest.ts';
import { localIndicator, unitOf } from '../../site/localIndicator.ts';
import { escapeXml } from '../dcat/escapeXml.ts';
import { epochDate } from '../dcat/catalogueDates.ts';
import { licenceIri } from '../licence.ts';
import { absoluteUrl, normaliseBase } from '../seo/siteUrls.ts';

export interface AtomFeedInput {
  site: SiteConfig;
  indicators: readonly Indicator[];
  observations?: ObservationSource;
  manifest?: Manifest;
  /** Feed title (plain text). */
  title: string;
  /** Absolute URL of the feed itself (rel="self"). */
  feedUrl: string;
  /** Absolute URL of the page the feed belongs to (rel="alternate"); also the feed's id. */
  pageUrl: string;
  /** $SOURCE_DATE_EPOCH, used only when the data carries no dates at all. */
  sourceDateEpoch?: string;
  /** The feed's language: its entries link to the pages in it and use its texts (default Swedish). */
  lang?: Lang;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Atom wants RFC 3339 date-times; the data has calendar dates, so midnight UTC stands for the day. */
const atomDate = (date: string) => `${date}T00:00:00Z`;
const validDate = (date: string | undefined): string | undefined => (date && DATE.test(date) ? date : undefined);

/** Newest first (by lastUpdated), then by id, so the order never depends on input order. */
export function feedOrder(indicators: readonly Indicator[]): Indicator[] {
  return [...indicators].sort((a, b) => {
    const da = validDate(a.lastUpdated) ?? '';
    const db = validDate(b.lastUpdated) ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** "Senaste värde för Exempelkommun: 74,1 % (2025)." — the latest figure for the home municipality in words, or ''. */
export function latestInWords(site: SiteConfig, indicator: Indicator, observations: readonly Observation[], lang: Lang = 'sv'): string {
  const last = latest(observations, site.municipality);
  if (!last) return '';
  const value = formatValue(last.value, unitOf(indicator, lang), indicator.decimals, lang);
  return t('feeds.latest', { name: site.name, value, period: formatPeriod(last.period, lang) }, lang);
}

/** An element's xml:lang when its text is in another language than the feed. */
const xmlLang = (textLang: Lang, feedLang: Lang) => (textLang === feedLang ? '' : ` xml:lang="${textLang}"`);

/**
 * An Atom feed (RFC 4287) of indicators, one entry per indicator, dated by its lastUpdated. Entry
 * ids are the indicator pages' URLs: stable across rebuilds, so readers see an update of an
 * indicator as the same entry updated. No clock: every date comes from the data.
 */
export function buildAtomFeed(input: AtomFeedInput): string {
  const { site } = input;
  const lang = input.lang ?? 'sv';
  const entries = feedOrder(input.indicators);
  const dates = entries.map((i) => validDate(i.lastUpdated)).filter((d): d is string => d !== undefined);
  const feedUpdated = validDate(input.manifest?.dataUpdated) ?? dates.sort().at(-1) ?? epochDate(input.sourceDateEpoch) ?? '1970-01-01';
  const licence = licenceIri(site.licence);

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${escapeXml(input.pageUrl)}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <updated>${atomDate(feedUpdated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    `  <author><name>${escapeXml(site.name)}</name><uri>${escapeXml(normaliseBase(site.baseUrl))}</uri></author>`,
  ];
  if (licence) lines.push(`  <rights>${escapeXml(`Data: ${site.licence} (${licence})`)}</rights>`);
  for (const indicator of entries) {
    const url = absoluteUrl(site.baseUrl, inLanguage(`matt/${encodeURIComponent(indicator.id)}/`, lang));
    const updated = validDate(indicator.lastUpdated) ?? feedUpdated;
    const local = localIndicator(indicator, lang);
    const about = local.description ?? local.question;
    const latestText = latestInWords(site, indicator, input.observations?.get(indicator.id) ?? [], lang);
    // A summary is plain text in one language: an untranslated description stays out of an English one.
    const summary = [latestText, about && about.lang === lang ? about.text.trim() : ''].filter((s) => s !== '').join(' ');
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title${xmlLang(local.title.lang, lang)}>${escapeXml(local.title.text)}</title>`,
      `    <updated>${atomDate(updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <category term="${escapeXml(indicator.operatingArea)}"/>`,
    );
    if (summary !== '') lines.push(`    <summary type="text">${escapeXml(summary)}</summary>`);
    lines.push('  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
