// The budget in the DCAT-AP-SE catalogue: one dataset, with its CSV and JSON distributions, the
// period it covers and the schema it follows, described as the results' datasets are, and zero
// violations against the DCAT-AP and DCAT-AP-SE shapes.
import { describe, expect, it } from 'vitest';
import { budgetDataset } from '../../src/budget/opendata/budgetDataset.ts';
import type { Budget } from '../../src/model/types.gen.ts';
import { buildDcat } from '../../src/opendata/dcat/buildDcat.ts';
import { parseRdfXml, SHAPE_SETS, validateShapes, violations } from '../opendata/dcatShacl.ts';
import { fixture } from '../opendata/dcatFixture.ts';
import { describeShared } from '../support/sharedData.ts';

const src = { file: 'budget/drift.xlsx', sheet: 'Drift', cell: 'C5', unit: 'tkr' as const };
const budget: Budget = {
  currency: 'SEK',
  lines: [
    { area: 'Grundskola', period: '2020', budget: 700_000_000, outcome: 706_300_000, sources: { budget: src, outcome: src } },
    { area: 'Grundskola', period: '2025-08', budget: 552_933_000, outcome: 563_439_000, sources: { budget: src, outcome: src } },
  ],
  population: [],
};

function build(): string {
  const f = fixture();
  return buildDcat(f.site, f.indicators, f.areas, f.manifest, { observations: f.observations, datasets: [budgetDataset(budget, f.site, '2025-09-15')] });
}

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const DATASET = 'https://resultat.exempelkommun.se/oppna-data/dcat.rdf#dataset-section.budget';

describe('the budget dataset in the catalogue', () => {
  it('is listed by the catalogue, with sv and en texts, the economy theme, its period, schema and two files', async () => {
    const quads = await parseRdfXml(build());
    const of = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    expect(quads.filter((q) => q.predicate.value === `${DCAT}dataset`).map((q) => q.object.value)).toContain(DATASET);
    expect(of(DATASET, `${DCT}title`)).toEqual(['Budget och utfall per verksamhet – Exempelkommun', 'Budget and outcome per operating area – Exempelkommun']);
    expect(of(DATASET, `${DCAT}theme`)).toEqual(['http://publications.europa.eu/resource/authority/data-theme/ECON']);
    expect(of(DATASET, `${DCAT}landingPage`)).toEqual(['https://resultat.exempelkommun.se/ekonomi/']);
    expect(of(DATASET, `${DCT}conformsTo`)).toEqual(['https://resultat.exempelkommun.se/api/v1/schemas/budget.schema.json']);
    const [temporal] = of(DATASET, `${DCT}temporal`);
    expect([...of(temporal, `${DCAT}startDate`), ...of(temporal, `${DCAT}endDate`)]).toEqual(['2020-01-01', '2025-08-31']);
    const files = of(DATASET, `${DCAT}distribution`).flatMap((d) => of(d, `${DCAT}downloadURL`));
    expect(files).toEqual(['https://resultat.exempelkommun.se/oppna-data/budget.csv', 'https://resultat.exempelkommun.se/api/v1/budget.json']);
    // The API serves it too.
    expect(of('https://resultat.exempelkommun.se/oppna-data/dcat.rdf#api', `${DCAT}servesDataset`)).toContain(DATASET);
  });
});

describeShared('the catalogue with the budget against the DCAT-AP 3.0.1 and DCAT-AP-SE 3.0.1 shapes', () => {
  for (const set of Object.keys(SHAPE_SETS)) {
    it(`has zero violations against ${set}`, { timeout: 180_000 }, async () => {
      const results = violations(await validateShapes(set, await parseRdfXml(build())));
      expect(results, JSON.stringify(results.slice(0, 5), null, 2)).toEqual([]);
    });
  }
});
