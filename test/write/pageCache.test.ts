// The page cache's key (src/write/pageCache.ts): an indicator's pages in every language are
// reused only while everything they show is the same — the routes' code, and every file of the
// written data folder that is not an indicator's own (site.json, the catalogue, the lists, the
// logo, each section's written data) — and the per-indicator routes render only what is asked.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { indicatorPageDirs, indicatorRoutes, INDICATOR_ROUTES_DIR, sharedKey } from '../../src/write/pageCache.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const root = await mkdtemp(join(tmpdir(), 'oppna-page-cache-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the routes rendered per indicator', () => {
  it('are every route under matt/[id] in every language, each filtering its paths with rendersIndicator', async () => {
    const routes = (await indicatorRoutes()).map((r) => relative(projectRoot, r));
    const all = (await readdir(join(projectRoot, 'src/pages'), { recursive: true })).map((f) => join('src/pages', f));
    expect(routes.sort()).toEqual(all.filter((f) => f.includes('matt/[id]/') && /\.(astro|ts|js)$/.test(f)).sort());
    for (const route of [
      'index.astro',
      'inbaddning/index.astro',
      'enheter/[sort].astro',
      'kommuner/[sort].astro',
    ]) expect(routes).toContain(`${INDICATOR_ROUTES_DIR}/${route}`);
    for (const route of routes) {
      const source = await readFile(join(projectRoot, route), 'utf8');
      const paths = source.slice(source.indexOf('getStaticPaths'), source.indexOf('satisfies GetStaticPaths'));
      expect(paths, route).toMatch(/\.filter\(\(i\) => rendersIndicator\(i\.id\)\)/);
      expect(paths, route).toContain('inEveryLanguage(');
    }
  });

  it('put an indicator’s pages in one folder per language', () => {
    expect(indicatorPageDirs('N15428')).toEqual(['matt/N15428/', 'en/matt/N15428/']);
  });
});

describe('what every indicator page shares', () => {
  /** A written data folder as the build leaves it before the pages are rendered. */
  async function writtenData(): Promise<string> {
    const dir = await mkdtemp(join(root, 'data-'));
    const put = async (name: string, text: string) => {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), text);
    };
    await put('site.json', JSON.stringify({ name: 'Exempelkommun', en: { siteName: 'Example results' } }));
    await put('indicators.json', JSON.stringify([{ id: 'L1', title: 'Lokalt mått', titleEn: 'Local measure', easyRead: 'Kort text.' }]));
    await put('areas.json', '[]');
    await put('units.json', '[]');
    await put('manifest.json', JSON.stringify({ dataUpdated: '2024-05-01', counts: { observations: 10 } }));
    await put('files.json', '[]');
    await put('observations/L1.json', '[]');
    await put('pages/L1.json', '{}');
    return dir;
  }

  /** Each edit with whether it must change the key every indicator page shares. */
  const EDITS: [string, boolean, (dir: string) => Promise<void>][] = [
    ['an indicator’s observations', false, (dir) => writeFile(join(dir, 'observations/L1.json'), '[{}]')],
    ['an indicator’s page view (in its own key)', false, (dir) => writeFile(join(dir, 'pages/L1.json'), '{"x":1}')],
    ['the data files’ sizes', false, (dir) => writeFile(join(dir, 'files.json'), '[{"path":"x","bytes":1}]')],
    ['the manifest’s counts', false, (dir) => writeFile(join(dir, 'manifest.json'), JSON.stringify({ dataUpdated: '2024-05-01', counts: { observations: 11 } }))],
    ['the manifest’s date', true, (dir) => writeFile(join(dir, 'manifest.json'), JSON.stringify({ dataUpdated: '2024-05-02', counts: { observations: 10 } }))],
    ['site.json’s English texts', true, (dir) => writeFile(join(dir, 'site.json'), JSON.stringify({ name: 'Exempelkommun', en: { siteName: 'Example’s results' } }))],
    ['the catalogue’s English column', true, (dir) => writeFile(join(dir, 'indicators.json'), JSON.stringify([{ id: 'L1', title: 'Lokalt mått', titleEn: 'A local measure', easyRead: 'Kort text.' }]))],
    ['the catalogue’s Lättläst column', true, (dir) => writeFile(join(dir, 'indicators.json'), JSON.stringify([{ id: 'L1', title: 'Lokalt mått', titleEn: 'Local measure', easyRead: 'En kort text.' }]))],
    ['the area list', true, (dir) => writeFile(join(dir, 'areas.json'), '[{"code":"0000"}]')],
    ['the logo', true, async (dir) => {
      await mkdir(join(dir, 'tema'));
      await writeFile(join(dir, 'tema', 'logo.svg'), '<svg/>');
    }],
    // A section writes its validated data into <data>/<section name>/ (src/sections/runSections.ts).
    ['a section’s written data appearing', true, async (dir) => {
      await mkdir(join(dir, 'dialog', 'svar'), { recursive: true });
      await writeFile(join(dir, 'dialog', 'svar', 'L1.json'), '[]');
    }],
  ];

  it.each(EDITS)('%s: key changed = %s', async (_name, changes, edit) => {
    const dir = await writtenData();
    const before = await sharedKey(dir);
    expect(await sharedKey(dir)).toBe(before);
    await edit(dir);
    expect((await sharedKey(dir)) !== before).toBe(changes);
  });

  it('changes with a section’s written data changing, not with its mere presence again', async () => {
    const dir = await writtenData();
    await mkdir(join(dir, 'ekonomi'));
    await writeFile(join(dir, 'ekonomi', 'budget.json'), '{"L1":100}');
    const first = await sharedKey(dir);
    await writeFile(join(dir, 'ekonomi', 'budget.json'), '{"L1":101}');
    const second = await sharedKey(dir);
    expect(second).not.toBe(first);
    await writeFile(join(dir, 'ekonomi', 'budget.json'), '{"L1":100}');
    expect(await sharedKey(dir)).toBe(first);
  });
});
