// The post-build gate (QUALITY.md): the last check before anything is
// published. It reads the staged site and data as a stranger would and fails
// closed: one broken link, unsafe attribute or invalid file stops the release.
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { codeVersion } from '../cache/codeVersion.ts';
import { validateArea, validateIndicator, validateManifest, validateObservation, validateSiteConfig, validateUnit } from '../validate/schemas.ts';
import { BULK_RESOURCES } from '../opendata/bulk/bulkResources.ts';
import { SECTIONS } from '../sections/sections.ts';
import { eachLimited } from '../cache/eachLimited.ts';
import { checkBytes, checkFile, findingProblems, readChecked } from './personalData.ts';
import { judgePage, type PageVerdict } from './pageVerdict.ts';
import { PageThreads } from './pageThreads.ts';
import { parseDownload } from './parseDownload.ts';
import type { KnownHashes } from './knownHashes.ts';
import type { FileStamp } from '../cache/OutputCache.ts';
import { Verdicts } from './verdicts.ts';
import type { SegmentVerdict } from './deflateSegments.ts';
import { filesUnder } from '../write/filesUnder.ts';

export interface GateProblem {
  /** Path relative to the checked folder. */
  file: string;
  rule: 'inline-style' | 'inline-handler' | 'javascript-url' | 'csp-missing' | 'missing-file' | 'unparseable-download' | 'invalid-json' | 'invalid-calendar' | 'csp-form-action' | 'personal-data' | 'reconciliation';
  detail: string;
}

/**
 * Downloads parsed per file type. Every linked file must exist; parsing is done
 * for all of them up to this many per type and for an evenly spread sample
 * above it. They are written by the same code for every indicator, so a sample
 * finds a broken writer; re-reading thousands of XLSX files would not find more
 * and costs ~0.15 s each (measured: 200 of them were 31 s of a 250-indicator build).
 */
export const PARSE_LIMIT_PER_TYPE = 50;

/** Every file when there are few, else `limit` of them spread evenly over the sorted list. */
function spread<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]);
}
const DOWNLOAD_EXTENSIONS = new Set(['.csv', '.json', '.xlsx', '.zip', '.xml', '.rdf']);

/**
 * The file a link points at, relative to the site root, or undefined for links
 * the gate does not follow (other hosts, mailto:). Absolute links to the site's
 * own origin (canonical URLs, feeds) are followed too.
 */
export function linkTarget(link: string, fromFile: string, origin: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(link, `https://gate.invalid/${fromFile}`);
  } catch {
    return undefined;
  }
  if (url.origin !== 'https://gate.invalid' && url.origin !== origin) return undefined;
  let path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return path;
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The first record of a file that its schema rejects, as a problem; undefined when all match. */
function firstInvalid(file: string, records: readonly unknown[], validate: (v: unknown) => boolean): GateProblem | undefined {
  const bad = records.findIndex((r) => !validate(r));
  return bad < 0 ? undefined : { file, rule: 'invalid-json', detail: `record ${bad} does not match its schema` };
}

/** An observations file's records against the schema: undefined when all match. */
export function checkObservations(file: string, records: unknown): GateProblem | undefined {
  return firstInvalid(file, Array.isArray(records) ? records : [null], validateObservation);
}

async function checkJson(dataDir: string, observationsChecked: boolean): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  const check = async (file: string, validate: (v: unknown) => boolean, many: boolean) => {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(dataDir, file), 'utf8'));
    } catch (e) {
      problems.push({ file, rule: 'invalid-json', detail: (e as Error).message.slice(0, 120) });
      return;
    }
    const problem = firstInvalid(file, many ? (Array.isArray(data) ? data : [null]) : [data], validate);
    if (problem) problems.push(problem);
  };
  await check('manifest.json', validateManifest, false);
  await check('indicators.json', validateIndicator, true);
  await check('areas.json', validateArea, true);
  await check('units.json', validateUnit, true);
  if (await exists(join(dataDir, 'site.json'))) await check('site.json', validateSiteConfig, false);
  if (observationsChecked) return problems;
  for (const f of filesUnder(join(dataDir, 'observations')).filter((f) => f.endsWith('.json'))) {
    await check(`observations/${f}`, validateObservation, true);
  }
  return problems;
}

export interface GateOptions {
  /** Downloads parsed per type (see PARSE_LIMIT_PER_TYPE). */
  parseLimit?: number;
  /**
   * The observations files were already checked with checkObservations by the data
   * file threads, which parse each of them anyway: a second pass over a country's
   * values would only repeat it.
   */
  observationsChecked?: boolean;
  /**
   * The build cache: a file whose bytes (sha256) were checked by this gate's code (and,
   * for the privacy rule, with the same numeric columns) before keeps that verdict; only
   * what changed is scanned and parsed again.
   */
  cacheDir?: string;
  /** The sha256 of files the build already hashed, trusted only while each file is unchanged (src/verify/knownHashes.ts). */
  known?: KnownHashes;
  /** Every file in the site as stamped just before the gate (the build takes them for its cache): the gate need not list and stat them again. */
  stamps?: ReadonlyMap<string, FileStamp>;
  /** Pages are judged in threads when there are at least this many (PAGE_THREADS_FROM; the tests set 0). */
  threadsFromPages?: number;
}

/** Each thread costs its start (loading the parser); a small site's pages are judged here. */
export const PAGE_THREADS_FROM = 2_000;
/** The verdicts' kind for a zip member's deflate segments (deflateSegments.ts). */
const SEGMENT_KIND = 'deflate-segment';

/** What the gate found in a built site, and the pages' CSPs as written (html file → content, or null) for the sections' checks. */
export interface SiteGate {
  problems: GateProblem[];
  csp: ReadonlyMap<string, string | null>;
  /** The sha256 of the files the gate hashed or trusted (with the build cache), by path in the site. */
  hashes: ReadonlyMap<string, string>;
}

/**
 * Checks a built site and its data: no inline styles or event handlers, no
 * javascript: URLs, a CSP on every page, every local link and sitemap entry
 * resolving to a file, linked downloads parsing (see PARSE_LIMIT_PER_TYPE),
 * every JSON file valid against schemas/, and no personal identity number in
 * any published text (src/verify/personalData.ts). Returns the problems; an
 * empty list means publishable.
 */
export async function verifyBuild(distDir: string, dataDir: string, baseUrl?: string, options: GateOptions = {}): Promise<GateProblem[]> {
  return (await verifySite(distDir, dataDir, baseUrl, options)).problems;
}

/**
 * verifyBuild, with the pages' CSPs for the sections' checks. Every file is read once, a few
 * at a time, for all of its rules; with the build cache its bytes are hashed and what the rules
 * found in equal bytes before is taken as it is (src/verify/verdicts.ts). What depends on other
 * files — links and sitemap entries against the files present — is checked on every build.
 */
export async function verifySite(distDir: string, dataDir: string, baseUrl?: string, options: GateOptions = {}): Promise<SiteGate> {
  const { parseLimit = PARSE_LIMIT_PER_TYPE, observationsChecked = false, threadsFromPages = PAGE_THREADS_FROM } = options;
  const origin = baseUrl ? new URL(baseUrl).origin : undefined;
  const basePath = baseUrl ? new URL(baseUrl).pathname.replace(/^\/+/, '') : '';
  const problems: GateProblem[] = await checkJson(dataDir, observationsChecked);
  const files = options.stamps ? [...options.stamps.keys()].sort() : filesUnder(distDir);
  const present = new Set(files);
  const downloads = new Set<string>();
  /** Where links that do not depend on the page they are on point (a path from the root, a URL): 16 000 pages share most of their links. */
  const resolved = new Map<string, string | undefined>();
  const resolveLink = (link: string, from: string): string | undefined => {
    const shared = link.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(link);
    if (shared && resolved.has(link)) return resolved.get(link);
    let target = linkTarget(link, from, origin);
    // Absolute links carry the base path (https://x.se/resultat/…); files in dist do not.
    if (target !== undefined && basePath && target.startsWith(basePath)) target = target.slice(basePath.length);
    if (shared) resolved.set(link, target);
    return target;
  };

  const numeric = numericColumns(dataDir);
  const verdicts = options.cacheDir ? await Verdicts.open(options.cacheDir, [codeVersion(new URL(import.meta.url)), [...numeric].sort()]) : undefined;
  // One pass: each file read (and hashed, with the cache) once, its own rules applied; the results by file.
  const pages = new Map<string, PageVerdict>();
  const personal = new Map<string, GateProblem[]>();
  const sitemaps = new Map<string, string>();
  const hashes = new Map<string, string>();
  /** Zips the privacy rule has just inflated entry by entry, to their declared sizes: the parse check below has its answer. */
  const intactZips = new Set<string>();
  const threads = files.filter((f) => f.endsWith('.html')).length >= Math.max(1, threadsFromPages) ? new PageThreads() : undefined;
  /**
   * Paths that are one file (hard links, by the stamps: an indicator's API document is its
   * data.json, 1.2 GB of a country's site): its bytes are read and judged once, for all of them.
   */
  const judgedOnce = new Map<string, Promise<unknown>>();
  const once = <T>(file: string, hash: string | boolean, judgeBytes: () => Promise<T>): Promise<T> => {
    const stamp = options.stamps?.get(file);
    if (!stamp) return judgeBytes();
    const key = `${stamp.dev}:${stamp.ino}:${hash}`;
    let judged = judgedOnce.get(key) as Promise<T> | undefined;
    if (!judged) judgedOnce.set(key, (judged = judgeBytes()));
    return judged;
  };
  const judge = (file: string, hash: string | boolean) => (threads ? once(file, hash, () => threads.judge(join(distDir, file), hash)) : judgePage(join(distDir, file), hash));
  /** A page read and judged (in a thread from PAGE_THREADS_FROM pages on); a verdict known for its bytes is taken as it is. */
  const checkPage = async (file: string) => {
    const known = verdicts && (await options.known?.of(distDir, file));
    if (verdicts && known) {
      pages.set(file, await verdicts.of('page', known, async () => (await judge(file, known)).verdict));
      hashes.set(file, known);
    } else {
      const { verdict, hash } = await judge(file, verdicts !== undefined);
      pages.set(file, verdicts && hash ? await verdicts.of('page', hash, () => verdict) : verdict);
      if (hash) hashes.set(file, hash);
    }
  };
  const sizes = new Map<string, number>();
  /** About the bytes a thread scans for a file: a zip is inflated to many times its size (a country's bulk zip, 18×). */
  const weight = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) sizes.set(file, (size = options.stamps?.get(file)?.size ?? statSync(join(distDir, file), { throwIfNoEntry: false })?.size ?? 0));
    return extname(file) === '.zip' ? size * 10 : size;
  };
  /** Any other file: its own rules, here. */
  const checkOther = async (file: string) => {
    if (file === 'sitemap.xml' || /^sitemap-\d+\.xml$/.test(file)) {
      const bytes = await readFile(join(distDir, file));
      sitemaps.set(file, bytes.toString('utf8'));
      personal.set(file, (await checkBytes(file, bytes, numeric, verdicts)).problems);
    } else {
      // A zip's large members are judged a deflate segment at a time, with the segments' verdicts kept here.
      const segments = verdicts && extname(file) === '.zip' ? verdicts.all<SegmentVerdict>(SEGMENT_KIND) : undefined;
      const judge =
        threads &&
        (async (hash: string | boolean) => {
          const judged = await once(file, hash, () => threads.judgeFile(distDir, file, numeric, hash, weight(file), segments));
          for (const [sha, verdict] of Object.entries(judged.segments ?? {})) await verdicts?.of(SEGMENT_KIND, sha, () => verdict);
          return judged;
        });
      const check = await checkFile(distDir, file, numeric, verdicts, verdicts && (await options.known?.of(distDir, file)), judge);
      personal.set(file, check.problems);
      if (check.zipIntact) intactZips.add(file);
      if (check.sha256) hashes.set(file, check.sha256);
    }
  };
  try {
    if (threads) {
      // The threads kept busy with pages and files (a few waiting each); this thread keeps the verdicts.
      const html = files.filter((f) => f.endsWith('.html'));
      const others = files.filter((f) => !f.endsWith('.html')).sort((a, b) => weight(b) - weight(a));
      await Promise.all([eachLimited(html, 64, checkPage), eachLimited(others, 8, checkOther)]);
    } else await eachLimited(files, 8, (file) => (file.endsWith('.html') ? checkPage(file) : checkOther(file)));
    for (const file of files) {
      const page = pages.get(file);
      if (page) {
        problems.push(...page.problems.map((p) => ({ ...p, file })));
        problems.push(...findingProblems(file, page.personal));
        if (!page.hasCsp) problems.push({ file, rule: 'csp-missing', detail: 'no <meta http-equiv="content-security-policy">' });
        for (const link of page.links) {
          const target = resolveLink(link, file);
          if (target === undefined) continue;
          if (!present.has(target) && !present.has(`${target}.html`) && !present.has(`${target}/index.html`)) {
            problems.push({ file, rule: 'missing-file', detail: link });
          } else if (DOWNLOAD_EXTENSIONS.has(extname(target))) downloads.add(target);
        }
      }
      const xml = sitemaps.get(file);
      if (xml !== undefined) {
        for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
          const target = resolveLink(loc.trim(), file);
          if (target !== undefined && !present.has(target)) problems.push({ file, rule: 'missing-file', detail: loc });
        }
      }
    }
    const byType = new Map<string, string[]>();
    for (const target of [...downloads].sort()) {
      const list = byType.get(extname(target)) ?? [];
      byType.set(extname(target), list);
      list.push(target);
    }
    // All at once: in the threads, where there are any (a country's sample of XLSX files took seconds one by one here).
    const sampled = [...byType.values()].flatMap((targets) => spread(targets, parseLimit));
    const errors = await Promise.all(
      sampled.map(async (target) => {
        const path = join(distDir, target);
        const hash = hashes.get(target);
        // Hashed in the pass above: the bytes are read only when their verdict is not known, and a zip
        // the privacy rule found intact there is not inflated again.
        const parse = async () => {
          if (intactZips.has(target)) return null;
          if (threads) return (await threads.parse(path, hash, weight(target))).parsed;
          return (await parseDownload(target, hash ? await readChecked(path, hash) : await readFile(path))) ?? null;
        };
        return verdicts && hash ? await verdicts.of(`download${extname(target)}`, hash, parse) : await parse();
      }),
    );
    sampled.forEach((target, i) => {
      const error = errors[i];
      if (error) problems.push({ file: target, rule: 'unparseable-download', detail: error });
    });
  } finally {
    await threads?.close();
  }
  problems.push(...files.flatMap((f) => personal.get(f) ?? []).sort((a, b) => (a.file < b.file ? -1 : 1)));
  await verdicts?.save();
  return { problems, csp: new Map(files.filter((f) => pages.has(f)).map((f) => [f, pages.get(f)!.csp])), hashes };
}

/** CSV headers the open data declares as numbers (Table Schema type number or integer). */
function numericColumns(dataDir: string): Set<string> {
  const resources = [...BULK_RESOURCES, ...SECTIONS.flatMap((s) => s.bulkResources?.(dataDir) ?? [])];
  return new Set(resources.flatMap((r) => r.columns).filter((c) => c.type === 'number' || c.type === 'integer').map((c) => c.name));
}
