import type { Indicator, Manifest, Observation, SiteConfig } from '../../model/types.gen.ts';
import type { ObservationSource } from '../../site/loadSiteData.ts';
import { formatPeriod } from '../../format/formatPeriod.ts';
import { formatValue } from '../../format/formatValue.ts';
import { latest } from '../../site/latest.ts';
import { escapeXml } from '../dcat/escapeXml.ts';
import { epochDate } from '../dcat/catalogueDates.ts';
import { licenceIri } from '../licence.ts';
import { indicatorUrl, normaliseBase } from '../seo/siteUrls.ts';

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

/** "Senaste värde: 74,1 % (2025)." — the latest figure for the home municipality in words, or ''. */
export function latestInWords(site: SiteConfig, indicator: Indicator, observations: readonly Observation[]): string {
  const last = latest(observations, site.municipality);
  if (!last) return '';
  return `Senaste värde för ${site.name}: ${formatValue(last.value, indicator.unit, indicator.decimals)} (${formatPeriod(last.period)}).`;
}

/**
 * An Atom feed (RFC 4287) of indicators, one entry per indicator, dated by its lastUpdated. Entry
 * ids are the indicator pages' URLs: stable across rebuilds, so readers see an update of an
 * indicator as the same entry updated. No clock: every date comes from the data.
 */
export function buildAtomFeed(input: AtomFeedInput): string {
  const { site } = input;
  const entries = feedOrder(input.indicators);
  const dates = entries.map((i) => validDate(i.lastUpdated)).filter((d): d is string => d !== undefined);
  const feedUpdated = validDate(input.manifest?.dataUpdated) ?? dates.sort().at(-1) ?? epochDate(input.sourceDateEpoch) ?? '1970-01-01';
  const licence = licenceIri(site.licence);

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${escapeXml(input.pageUrl)}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <updated>${atomDate(feedUpdated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    `  <author><name>${escapeXml(site.name)}</name><uri>${escapeXml(normaliseBase(site.baseUrl))}</uri></author>`,
  ];
  if (licence) lines.push(`  <rights>${escapeXml(`Data: ${site.licence} (${licence})`)}</rights>`);
  for (const indicator of entries) {
    const url = indicatorUrl(site.baseUrl, indicator.id);
    const updated = validDate(indicator.lastUpdated) ?? feedUpdated;
    const summary = [latestInWords(site, indicator, input.observations?.get(indicator.id) ?? []), indicator.description?.trim() || indicator.question?.trim() || '']
      .filter((s) => s !== '')
      .join(' ');
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(indicator.title)}</title>`,
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
