import { slug } from '../../site/slug.ts';
import { publicUrl } from '../api/publicUrl.ts';
import { OPEN_DATA_PATHS } from '../api/apiDocuments.ts';
import type { OpenDataInput } from './OpenDataInput.ts';
import type { BulkResource } from './bulkResources.ts';
import { allBulkResources } from './allBulkResources.ts';
import { licenceInfo } from '../licence.ts';
import { releaseDate } from './releaseDate.ts';

/**
 * Frictionless Data Package **v1** with the Tabular Data Package profile
 * (specs.frictionlessdata.io): the version today's tools (frictionless-py 5, datapackage-js,
 * R's frictionless, dataportal tooling) all read. Every CSV is a tabular-data-resource with a
 * Table Schema. Paths are relative, so the same descriptor works inside the zip and at
 * /oppna-data/datapackage.json, where the CSV files are published beside it.
 */
export const DATA_PACKAGE_PROFILE = 'tabular-data-package';

/** CSV dialect of every bulk table: the standard CSV of src/downloads (RFC 4180, comma, CRLF). */
const DIALECT = { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true, skipInitialSpace: false };

function tableSchema(resource: BulkResource) {
  return {
    fields: resource.columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.type === 'date' ? { format: 'default' } : {}),
      description: c.description,
      ...(c.constraints ? { constraints: c.constraints } : {}),
    })),
    // Only the empty cell means "no value": the status symbols (-, ., ..) sit in their own
    // column, so a value column never holds one.
    missingValues: [''],
    ...(resource.primaryKey ? { primaryKey: resource.primaryKey } : {}),
    ...(resource.foreignKeys ? { foreignKeys: resource.foreignKeys } : {}),
  };
}

/** The datapackage.json descriptor (a plain object; serialise with JSON.stringify). */
export function buildDataPackage(input: OpenDataInput) {
  const { site } = input;
  const licence = licenceInfo(site.licence);
  const date = releaseDate(input);
  const usesKolada = input.indicators.some((i) => i.attribution !== 'local');
  const keywords = [...new Set(['öppna data', 'kommun', 'nyckeltal', site.name, ...input.indicators.map((i) => i.operatingArea)])].sort((a, b) => a.localeCompare(b, 'sv'));
  return {
    profile: DATA_PACKAGE_PROFILE,
    name: slug(site.siteName) || 'oppna-resultat',
    id: publicUrl(site.baseUrl, OPEN_DATA_PATHS.dataPackage),
    title: `${site.siteName} – alla resultat`,
    description: `Alla resultat som ${site.name} publicerar på ${publicUrl(site.baseUrl)}: mått, värden per område, enhet, period och kön, områden och enheter. Läs README.md för kolumner, koder och hur du anger källan. / All results ${site.name} publishes: indicators, values per area, unit, period and gender, areas and units. See README.md.`,
    homepage: publicUrl(site.baseUrl, OPEN_DATA_PATHS.page),
    ...(date ? { version: date, created: `${date}T00:00:00Z` } : {}),
    ...(licence ? { licenses: [{ name: licence.id, ...(licence.url ? { path: licence.url } : {}), title: licence.title }] } : {}),
    contributors: [{ title: site.name, role: 'publisher', ...(site.contact.email ? { email: site.contact.email } : {}), ...(site.contact.url ? { path: site.contact.url } : {}) }],
    ...(usesKolada ? { sources: [{ title: 'Kolada (RKA)', path: 'https://www.kolada.se/' }] } : {}),
    keywords,
    resources: allBulkResources(input).map((r) => ({
      profile: 'tabular-data-resource',
      name: r.name,
      path: r.csv,
      title: r.title,
      description: r.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: DIALECT,
      schema: tableSchema(r),
    })),
  };
}

/** datapackage.json as published: two-space indent, final newline, keys in the order above. */
export function dataPackageJson(input: OpenDataInput): string {
  return `${JSON.stringify(buildDataPackage(input), null, 2)}\n`;
}
