// The DCAT-AP-SE catalogue as the real build writes it (/oppna-data/dcat.rdf), for the example data
// and the hostile injection data: parses as RDF/XML, equals the builder's output for the built
// data, and has zero SHACL violations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDcat } from '../../src/opendata/dcat/buildDcat.ts';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import { SECTIONS } from '../../src/sections/sections.ts';
import { sectionDcatDatasets } from '../../src/sections/runSections.ts';
import { parseRdfXml, SHAPE_SETS, validateShapes, violations } from '../opendata/dcatShacl.ts';
import { describeShared } from '../support/sharedData.ts';
import { siteUnderTest, type SiteName } from '../support/siteUnderTest.ts';

const SITES: SiteName[] = ['example', 'injection'];
const catalogue = (name: SiteName) => readFileSync(join(siteUnderTest(name).dist, 'oppna-data', 'dcat.rdf'), 'utf8');

describe('built /oppna-data/dcat.rdf', () => {
  for (const name of SITES) {
    it(`${name}: is the builder's output for the built data, parses, and has no blank nodes`, async () => {
      const site = siteUnderTest(name);
      const data = readSiteData(site.data);
      const xml = catalogue(name);
      // The sections' datasets (the dialogue's tables, the budget, the supplier invoices per year) are in it too.
      const datasets = sectionDcatDatasets(SECTIONS, site.data, data.site);
      expect(xml).toBe(buildDcat(data.site, data.indicators, data.areas, data.manifest, { observations: data.observations, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, datasets }));
      const quads = await parseRdfXml(xml);
      expect(quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
      const count = quads.filter((q) => q.predicate.value === 'http://www.w3.org/ns/dcat#dataset').length;
      expect(count).toBe(data.indicators.length + (data.indicators.length > 0 ? 1 : 0) + datasets.length);
      expect(datasets.map((d) => d.key)).toEqual(['dialoger', 'dialogfragor', 'dialogprioriteringar', 'budget', 'leverantorsreskontra-2024']);
    });
  }
});

describeShared('built /oppna-data/dcat.rdf against the DCAT-AP and DCAT-AP-SE shapes', () => {
  for (const name of SITES) {
    for (const set of Object.keys(SHAPE_SETS)) {
      it(`${name}: zero violations against ${set}`, { timeout: 300_000 }, async () => {
        const results = violations(await validateShapes(set, await parseRdfXml(catalogue(name))));
        expect(results, JSON.stringify(results.slice(0, 5), null, 2)).toEqual([]);
      });
    }
  }
});
