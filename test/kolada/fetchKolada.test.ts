// `npm run kolada`'s fetch against the replay server: every area's values as the API's own JSON,
// unit values where the KPI has them, a fetch that changed nothing writes nothing new, a failed
// fetch leaves the previous files as they were, and a controller's file is never replaced.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { periodList } from '../../src/kolada/changeSummary.ts';
import { fetchKolada, MANIFEST, type FetchRequest } from '../../src/kolada/fetchKolada.ts';
import { KoladaClient, KoladaError } from '../../src/kolada/KoladaClient.ts';
import { normaliseKoladaJson } from '../../src/normalise/normaliseKoladaJson.ts';
import { allAreaCodes } from '../../src/setup/municipalities.ts';
import { recordedData, startKoladaReplay, type Replay, type ReplayOptions } from '../support/koladaReplay.ts';
import { describeShared } from '../support/sharedData.ts';

const work = await mkdtemp(join(tmpdir(), 'oppna-kolada-'));
afterAll(() => rm(work, { recursive: true, force: true }));
let replay: Replay | undefined;
afterEach(async () => {
  await replay?.close();
  replay = undefined;
});
let n = 0;

async function request(options: ReplayOptions, over: Partial<FetchRequest> = {}): Promise<FetchRequest> {
  await replay?.close();
  replay = await startKoladaReplay(options);
  return {
    dir: join(work, `case-${++n}`, 'kolada'),
    municipality: '0182',
    comparison: ['0000', '0001', '0126'],
    kpis: ['N15428', 'N00901'],
    describeOnly: [],
    client: new KoladaClient({ baseUrl: replay.url, minIntervalMs: 0, backoffMs: 1, attempts: 3 }),
    ...over,
  };
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) out.set(name, createHash('sha256').update(await readFile(join(dir, name))).digest('hex'));
  return out;
}

describe('periodList', () => {
  it('joins runs of years', () => {
    expect(periodList(['1998', '1999', '2000', '2002', '2023/24'])).toBe('1998–2000, 2002, 2023/24');
    expect(periodList(['2024'])).toBe('2024');
  });
});

describeShared('fetchKolada', () => {
  it('writes each KPI for riket, every region and every municipality as the API’s own JSON, and Kolada’s descriptions', async () => {
    const req = await request({ pageSize: 1500 });
    const outcome = await fetchKolada(req);
    expect(outcome.conflicts).toEqual([]);
    expect((await readdir(req.dir)).sort()).toEqual([MANIFEST, 'N00901.json', 'N15428.json', 'kpi.json']);

    const text = await readFile(join(req.dir, 'N15428.json'), 'utf8');
    const file = JSON.parse(text) as { count: number; values: { municipality: string; period: number; values: { gender: string }[] }[] };
    const recorded = recordedData().get('N15428')!;
    const areas = new Set(allAreaCodes());
    expect(file.count).toBe(recorded.filter((v) => areas.has(String(v.municipality))).length);
    expect(file.values).toHaveLength(file.count);
    // Each value object as Kolada sent it (genders in a fixed order); one per line for readable diffs.
    const key = (v: Record<string, unknown>) => `${String(v.municipality)} ${String(v.period)}`;
    const sent = new Map(recorded.map((v) => [key(v), v]));
    for (const v of file.values.slice(0, 50)) {
      const original = sent.get(key(v)) as { values: { gender: string }[] };
      expect(v.values).toEqual([...original.values].sort((a, b) => (a.gender < b.gender ? -1 : 1)));
    }
    expect(text.split('\n')).toHaveLength(file.count + 3);

    // The importer reads the file as it reads a hand-saved API response.
    const normalised = normaliseKoladaJson(JSON.parse(text), 'kolada/N15428.json');
    expect(normalised.findings).toEqual([]);
    expect(normalised.observations.find((o) => o.area === '0182' && o.period === '2022' && o.gender === 'T')?.value).toBeCloseTo(94.14197105, 6);

    const kpi = normaliseKoladaJson(JSON.parse(await readFile(join(req.dir, 'kpi.json'), 'utf8')), 'kolada/kpi.json');
    expect(kpi.findings).toEqual([]);
    expect(kpi.koladaKpis.map((k) => k.id)).toEqual(['N00901', 'N15428']);
    expect(kpi.koladaKpis[1].title).toBe('Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)');

    expect(outcome.changes.map((c) => [c.file, c.status])).toEqual([['N00901.json', 'new'], ['N15428.json', 'new'], ['kpi.json', 'new']]);
    expect(outcome.changes[1].newPeriods[0]).toBe('1998');
  });

  it('writes the same bytes when Kolada has nothing new, and says what changed when it has', async () => {
    const req = await request({ pageSize: 5000 });
    await fetchKolada(req);
    const first = await snapshot(req.dir);
    const again = await fetchKolada(req);
    expect(again.changes).toEqual([]);
    expect(await snapshot(req.dir)).toEqual(first);

    // Kolada publishes 2023 for Nacka and corrects riket's 2022 value.
    const recorded = recordedData().get('N15428')!;
    const changed = recorded.map((v) =>
      v.municipality === '0000' && v.period === 2022 ? { ...v, values: (v.values as { gender: string }[]).map((g) => ({ ...g, value: 1 })) } : v,
    );
    changed.push({ kpi: 'N15428', municipality: '0182', period: 2023, values: [{ count: 1, gender: 'T', status: '', value: 95.5 }] });
    await replay!.close();
    replay = await startKoladaReplay({ data: { N15428: changed } });
    const later = await fetchKolada({ ...req, client: new KoladaClient({ baseUrl: replay.url, minIntervalMs: 0 }) });
    expect(later.changes).toEqual([{ file: 'N15428.json', added: 1, changed: 3, removed: 0, newPeriods: ['2023'], status: 'changed', figures: true }]);
  });

  it('leaves the previous files untouched when a request fails for good, and cleans up its own temporary folder', async () => {
    const req = await request({});
    await fetchKolada(req);
    const before = await snapshot(req.dir);
    await replay!.close();
    replay = await startKoladaReplay({ faults: [{ match: /N00901\/municipality/, times: 99, status: 500 }] });
    const failing = { ...req, client: new KoladaClient({ baseUrl: replay.url, minIntervalMs: 0, backoffMs: 1, attempts: 2 }) };
    await expect(fetchKolada(failing)).rejects.toBeInstanceOf(KoladaError);
    expect(await snapshot(req.dir)).toEqual(before);
    expect((await readdir(req.dir)).filter((f) => f.startsWith('.ny-'))).toEqual([]);
  });

  it('never replaces a file it did not write, and removes only its own files when a KPI leaves the catalogue', async () => {
    const req = await request({});
    await mkdir(req.dir, { recursive: true });
    await writeFile(join(req.dir, 'N15428.json'), '{"values":[]}');
    await writeFile(join(req.dir, 'egen-export.csv'), 'kpi,municipality_id\n');
    const blocked = await fetchKolada(req);
    expect(blocked.conflicts).toEqual(['N15428.json']);
    expect(await readFile(join(req.dir, 'N15428.json'), 'utf8')).toBe('{"values":[]}');
    expect(await readdir(req.dir)).not.toContain(MANIFEST);

    await rm(join(req.dir, 'N15428.json'));
    await fetchKolada(req);
    const fewer = await fetchKolada({ ...req, kpis: ['N15428'] });
    expect(fewer.changes.map((c) => [c.file, c.status])).toEqual([['N00901.json', 'removed'], ['kpi.json', 'changed']]);
    expect((await readdir(req.dir)).sort()).toEqual([MANIFEST, 'N15428.json', 'egen-export.csv', 'kpi.json']);
  });

  it('fetches unit values for the municipality’s units when Kolada has unit data for the KPI', async () => {
    // The shared data has no unit-level answers: these units and values are made up for the test.
    const units = [
      { id: 'V15E018200001', municipality: '0182', title: 'Testskolan (påhittad)' },
      { id: 'V15E018200002', municipality: '0182', title: 'Provskolan (påhittad)' },
    ];
    const unitData = [
      { kpi: 'N15643', ou: 'V15E018200001', period: 2024, values: [{ count: 1, gender: 'T', status: '', value: 88 }] },
      { kpi: 'N15643', ou: 'V15E018200002', period: 2024, values: [{ count: 1, gender: 'T', status: 'Missing', value: null }] },
    ];
    const req = await request({ units: { '0182': units }, unitData: { N15643: unitData } }, { kpis: ['N15643', 'N15428'] });
    const outcome = await fetchKolada(req);
    expect((await readdir(req.dir)).sort()).toEqual([MANIFEST, 'N15428.json', 'N15643-enheter.json', 'N15643.json', 'enheter.json', 'kpi.json']);
    // N15428 has no unit data in Kolada's catalogue: no unit request was made for it.
    expect(replay!.requests.filter((r) => r.startsWith('/v2/oudata/kpi/N15428'))).toEqual([]);
    const unitFile = normaliseKoladaJson(JSON.parse(await readFile(join(req.dir, 'N15643-enheter.json'), 'utf8')), 'kolada/N15643-enheter.json');
    expect(unitFile.observations.map((o) => [o.unit, o.value, o.status])).toEqual([['V15E018200001', 88, undefined], ['V15E018200002', null, 'missing']]);
    const list = normaliseKoladaJson(JSON.parse(await readFile(join(req.dir, 'enheter.json'), 'utf8')), 'kolada/enheter.json');
    expect(list.units.map((u) => [u.id, u.name, u.area])).toEqual([['V15E018200001', 'Testskolan (påhittad)', '0182'], ['V15E018200002', 'Provskolan (påhittad)', '0182']]);
    expect(outcome.changes.find((c) => c.file === 'N15643-enheter.json')?.added).toBe(2);
  });

  it('reports KPIs Kolada does not know and fetches no values for them', async () => {
    const req = await request({}, { kpis: ['N15428', 'N99999'] });
    const outcome = await fetchKolada(req);
    expect(outcome.unknown).toEqual(['N99999']);
    expect(await readdir(req.dir)).not.toContain('N99999.json');
    // Kolada knowing none of the KPIs stops the fetch: the files of the last one stay.
    const before = await snapshot(req.dir);
    await expect(fetchKolada({ ...req, kpis: ['N99998', 'N99999'] })).rejects.toThrow(/känner inte till något av måtten/);
    expect(await snapshot(req.dir)).toEqual(before);
  });
});
