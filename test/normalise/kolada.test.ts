import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Observation } from '../../src/model/types.gen.ts';
import { AreaDirectory } from '../../src/normalise/AreaDirectory.ts';
import { detectLayout } from '../../src/normalise/detectLayout.ts';
import { normaliseKoladaJson } from '../../src/normalise/normaliseKoladaJson.ts';
import { normaliseTable } from '../../src/normalise/normaliseTable.ts';
import { describeShared, shared, sharedFiles } from '../support/sharedData.ts';
import { csvTable } from './support.ts';

function find(list: Observation[], indicator: string, area: string, period: string, gender: string): Observation | undefined {
  return list.find((o) => o.indicator === indicator && o.area === area && o.period === period && o.gender === gender);
}

describeShared('Kolada API files', () => {
  const dir = shared('kolada', 'api');
  const files = sharedFiles('kolada', 'api').filter((f) => f.endsWith('.json'));

  it('has the files the tests expect', () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
  });

  it.each(files)('%s: one observation per inner value, all with provenance, no findings', (name) => {
    const data = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as { values: { kpi: string; values: { value: number | null; status: string }[] }[] };
    // Counted independently of the code under test.
    let expected = 0;
    let missing = 0;
    for (const entry of data.values) {
      expected += entry.values.length;
      for (const v of entry.values) if (v.value === null || v.status === 'Missing') missing++;
    }
    const out = normaliseKoladaJson(data, `kolada/${name}`);
    expect(out.findings).toEqual([]);
    expect(out.observations).toHaveLength(expected);
    expect(out.observations.filter((o) => o.value === null)).toHaveLength(missing);
    for (const o of out.observations) {
      expect(o.indicator).toBe(name.replace('.json', ''));
      expect(o.source.file).toBe(`kolada/${name}`);
      expect(o.source.pointer).toMatch(/^\/values\/\d+\/values\/\d+$/);
      if (o.value === null) expect(o.status).toBe('missing');
      else expect('status' in o).toBe(false);
    }
  });

  it('N15428: riket 1998 T = 91.4, pointing at the inner value', () => {
    const data: unknown = JSON.parse(readFileSync(`${dir}/N15428.json`, 'utf8'));
    const out = normaliseKoladaJson(data, 'kolada/N15428.json');
    const o = find(out.observations, 'N15428', '0000', '1998', 'T');
    expect(o).toEqual({ indicator: 'N15428', area: '0000', period: '1998', gender: 'T', value: 91.4, n: 1, source: { file: 'kolada/N15428.json', pointer: '/values/0/values/2' } });
    expect(find(out.observations, 'N15428', '0000', '1998', 'K')?.value).toBe(93.1);
  });

  it('a Missing status becomes value null with status missing', () => {
    const out = normaliseKoladaJson(
      { count: 1, values: [{ kpi: 'N00090', municipality: '0182', period: 2020, values: [{ count: 0, gender: 'T', status: 'Missing', value: null }] }] },
      'k.json',
    );
    expect(out.observations).toEqual([{ indicator: 'N00090', area: '0182', period: '2020', gender: 'T', value: null, status: 'missing', n: 0, source: { file: 'k.json', pointer: '/values/0/values/0' } }]);
  });

  it('unit-level responses ("ou") become unit observations', () => {
    const out = normaliseKoladaJson({ values: [{ kpi: 'N15428', ou: 'V15E018200101', period: 2023, values: [{ gender: 'T', value: 80 }] }] }, 'ou.json');
    expect(out.observations[0]).toMatchObject({ unit: 'V15E018200101', value: 80 });
    expect('area' in out.observations[0]).toBe(false);
  });

  it.each([
    [null, ''],
    [[], ''],
    [{ values: 3 }, ''],
    [{ values: [7] }, '/values/0'],
    [{ values: [{ municipality: '0182', period: 2020, values: [] }] }, '/values/0/kpi'],
    [{ values: [{ kpi: 'N1', period: 2020, values: [] }] }, '/values/0'],
    [{ values: [{ kpi: 'N1', municipality: '0182', values: [] }] }, '/values/0/period'],
    [{ values: [{ kpi: 'N1', municipality: '0182', period: 2020 }] }, '/values/0/values'],
    [{ values: [{ kpi: 'N1', municipality: '0182', period: 2020, values: ['x'] }] }, '/values/0/values/0'],
    [{ values: [{ kpi: 'N1', municipality: '0182', period: 2020, values: [{ gender: 'T', value: '12' }] }] }, '/values/0/values/0/value'],
  ])('wrong shape %j → json-shape at %j, naming the file', (data, pointer) => {
    const out = normaliseKoladaJson(data, 'bad.json');
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ code: 'json-shape', file: 'bad.json', pointer });
    expect(out.observations).toEqual([]);
  });

  it('reports unknown genders and periods at their pointer', () => {
    const out = normaliseKoladaJson({ values: [{ kpi: 'N1', municipality: '0182', period: 1850, values: [] }, { kpi: 'N1', municipality: '0182', period: 2020, values: [{ gender: 'X', value: 1 }] }] }, 'k.json');
    expect(out.findings).toEqual([
      { code: 'period-format', file: 'k.json', pointer: '/values/0/period', value: '1850' },
      { code: 'gender-code', file: 'k.json', pointer: '/values/1/values/0/gender', value: 'X' },
    ]);
  });
});

describeShared('Kolada CSV files', () => {
  it('the long export is the long layout: every row, spot values, cells as Excel shows them', () => {
    const t = csvTable(shared('kolada', 'nacka-and-riket-long.csv'), 'kolada/nacka-and-riket-long.csv');
    expect(detectLayout(t)?.layout).toBe('long');
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.observations).toHaveLength(t.rows.length - 1);
    expect(out.observations).toHaveLength(755);
    expect(out.observations[0]).toEqual({ indicator: 'N00090', area: '0182', period: '2006', gender: 'T', value: 9, source: { file: 'kolada/nacka-and-riket-long.csv', cell: 'G2' } });
    const riket = t.rows.findIndex((r) => r[0] === 'N15428' && r[2] === '0000' && r[4] === '1998' && r[5] === 'T');
    expect(riket).toBeGreaterThan(0);
    expect(find(out.observations, 'N15428', '0000', '1998', 'T')).toEqual({
      indicator: 'N15428', area: '0000', period: '1998', gender: 'T', value: 91.4, source: { file: 'kolada/nacka-and-riket-long.csv', cell: `G${riket + 1}` },
    });
    expect(new Set(out.observations.map((o) => o.area))).toEqual(new Set(['0182', '0000']));
  });

  it('the KPI catalogue gives 2 039 Kolada KPIs', () => {
    const t = csvTable(shared('kolada', 'kpi-catalogue.csv'), 'kolada/kpi-catalogue.csv');
    expect(detectLayout(t)?.layout).toBe('kolada-catalogue');
    const out = normaliseTable(t, { areas: new AreaDirectory() });
    expect(out.findings).toEqual([]);
    expect(out.koladaKpis).toHaveLength(2039);
    const kpi = out.koladaKpis.find((k) => k.id === 'U28112')!;
    expect(kpi).toMatchObject({ id: 'U28112', title: 'Enheterna har aktuella genomförandeplaner för de boende', genderSplit: false, hasUnitData: true, operatingArea: 'Insatser enligt LSS', publicationDate: '2024-10-15', source: { file: 'kolada/kpi-catalogue.csv', cell: 'A2' } });
    expect(out.koladaKpis.some((k) => k.genderSplit)).toBe(true);
    expect(new Set(out.koladaKpis.map((k) => k.id)).size).toBe(2039);
  });

  it('municipalities.csv and regions.csv read as areas, with Kolada\'s 0 and 01 as 0000 and 0001', () => {
    const m = normaliseTable(csvTable(shared('kolada', 'municipalities.csv'), 'kolada/municipalities.csv'), { areas: new AreaDirectory() });
    const r = normaliseTable(csvTable(shared('kolada', 'regions.csv'), 'kolada/regions.csv'), { areas: new AreaDirectory() });
    expect(m.findings).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(m.areas).toHaveLength(290);
    expect(r.areas).toHaveLength(21);
    expect(m.areas.find((a) => a.code === '0182')).toEqual({ code: '0182', name: 'Nacka', type: 'municipality', parent: '0001', metadata: { file: 'kolada/municipalities.csv', cell: expect.stringMatching(/^A\d+$/) } });
    expect(r.areas[0]).toEqual({ code: '0001', name: 'Region Stockholm', type: 'region', parent: '0000', metadata: { file: 'kolada/regions.csv', cell: 'A2' } });
    for (const a of m.areas) expect(a.code).toMatch(/^\d{4}$/);
  });
});
