import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SiteUnderTest } from './siteUnderTest.ts';

export interface PageTemplate {
  /** What the page is, in the test names. */
  name: string;
  /** URL path, e.g. /matt/N15428/ */
  path: string;
  /** The page's language: its <html lang>. */
  lang: 'sv' | 'en';
}

interface ObservationLike {
  unit?: string;
}

/** Indicator ids of the built data, split by whether any observation is for a unit. */
export function indicatorsByUnits(site: SiteUnderTest): { withUnits: string[]; withoutUnits: string[] } {
  const dir = join(site.data, 'observations');
  const withUnits: string[] = [];
  const withoutUnits: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const observations = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ObservationLike[];
    (observations.some((o) => o.unit !== undefined) ? withUnits : withoutUnits).push(file.slice(0, -'.json'.length));
  }
  return { withUnits, withoutUnits };
}

/** The first operating-area page the build wrote (/omraden/<slug>/). */
export function firstAreaPath(site: SiteUnderTest): string {
  const dir = join(site.dist, 'omraden');
  const slugs = existsSync(dir) ? readdirSync(dir).filter((slug) => existsSync(join(dir, slug, 'index.html'))).sort() : [];
  if (slugs.length === 0) throw new Error(`no operating-area page: ${dir}/<slug>/index.html is missing`);
  return `/omraden/${slugs[0]}/`;
}

/** Indicator ids whose page compares with all municipalities: those with a table of all of them (/matt/<id>/kommuner/). */
export function rankedIndicators(site: SiteUnderTest): string[] {
  const dir = join(site.dist, 'matt');
  return readdirSync(dir).filter((id) => existsSync(join(dir, id, 'kommuner', 'varde', 'index.html'))).sort();
}

/**
 * One page of every template the site has (what axe and the HTML checker must pass), in Swedish
 * and as its English twin under /en/; the Swedish-only pages (easy-to-read Swedish, 404) once.
 */
export function pageTemplates(site: SiteUnderTest): PageTemplate[] {
  const { withUnits, withoutUnits } = indicatorsByUnits(site);
  if (withUnits.length === 0) throw new Error(`${site.data}/observations: no indicator has unit-level observations`);
  if (withoutUnits.length === 0) throw new Error(`${site.data}/observations: every indicator has unit-level observations`);
  // One measure with a place (higher or lower is better) and one neutral: their pages and tables differ.
  const kindOf = (id: string) => /data-ranking="(\w+)"/.exec(readFileSync(join(site.dist, 'matt', id, 'index.html'), 'utf8'))?.[1];
  const ranked = ['ranked', 'neutral'].map((kind) => rankedIndicators(site).find((id) => kindOf(id) === kind));
  if (ranked.some((id) => id === undefined)) throw new Error(`${site.dist}/matt: no indicator compares with all municipalities both with a place and as a neutral measure (${ranked.join(', ')})`);
  const bilingual = [
    { name: 'start', path: '/' },
    { name: 'operating area', path: firstAreaPath(site) },
    { name: `indicator with units (${withUnits[0]})`, path: `/matt/${withUnits[0]}/` },
    { name: `indicator without units (${withoutUnits[0]})`, path: `/matt/${withoutUnits[0]}/` },
    { name: `indicator with a place among all municipalities (${ranked[0]})`, path: `/matt/${ranked[0]}/` },
    { name: `all municipalities by place (${ranked[0]})`, path: `/matt/${ranked[0]}/kommuner/varde/` },
    { name: `neutral indicator among all municipalities (${ranked[1]})`, path: `/matt/${ranked[1]}/` },
    { name: `all municipalities by name, neutral (${ranked[1]})`, path: `/matt/${ranked[1]}/kommuner/namn/` },
    { name: `units sorted by value (${withUnits[0]})`, path: `/matt/${withUnits[0]}/enheter/varde/` },
    { name: 'about the statistics', path: '/om-statistiken/' },
    { name: 'accessibility statement', path: '/tillganglighet/' },
  ];
  return [
    ...bilingual.map((p) => ({ ...p, lang: 'sv' as const })),
    { name: 'easy-to-read Swedish', path: '/lattlast/', lang: 'sv' },
    { name: 'not found', path: '/404.html', lang: 'sv' },
    ...bilingual.map((p) => ({ name: `English ${p.name}`, path: `/en${p.path}`, lang: 'en' as const })),
  ];
}

/** The file in dist that a URL path is served from. */
export function fileOf(site: SiteUnderTest, path: string): string {
  const clean = decodeURI(path.split(/[?#]/)[0]);
  return join(site.dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** Every HTML file of a built site, as paths relative to dist (sorted). */
export function htmlFiles(site: SiteUnderTest): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(relative(site.dist, path).split(sep).join('/'));
    }
  };
  walk(site.dist);
  return found.sort();
}
