import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../src/model/types.gen.ts';
import type { Dataset } from '../../src/validate/Dataset.ts';
import { leaveAside, publishAtomically, removeAside } from '../../src/write/publishAtomically.ts';
import { stableLines, stableStringify } from '../../src/write/stableJson.ts';
import { compareObservations, inKeyOrder, observationLines, parseObservationLines, writeDataset } from '../../src/write/writeDataset.ts';
import observationSchema from '../../schemas/observation.schema.json' with { type: 'json' };
import commonSchema from '../../schemas/common.schema.json' with { type: 'json' };

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'oppna-write-'));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const ind: Indicator = {
  id: 'L1', title: 'Lokalt', unit: 'antal', decimals: 0, direction: 'neutral', operatingArea: 'Miljö', attribution: 'local',
  targets: [], analysis: [], related: [], metadata: { file: 'm.csv', cell: 'A2' }, lastUpdated: '2025-02-01',
};
const o = (area: string, period: string, gender: 'T' | 'K' | 'M', value: number | null): Observation =>
  value === null
    ? { indicator: 'L1', area, period, gender, value, status: 'suppressed', source: { file: 'd.csv', cell: 'E2' } }
    : { source: { cell: 'E3', file: 'd.csv' }, value, gender, period, area, indicator: 'L1' };

function dataset(order: Observation[]): Dataset {
  return { indicators: [ind], observations: new Map([['L1', order]]), areas: [{ code: '0000', name: 'Riket', type: 'country' }], units: [] };
}

describe('stable JSON', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(stableStringify({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
    expect(stableLines([])).toBe('[]\n');
  });
});

describe('writeDataset', () => {
  it('writes byte-identical files whatever the input order, with a manifest of counts', async () => {
    const rows = [o('9999', '2024', 'M', 3), o('0000', '2024', 'T', 1), o('9999', '2023', 'T', null), o('9999', '2024', 'T', 2)];
    const a = await tempDir();
    const b = await tempDir();
    const files = [{ path: 'd.csv', sha256: 'a'.repeat(64), bytes: 10 }];
    const manifest = await writeDataset(dataset(rows), files, a);
    await writeDataset(dataset([...rows].reverse()), files, b);
    for (const f of ['indicators.json', 'areas.json', 'units.json', 'manifest.json', 'observations/L1.json']) {
      expect(await readFile(join(a, f), 'utf8')).toBe(await readFile(join(b, f), 'utf8'));
    }
    const written = JSON.parse(await readFile(join(a, 'observations/L1.json'), 'utf8')) as Observation[];
    expect(written.map((r) => `${r.area}/${r.period}/${r.gender}`)).toEqual(['0000/2024/T', '9999/2023/T', '9999/2024/T', '9999/2024/M']);
    expect(manifest.counts).toEqual({ files: 1, indicators: 1, observations: 4, values: 3, areas: 1, units: 0 });
    expect(manifest.dataUpdated).toBe('2025-02-01');
  });
});

describe('publishAtomically', () => {
  /** A folder holding `live` (the published output) and `staged` (the next one). */
  async function liveAndStaged(): Promise<string> {
    const root = await tempDir();
    await mkdir(join(root, 'live'));
    await writeFile(join(root, 'live', 'old.txt'), 'old');
    await mkdir(join(root, 'staged'));
    await writeFile(join(root, 'staged', 'new.txt'), 'new');
    return root;
  }

  it('swaps the staged folders in and leaves the old ones aside, hidden, for removeAside', async () => {
    const root = await liveAndStaged();
    await publishAtomically([{ from: join(root, 'staged'), to: join(root, 'live') }]);
    expect(await readdir(join(root, 'live'))).toEqual(['new.txt']);
    expect((await readdir(root)).sort()).toEqual([`.live.old-${process.pid}`, 'live']);
    expect(await readdir(join(root, `.live.old-${process.pid}`))).toEqual(['old.txt']);
    await removeAside([join(root, 'live')]);
    expect((await readdir(root)).sort()).toEqual(['live']);
  });

  it('removes what builds moved aside and left (removeAside), but not what a build still running moved aside', async () => {
    const root = await liveAndStaged();
    await publishAtomically([{ from: join(root, 'staged'), to: join(root, 'live') }]);
    // A build that ended (a pid no process has: above the kernel's limit) and one still running (this test's parent).
    for (const pid of [4_194_305, process.ppid]) await mkdir(join(root, `.live.old-${pid}`));
    await mkdir(join(root, '.other.old-1'));
    await removeAside([join(root, 'live'), join(root, 'missing', 'folder')]);
    expect((await readdir(root)).sort()).toEqual(['.live.old-' + process.ppid, '.other.old-1', 'live']);
    expect(await readdir(join(root, 'live'))).toEqual(['new.txt']);
  });

  it('leaves a folder aside as an old one of a target (leaveAside), for removeAside to remove', async () => {
    const root = await liveAndStaged();
    await leaveAside(join(root, 'staged'), join(root, 'staging'));
    expect((await readdir(root)).sort()).toEqual([`.staging.old-${process.pid}`, 'live']);
    await removeAside([join(root, 'staging')]);
    expect(await readdir(root)).toEqual(['live']);
  });

  it('leaves every previous output in place when a later swap fails', async () => {
    const root = await tempDir();
    for (const name of ['data', 'site']) {
      await mkdir(join(root, name));
      await writeFile(join(root, name, 'v1.txt'), 'v1');
    }
    await mkdir(join(root, 'staged-data'));
    await writeFile(join(root, 'staged-data', 'v2.txt'), 'v2');
    // The second staged folder does not exist: its rename fails after the first swap happened.
    await expect(
      publishAtomically([
        { from: join(root, 'staged-data'), to: join(root, 'data') },
        { from: join(root, 'missing'), to: join(root, 'site') },
      ]),
    ).rejects.toThrow();
    expect(await readdir(join(root, 'data'))).toEqual(['v1.txt']);
    expect(await readdir(join(root, 'site'))).toEqual(['v1.txt']);
  });

  it('writes an observation with every member the schema allows, in sorted order, as a sorted copy would', () => {
    // A member added to the schema must be added to inKeyOrder too, or it would not be written.
    const full = { ...o('0180', '2024', 'T', null), n: 12, note: 'Not', preliminary: true as const, source: { file: 'd.xlsx', sheet: 'Blad1', cell: 'E2', pointer: '/0' } };
    const ordered = inKeyOrder(full);
    expect(Object.keys(ordered)).toEqual(Object.keys(observationSchema.properties).sort());
    expect(Object.keys(ordered.source)).toEqual(Object.keys(commonSchema.$defs.Provenance.properties).sort());
    for (const obs of [full, o('0180', '2024', 'K', 3), { ...o('x', '2024', 'M', 1), area: undefined, unit: 'U1' }]) {
      expect(stableStringify(inKeyOrder(obs))).toBe(stableStringify(obs));
      expect(JSON.stringify(inKeyOrder(obs))).toBe(stableStringify(obs));
    }
  });

  it('writes an observations file as stableLines writes the observations in order, whatever their notes say', () => {
    const tricky = ['},{"area":"x"}', '"},{"', '}\n,{"', '\\"},{\\"', '[{"a":1},{"b":2}]'];
    const list: Observation[] = [
      ...tricky.map((note, i) => ({ ...o(`01${i}`, '2024', 'T', i), note, source: { file: 'd.xlsx', sheet: '},{"', cell: `E${i + 2}` } })),
      { ...o('x', '2023', 'M', null), area: undefined, unit: 'U1', n: 4, preliminary: true },
      { ...o('0180', '2024', 'K', 3), source: { file: 'd.json', pointer: '/a/0' } },
    ];
    const expected = stableLines(list.map(inKeyOrder).sort(compareObservations));
    // In one piece, and in pieces of one, two and three observations: the same text.
    for (const perPiece of [undefined, 1, 2, 3]) expect(observationLines([...list].reverse(), perPiece).join('')).toBe(expected);
    expect(observationLines(list, 2)).toHaveLength(2 * Math.ceil(list.length / 2) + 1); // brackets, pieces and the breaks between them
    const written = observationLines([...list].reverse()).join('');
    expect(written.split('\n')).toHaveLength(list.length + 3);
    expect(JSON.parse(written)).toHaveLength(list.length);
    expect(observationLines([]).join('')).toBe(stableLines([]));
    expect(observationLines([list[0]], 1).join('')).toBe(stableLines([inKeyOrder(list[0])]));
  });

  it('parses an observations file as JSON.parse does, a piece of lines at a time, and any other text whole', () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({ ...o(String(1000 + i), '2024', 'T', i / 7), note: i % 3 ? undefined : `rad ${i}, "citat" – \u00e5\u00e4\u00f6 😀` }));
    for (const list of [many, many.slice(0, 1), []]) {
      const text = observationLines(list).join('');
      expect(parseObservationLines(Buffer.from(text, 'utf8'))).toEqual(JSON.parse(text));
    }
    // Written otherwise (all on one line, indented): the same as JSON.parse, never a piece of it.
    for (const text of [JSON.stringify(many.slice(0, 900)), `${JSON.stringify(many.slice(0, 900), null, 2)}\n`, '[\n[1,\n2]\n]\n']) {
      expect(parseObservationLines(Buffer.from(text, 'utf8'))).toEqual(JSON.parse(text));
    }
    expect(() => parseObservationLines(Buffer.from('[\n{"a":1},\n{"a":\n]\n'))).toThrow(SyntaxError);
  });
});
