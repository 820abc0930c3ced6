// The open data's public paths, on their own: the downloads import them, and importing the
// API documents' module for them would put every section (and the gate) in the downloads' code key.

/** The API's major version: part of every URL (/api/v1/…). Bump only for breaking changes. */
export const API_VERSION = '1';

/** Site paths of the open-data files (the agreed public URLs). */
export const OPEN_DATA_PATHS = {
  page: '/oppna-data/',
  apiDocs: '/oppna-data/api/',
  bulkZip: '/oppna-data/alla-resultat.zip',
  dataPackage: '/oppna-data/datapackage.json',
  dcat: '/oppna-data/dcat.rdf',
  apiIndex: '/api/v1/index.json',
  indicators: '/api/v1/indicators.json',
  indicator: (id: string) => `/api/v1/indicators/${encodeURIComponent(id)}.json`,
  areas: '/api/v1/areas.json',
  units: '/api/v1/units.json',
  schema: (name: string) => `/api/v1/schemas/${name}.schema.json`,
} as const;
