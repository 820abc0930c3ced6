// Rendering only the pages whose inputs changed: each indicator's pages (its page, its
// embed page, its sorted unit tables) are kept in the build cache under a key of their page
// view and of everything every page shares (the site's code, site.json, the catalogue, the
// area and unit lists); Astro renders the indicators whose key is not there, and the others'
// pages are placed from the cache. Every other page is always rendered.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../cache/codeVersion.ts';
import { OutputCache, outputKey, sha256, type OutputEntry } from '../cache/OutputCache.ts';
import type { Manifest } from '../model/types.gen.ts';
import { THEME_DIR } from '../site/logo.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The routes rendered once per indicator, and the folder (from the site root) that holds an
 * indicator's pages and nothing else when Astro has built. A route added per indicator (an
 * English page, say) is listed here, or its pages are always rendered.
 */
export const INDICATOR_ROUTES = ['src/pages/matt/[id]/index.astro', 'src/pages/matt/[id]/inbaddning/index.astro', 'src/pages/matt/[id]/enheter/[sort].astro'];
export const indicatorPageDirs = (id: string): string[] => [`matt/${id}/`];

/** The environment variable that names the file listing the indicators whose pages Astro renders (see renderOnly). */
export const RENDER_ONLY = 'OPPNA_RENDER_ONLY';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

/** What every indicator page is made from besides its own page view. */
async function sharedKey(dataDir: string): Promise<string> {
  const read = (name: string) => readFile(join(dataDir, name), 'utf8').catch(() => '');
  const manifest = JSON.parse((await read('manifest.json')) || '{}') as Partial<Manifest>;
  // The logo (its size is in every header): public/ the older way, the data folder's tema/ now.
  const publicFiles = [...(await filesUnder(join(projectRoot, 'public'))), ...(await filesUnder(join(dataDir, THEME_DIR)))];
  return outputKey([
    'indicator-pages',
    ...INDICATOR_ROUTES.map((route) => codeVersion(join(projectRoot, route))),
    await readFile(join(projectRoot, 'astro.config.mjs'), 'utf8'),
    ...(await Promise.all(publicFiles.map(async (f) => `${relative(f.startsWith(dataDir) ? dataDir : projectRoot, f)} ${sha256(await readFile(f))}`))),
    await read('site.json'),
    await read('indicators.json'),
    await read('areas.json'),
    await read('units.json'),
    // Of the manifest only the date is shown; its counts and file hashes change with every edit.
    manifest.dataUpdated ?? null,
  ]);
}

/** The plan for one build: each indicator's key, and the cached pages found for it. */
export interface PagePlan {
  keys: Map<string, string>;
  cached: Map<string, OutputEntry>;
  /** Indicators Astro renders: those not cached, and the first one always (the canary). */
  render: string[];
}

/**
 * Looks up every indicator's pages. `views` is the folder of page views the data file
 * threads wrote (one file per indicator). The first indicator is rendered even when its
 * pages are cached: `checkCanary` compares them, so a key that leaves out something the
 * pages show is caught rather than published.
 */
export async function planPages(cache: OutputCache, dataDir: string, views: string, ids: readonly string[]): Promise<PagePlan> {
  const shared = await sharedKey(dataDir);
  const plan: PagePlan = { keys: new Map(), cached: new Map(), render: [] };
  for (const [i, id] of ids.entries()) {
    const view = await readFile(join(views, `${id}.json`)).catch(() => undefined);
    const key = outputKey([shared, id, view ? sha256(view) : '']);
    plan.keys.set(id, key);
    const entry = view ? await cache.get(key) : undefined;
    if (entry) plan.cached.set(id, entry);
    if (!entry || i === 0) plan.render.push(id);
  }
  return plan;
}

/** An indicator's rendered pages in `siteDir`, by path from the site root. */
async function pagesOf(siteDir: string, id: string): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const dir of indicatorPageDirs(id)) {
    for (const file of await filesUnder(join(siteDir, dir))) out.push({ name: relative(siteDir, file).split(sep).join('/'), bytes: await readFile(file) });
  }
  return out;
}

/** True when the canary's freshly rendered pages are exactly its cached ones (or it had none cached). */
export async function checkCanary(plan: PagePlan, siteDir: string): Promise<boolean> {
  const id = plan.render[0];
  const entry = id === undefined ? undefined : plan.cached.get(id);
  if (!entry) return true;
  const fresh = await pagesOf(siteDir, id);
  const same = (f: { name: string; bytes: Buffer }) => entry.files.some((c) => c.name === f.name && c.sha256 === sha256(f.bytes));
  return fresh.length === entry.files.length && fresh.every(same);
}

/**
 * After Astro: stores the rendered indicators' pages and places every other indicator's
 * from the cache. Returns the ids whose cached pages failed their check (to render again).
 */
export async function completePages(cache: OutputCache, plan: PagePlan, siteDir: string): Promise<string[]> {
  const rendered = new Set(plan.render);
  for (const id of rendered) await cache.put(plan.keys.get(id)!, await pagesOf(siteDir, id)).catch(() => undefined);
  const failed: string[] = [];
  for (const [id, entry] of plan.cached) {
    if (rendered.has(id)) continue;
    for (const file of entry.files) {
      if (!(await cache.place(file, join(siteDir, file.name)))) {
        failed.push(id);
        for (const dir of indicatorPageDirs(id)) await rm(join(siteDir, dir), { recursive: true, force: true });
        break;
      }
    }
  }
  return failed;
}
