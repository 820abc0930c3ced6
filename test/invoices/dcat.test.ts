// The supplier invoices in the DCAT-AP-SE catalogue: one dataset per year with its period, monthly
// frequency, the specification it conforms to and every file as a distribution. (The SHACL shapes
// are run on the built example site's catalogue, which holds these datasets, in test/site.)
import { describe, expect, it } from 'vitest';
import { buildDcat } from '../../src/opendata/dcat/buildDcat.ts';
import type { DcatDatasetSpec } from '../../src/opendata/dcat/DcatDatasetSpec.ts';
import { parseRdfXml } from '../opendata/dcatShacl.ts';
import { fixture } from '../opendata/dcatFixture.ts';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';

const spec: DcatDatasetSpec = {
  key: 'leverantorsreskontra-2024',
  group: { sv: 'Ekonomi', en: 'Finances' },
  title: { sv: 'Leverantörsreskontra 2024', en: 'Supplier invoices 2024' },
  description: { sv: 'Alla leverantörsfakturor.', en: 'Every supplier invoice.' },
  keywords: { sv: ['leverantörsreskontra'], en: ['supplier invoices'] },
  theme: 'http://publications.europa.eu/resource/authority/data-theme/GOVE',
  landingPage: '/ekonomi/leverantorsreskontra/2024/',
  temporal: { start: '2024-01-01', end: '2024-12-31' },
  modified: '2024-12-31',
  frequency: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
  conformsTo: 'https://lankadedata.se/spec/leverantorsreskontra/1.1',
  distributions: [
    { key: 'csv', format: 'CSV', path: '/oppna-data/leverantorsreskontra/leverantorsreskontra-2024.csv', title: { sv: 'CSV', en: 'CSV' } },
    { key: 'csv-2024-01', format: 'CSV', path: '/oppna-data/leverantorsreskontra/2024/leverantorsreskontra-2024-01.csv', title: { sv: 'Januari', en: 'January' } },
    { key: 'json', format: 'JSON', path: '/api/v1/leverantorsreskontra/2024.json', title: { sv: 'JSON', en: 'JSON' } },
  ],
};

describe('section datasets in the DCAT catalogue', () => {
  it('describes the year as a dataset of the catalogue, served by the API, with every file', async () => {
    const f = fixture();
    const quads = await parseRdfXml(buildDcat(f.site, f.indicators, f.areas, f.manifest, { observations: f.observations, datasets: [spec] }));
    const id = 'https://resultat.exempelkommun.se/oppna-data/dcat.rdf#dataset-section.leverantorsreskontra-2024';
    const of = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    expect(of('https://resultat.exempelkommun.se/oppna-data/dcat.rdf#catalog', `${DCAT}dataset`)).toContain(id);
    expect(of('https://resultat.exempelkommun.se/oppna-data/dcat.rdf#api', `${DCAT}servesDataset`)).toContain(id);
    expect(of(id, `${DCT}title`).sort()).toEqual(['Leverantörsreskontra 2024', 'Supplier invoices 2024']);
    expect(of(id, `${DCT}conformsTo`)).toEqual(['https://lankadedata.se/spec/leverantorsreskontra/1.1']);
    expect(of(id, `${DCT}accrualPeriodicity`)).toEqual(['http://publications.europa.eu/resource/authority/frequency/MONTHLY']);
    expect(of(id, `${DCAT}landingPage`)).toEqual(['https://resultat.exempelkommun.se/ekonomi/leverantorsreskontra/2024/']);
    const distributions = of(id, `${DCAT}distribution`);
    expect(distributions).toHaveLength(3);
    expect(distributions.flatMap((d) => of(d, `${DCAT}downloadURL`)).sort()).toEqual([
      'https://resultat.exempelkommun.se/api/v1/leverantorsreskontra/2024.json',
      'https://resultat.exempelkommun.se/oppna-data/leverantorsreskontra/2024/leverantorsreskontra-2024-01.csv',
      'https://resultat.exempelkommun.se/oppna-data/leverantorsreskontra/leverantorsreskontra-2024.csv',
    ]);
    const [temporal] = of(id, `${DCT}temporal`);
    expect([...of(temporal, `${DCAT}startDate`), ...of(temporal, `${DCAT}endDate`)]).toEqual(['2024-01-01', '2024-12-31']);
  });
});
