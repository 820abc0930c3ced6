import type { Area, Indicator, SiteConfig } from '../../model/types.gen.ts';
import { DOWNLOAD_FORMATS } from '../dcat/downloadFormats.ts';
import { licenceIri } from '../licence.ts';
import { temporalCoverage } from '../dcat/temporalCoverage.ts';
import type { Lang } from '../../i18n/languages.ts';
import { inLanguage } from '../../i18n/routes.ts';
import { absoluteUrl, indicatorUrl, normaliseBase, OPEN_DATA_PATHS } from './siteUrls.ts';

export interface DatasetJsonLdOptions {
  /** Every period of the indicator's data (Coverage), for temporalCoverage. */
  periods?: readonly string[];
  areas?: readonly Area[];
  /** The page's language: its URL, name and description (default Swedish). The dataset's @id stays the Swedish page's. */
  lang?: Lang;
}

/**
 * schema.org Dataset for an indicator page, so search engines (Google Dataset Search) can list the
 * figures with their downloads. Serialise it with serializeJsonLd before putting it in a page.
 */
export function buildDatasetJsonLd(site: SiteConfig, indicator: Indicator, options: DatasetJsonLdOptions = {}): Record<string, unknown> {
  const base = normaliseBase(site.baseUrl);
  const lang = options.lang ?? 'sv';
  const id = `${indicatorUrl(base, indicator.id)}#dataset`;
  const url = absoluteUrl(base, inLanguage(`matt/${encodeURIComponent(indicator.id)}/`, lang));
  const en = lang === 'en' ? indicator.en : undefined;
  const name = en?.title ?? indicator.title;
  const organisation = { '@type': 'GovernmentOrganization', name: site.name, url: base };
  const home = options.areas?.find((a) => a.code === site.municipality);
  const coverage = temporalCoverage(options.periods ?? []);
  const licence = licenceIri(site.licence);
  const description =
    en?.description?.trim() || en?.question?.trim() || (en?.title ? `The measure “${en.title}” published by ${site.name}.` : '') ||
    indicator.description?.trim() || indicator.question?.trim() || `Måttet ”${indicator.title}” som ${site.name} publicerar.`;

  const dataset: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': id,
    name,
    description,
    url,
    identifier: indicator.koladaId ? [indicator.id, `Kolada ${indicator.koladaId}`] : indicator.id,
    inLanguage: lang,
    keywords: [indicator.operatingArea, 'nyckeltal', site.name],
    isAccessibleForFree: true,
    creator: organisation,
    publisher: organisation,
    spatialCoverage: { '@type': 'Place', name: home?.name ?? site.name },
    variableMeasured: { '@type': 'PropertyValue', name, unitText: (en?.unit ?? indicator.unit) },
    includedInDataCatalog: { '@type': 'DataCatalog', name: `${site.siteName} – öppna data`, url: absoluteUrl(base, OPEN_DATA_PATHS.page) },
    distribution: DOWNLOAD_FORMATS.map((format) => ({
      '@type': 'DataDownload',
      name: format.titleSv,
      encodingFormat: format.mediaType,
      contentUrl: indicatorUrl(base, indicator.id, format.file),
    })),
  };
  if (licence) dataset.license = licence;
  if (coverage) dataset.temporalCoverage = `${coverage.start}/${coverage.end}`;
  if (indicator.lastUpdated) dataset.dateModified = indicator.lastUpdated;
  return dataset;
}
