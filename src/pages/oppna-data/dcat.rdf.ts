import type { APIRoute } from 'astro';
import { buildDcat } from '../../opendata/dcat/buildDcat.ts';
import { loadSiteData } from '../../site/loadSiteData.ts';
import { SECTIONS } from '../../sections/sections.ts';
import { sectionDcatDatasets } from '../../sections/runSections.ts';

/** /oppna-data/dcat.rdf — the DCAT-AP-SE catalogue dataportal.se harvests. */
export const GET: APIRoute = () => {
  const data = loadSiteData();
  const datasets = sectionDcatDatasets(SECTIONS, data.dir, data.site);
  const xml = buildDcat(data.site, data.indicators, data.areas, data.manifest, { observations: data.observations, coverage: data.coverage, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, datasets });
  return new Response(xml, { headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' } });
};
