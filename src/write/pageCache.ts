// Rendering only the pages whose inputs changed: each indicator's pages in every language (its
// page, its embed page, its sorted unit tables, its tables of all municipalities) are kept in the
// build cache under a key of their page view and of everything every indicator page shares (the
// routes' code, the written data besides the indicators' own files — site.json, the catalogue,
// the area and unit lists, the logo, every section's written data); Astro renders the indicators
// whose key is not there, and the others' pages are placed from the cache. Every other page is
// always rendered.
import type { KnownFile } from '../verify/knownHashes.ts';
import { readFile, rm } from 'node:fs/promises';
import { basename, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../cache/codeVersion.ts';
import { OutputCache, outputKey, sha256, type OutputEntry } from '../cache/OutputCache.ts';
import { LANGS } from '../i18n/languages.ts';
import { inLanguage, LANG_SEGMENT } from '../i18n/routes.ts';
import type { Manifest } from '../model/types.gen.ts';
import { pageViewsDir } from '../site/loadSiteData.ts';
import { filesUnder } from './filesUnder.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of the routes rendered once per indicator (and per language), from the project root. */
export const INDICATOR_ROUTES_DIR = `src/pages/${LANG_SEGMENT}/matt/[id]`;

/**
 * The folders (from the site root) that hold an indicator's pages and nothing else when Astro has
 * built: /matt/<id>/ in every language (/en/matt/<id>/ …).
 */
export const indicatorPageDirs = (id: string): string[] => LANGS.map((lang) => inLanguage(`/matt/${id}/`, lang).slice(1));

/** The environment variable that names the file listing the indicators whose pages Astro renders (see renderOnly). */
export const RENDER_ONLY = 'OPPNA_RENDER_ONLY';


/**
 * Every route rendered per indicator: each file under INDICATOR_ROUTES_DIR, found rather than
 * listed, so a route added there is in the key (and must filter its paths with rendersIndicator,
 * which test/write/pageCache.test.ts checks).
 */
export async function indicatorRoutes(): Promise<string[]> {
  const routes = join(projectRoot, INDICATOR_ROUTES_DIR);
  return filesUnder(routes)
    .filter((f) => /\.(astro|ts|js)$/.test(f))
    .map((f) => join(routes, f));
}

/**
 * The written data folder's top-level entries that are not shared by every indicator page: each
 * indicator's own (its observations, its page view: in its own key) and two lists that change with
 * every edit and that no indicator page shows (the manifest's date is taken on its own).
 */
const NOT_SHARED = new Set(['observations', basename(pageViewsDir('')), 'manifest.json', 'files.json']);

/**
 * What every indicator page is made from besides its own page view: the code of the routes (their
 * import closure: components, layouts, both dictionaries, the sections an indicator page shows),
 * the Astro config, public/, and every file of the written data folder but NOT_SHARED — site.json
 * with its `en` block, the catalogue with its English and Lättläst columns, the area and unit lists,
 * the logo in tema/, and each section's written data (`<dataDir>/<section.name>/`, which indicator
 * pages may show: dialogue, costs). A file a later stage adds to the data folder is shared until
 * it is named in NOT_SHARED, so it can cost renders but never serve a stale page.
 */
export async function sharedKey(dataDir: string): Promise<string> {
  const manifest = JSON.parse((await readFile(join(dataDir, 'manifest.json'), 'utf8').catch(() => '')) || '{}') as Partial<Manifest>;
  const files = [
    ...filesUnder(join(projectRoot, 'public')).map((f) => [`public/${f}`, join(projectRoot, 'public', f)]),
    ...filesUnder(dataDir)
      .filter((f) => !NOT_SHARED.has(f.split('/')[0]))
      .map((f) => [f, join(dataDir, f)]),
  ];
  const digests: string[] = [];
  // One file at a time: a section may write thousands.
  for (const [name, path] of files) digests.push(`${name} ${sha256(await readFile(path))}`);
  return outputKey([
    'indicator-pages',
    ...(await indicatorRoutes()).map((route) => `${relative(projectRoot, route)} ${codeVersion(route)}`),
    await readFile(join(projectRoot, 'astro.config.mjs'), 'utf8'),
    ...digests,
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
    for (const file of filesUnder(join(siteDir, dir))) out.push({ name: posix.join(dir, file), bytes: await readFile(join(siteDir, dir, file)) });
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
 * After Astro: stores the rendered indicators' pages (each linked in as its blob: the same file,
 * so that the gate's hash of it can vouch for the blob, OutputCache.vouch) and places every other
 * indicator's from the cache (a blob whose stamp vouches for it linked unread: OutputCache.placeEntry).
 * Returns the ids whose cached pages failed their check (to render again). `known` gets the sha256
 * of each page placed, for the gate (src/verify/knownHashes.ts); `fresh` the rendered pages' keys,
 * with each file's sha256 by its path, to be vouched for after the gate.
 */
export async function completePages(cache: OutputCache, plan: PagePlan, siteDir: string, known?: Map<string, KnownFile>, fresh?: Record<string, Record<string, string>>): Promise<string[]> {
  const rendered = new Set(plan.render);
  for (const id of rendered) {
    const key = plan.keys.get(id)!;
    const files = (await pagesOf(siteDir, id)).map((f) => ({ ...f, written: join(siteDir, f.name) }));
    const entry = await cache.put(key, files).catch(() => undefined);
    if (entry && fresh) fresh[key] = Object.fromEntries(entry.files.map((f) => [f.name, f.sha256]));
  }
  const failed: string[] = [];
  for (const [id, entry] of plan.cached) {
    if (rendered.has(id)) continue;
    const placed = await cache.placeEntry(plan.keys.get(id)!, entry, (name) => join(siteDir, name));
    if (placed) for (const [name, file] of placed) known?.set(name, file);
    else {
      failed.push(id);
      for (const dir of indicatorPageDirs(id)) await rm(join(siteDir, dir), { recursive: true, force: true });
    }
  }
  return failed;
}
