// `npm run init`: a data folder for a real municipality that the importer accepts as it is; the
// example data moved aside, never lost; a folder with a controller's files left alone unless --force,
// and even then nothing deleted.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.ts';
import { initSite, siteConfig } from '../../src/setup/initSite.ts';
import { findMunicipality, MUNICIPALITIES, REGIONS } from '../../src/setup/municipalities.ts';
import { STARTER_CATALOGUE } from '../../src/setup/starterCatalogue.ts';
import { validateSiteConfig } from '../../src/validate/schemas.ts';
import { ROOT, runNpm } from '../support/runNpm.ts';

const work = await mkdtemp(join(tmpdir(), 'oppna-init-'));
afterAll(() => rm(work, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(work, `case-${++n}`, 'data');
const nacka = (() => {
  const r = findMunicipality('0182');
  if (!r.ok) throw new Error(r.message);
  return r.municipality;
})();
const TODAY = '2026-01-15';

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    out.set(abs.slice(dir.length + 1), createHash('sha256').update(await readFile(abs)).digest('hex'));
  }
  return out;
}

describe('init into an empty place', () => {
  it('writes site.json, the catalogue, the area list, a README and kolada/, and the importer accepts them', async () => {
    const dir = fresh();
    const result = await initSite({ dataDir: dir, municipality: nacka, today: TODAY, similar: { members: ['0126', '0181'], basis: { kind: 'given' } } });
    expect(result.ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['README.md', 'kolada', 'matt.xlsx', 'omraden.csv', 'site.json']);

    const site = JSON.parse(await readFile(join(dir, 'site.json'), 'utf8'));
    expect(validateSiteConfig(site)).toBe(true);
    expect(site).toMatchObject({ name: 'Nacka kommun', siteName: 'Nackas resultat', municipality: '0182', comparison: { country: '0000', region: '0001', similar: { members: ['0126', '0181'] } } });
    expect(Object.keys(site)[0]).toBe('name'); // written in reading order

    const checked = await ingest(dir, { requireConfig: true });
    expect(checked.problems.hasErrors, JSON.stringify(checked.problems.findings.slice(0, 5))).toBe(false);
    // Only the placeholders are warned about, each by its place in site.json.
    expect(new Set(checked.problems.findings.map((f) => f.code))).toEqual(new Set(['config-placeholder']));
    expect(checked.problems.findings.map((f) => f.pointer).sort()).toEqual(['/baseUrl', '/contact/email', '/feedback/email']);
    expect(checked.dataset!.indicators.map((i) => i.id).sort()).toEqual(STARTER_CATALOGUE.map((i) => i.id).sort());
    const n15428 = checked.dataset!.indicators.find((i) => i.id === 'N15428')!;
    expect(n15428).toMatchObject({ question: 'Hur många elever i årskurs 9 är behöriga till gymnasiets yrkesprogram?', direction: 'higher-is-better', unit: '%', operatingArea: 'Grundskola', attribution: 'kolada' });
    expect(checked.dataset!.indicators.find((i) => i.id === 'N03102')!.range?.min).toBe(-100);
    // Every area Kolada reports has a name: riket, the 21 regions and the 290 municipalities.
    expect(checked.dataset!.areas).toHaveLength(1 + REGIONS.length + MUNICIPALITIES.length);
    expect(checked.dataset!.areas.find((a) => a.code === '0001')).toMatchObject({ name: 'Region Stockholm', type: 'region' });
    expect(checked.dataset!.areas.find((a) => a.code === '0182')).toMatchObject({ name: 'Nacka', type: 'municipality' });

    const readme = await readFile(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('npm run kolada');
    expect(readme).toContain('Huddinge (0126), Södertälje (0181)');
  });

  it('leaves out the similar group when there is none, and says in the README how to add one', async () => {
    const dir = fresh();
    await initSite({ dataDir: dir, municipality: nacka, today: TODAY });
    const site = JSON.parse(await readFile(join(dir, 'site.json'), 'utf8'));
    expect(site.comparison.similar).toBeUndefined();
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toContain('comparison.similar');
  });

  it('names a municipality ending in s without another s', () => {
    const vannas = findMunicipality('Vännäs');
    expect(vannas.ok && siteConfig(vannas.municipality, undefined, TODAY).siteName).toBe('Vännäs resultat');
  });
});

describe('init over existing files', () => {
  it('moves the example data aside to exempeldata/ whole, byte for byte', async () => {
    const dir = fresh();
    await cp(join(ROOT, 'data'), dir, { recursive: true });
    const before = await tree(dir);
    const result = await initSite({ dataDir: dir, municipality: nacka, today: TODAY });
    expect(result.ok && result.movedAside).toMatchObject({ example: true, to: join(dir, '..', 'exempeldata') });
    expect(await tree(join(dir, '..', 'exempeldata'))).toEqual(before);
    expect(existsSync(join(dir, 'site.json'))).toBe(true);
  });

  it('refuses a folder with a controller’s files, changing nothing; with force moves it all aside and deletes nothing', async () => {
    const dir = fresh();
    await mkdir(join(dir, 'kolada'), { recursive: true });
    await writeFile(join(dir, 'site.json'), JSON.stringify({ name: 'Egen' }));
    await writeFile(join(dir, 'vara-siffror.xlsx'), 'not really a workbook');
    await writeFile(join(dir, '.dold-anteckning'), 'hidden files count too');
    await writeFile(join(dir, 'kolada', 'egen-export.csv'), 'kpi,municipality_id\n');
    const before = await tree(dir);

    const refused = await initSite({ dataDir: dir, municipality: nacka, today: TODAY });
    expect(refused).toMatchObject({ ok: false, reason: 'has-files' });
    expect(await tree(dir)).toEqual(before);

    const forced = await initSite({ dataDir: dir, municipality: nacka, today: TODAY, force: true });
    expect(forced.ok && forced.movedAside).toMatchObject({ example: false, to: join(dir, '..', 'data-tidigare') });
    expect(await tree(join(dir, '..', 'data-tidigare'))).toEqual(before);

    // A second forced run does not overwrite the first one's copy.
    const again = await initSite({ dataDir: dir, municipality: nacka, today: TODAY, force: true });
    expect(again.ok && again.movedAside?.to).toBe(join(dir, '..', 'data-tidigare-2'));
    expect(await tree(join(dir, '..', 'data-tidigare'))).toEqual(before);
  });
});

describe('npm run init', () => {
  it('refuses with exit 1 and a Swedish message naming --force, and rejects an unknown municipality with exit 2', async () => {
    const dir = fresh();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'egen.csv'), 'Kod;Namn\n');
    const refused = await runNpm(['run', '-s', 'init', '--', '--kommun', 'Nacka', '--data', dir, '--similar', '0126']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('egen.csv');
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).toContain('ingen fil raderas');
    expect(await readdir(dir)).toEqual(['egen.csv']);

    const unknown = await runNpm(['run', '-s', 'init', '--', '--kommun', 'Nackka', '--data', fresh()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Det finns ingen kommun som heter ”Nackka”');
  }, 240_000);
});
