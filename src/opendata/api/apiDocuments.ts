import type { Area, Indicator, Observation, Unit } from '../../model/types.gen.ts';
import type { OpenDataInput } from '../bulk/OpenDataInput.ts';
import { sortedAreas, sortedIndicators, sortedUnits } from '../bulk/bulkTables.ts';
import { releaseDate } from '../bulk/releaseDate.ts';
import { licenceInfo } from '../licence.ts';
import { observationsOf } from './sortedObservations.ts';
import { coverageFor } from '../../site/coverage.ts';
import { publicUrl } from './publicUrl.ts';
import { SECTIONS } from '../../sections/sections.ts';
import { sectionApiLinks } from '../../sections/runSections.ts';

export { API_VERSION, OPEN_DATA_PATHS } from './openDataPaths.ts';
import { API_VERSION, OPEN_DATA_PATHS } from './openDataPaths.ts';

/** /api/v1/index.json: what the API holds and where everything is. */
export function apiIndex(input: OpenDataInput, schemaNames: readonly string[]) {
  const url = (path: string) => publicUrl(input.site.baseUrl, path);
  let observations = 0;
  let values = 0;
  for (const indicator of input.indicators) {
    const coverage = coverageFor(input, indicator.id);
    observations += coverage.observations;
    values += coverage.values;
  }
  const licence = licenceInfo(input.site.licence);
  const schemas: Record<string, string> = {};
  for (const name of [...schemaNames].sort()) schemas[name] = url(OPEN_DATA_PATHS.schema(name));
  return {
    apiVersion: API_VERSION,
    title: input.site.siteName,
    publisher: input.site.name,
    municipality: input.site.municipality,
    licence: licence ? { id: licence.id, title: licence.title, ...(licence.url ? { url: licence.url } : {}) } : null,
    dataUpdated: releaseDate(input, {}) ?? null,
    counts: {
      indicators: input.indicators.length,
      observations,
      values,
      areas: input.areas.length,
      units: input.units.length,
    },
    links: {
      self: url(OPEN_DATA_PATHS.apiIndex),
      documentation: url(OPEN_DATA_PATHS.apiDocs),
      indicators: url(OPEN_DATA_PATHS.indicators),
      // A URI template (RFC 6570): replace {id} with an indicator id from indicators.json.
      indicator: url('/api/v1/indicators/{id}.json'),
      areas: url(OPEN_DATA_PATHS.areas),
      units: url(OPEN_DATA_PATHS.units),
      schemas,
      bulkDownload: url(OPEN_DATA_PATHS.bulkZip),
      dataPackage: url(OPEN_DATA_PATHS.dataPackage),
      dcat: url(OPEN_DATA_PATHS.dcat),
      site: url('/'),
      // The sections beside the results (dialogue, finances…): their documents under their names.
      ...(input.dir !== undefined ? sectionApiLinks(SECTIONS, input.dir, input.site) : {}),
    },
  };
}

/** /api/v1/indicators.json: every indicator's metadata (indicator.schema.json), by id. */
export function indicatorList(input: OpenDataInput): Indicator[] {
  return sortedIndicators(input);
}

/** /api/v1/indicators/{id}.json: metadata and observations, the same document as /matt/{id}/data.json. */
export function indicatorDocument(input: OpenDataInput, indicator: Indicator): { indicator: Indicator; observations: Observation[] } {
  return { indicator, observations: observationsOf(input, indicator.id) };
}

/** /api/v1/areas.json (area.schema.json items), by code. */
export function areaList(input: OpenDataInput): Area[] {
  return sortedAreas(input);
}

/** /api/v1/units.json (unit.schema.json items), by id. */
export function unitList(input: OpenDataInput): Unit[] {
  return sortedUnits(input);
}
