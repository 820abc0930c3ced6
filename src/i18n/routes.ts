/**
 * The site's pages in both languages, from one route file each.
 *
 * A page that exists in Swedish and English lives under `src/pages/[...lang]/` and wraps its
 * getStaticPaths in `inEveryLanguage` (or uses `everyLanguage` when it has no parameters of its
 * own): the rest parameter `lang` is empty for Swedish, which puts the page at the site root, and
 * "en" for English, which puts the same slug under /en/. The language switch, the hreflang
 * alternates and the sitemap all derive from that one rule (`inLanguage`), so a page cannot
 * exist in one language without the other unless it is listed in SWEDISH_ONLY with its reason.
 * Plain TypeScript: no Astro import, so the sitemap and the tests use it as the pages do.
 */
import { DEFAULT_LANG, isLang, LANGS, type Lang } from './languages.ts';

/** The folder under src/pages/ whose pages exist in every language. */
export const LANG_SEGMENT = '[...lang]';

/** Whether a route (Astro.routePattern, "/[...lang]/om-statistiken") is one of the pages in every language. */
export function isBilingualRoute(routePattern: string): boolean {
  return routePattern === `/${LANG_SEGMENT}` || routePattern.startsWith(`/${LANG_SEGMENT}/`);
}

/** The route's `lang` parameter of a language: undefined (no prefix) for Swedish, "en" for English. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** The language of a page from its route parameters (`Astro.params`): Swedish without a `lang`. */
export function langOfParams(params: Readonly<Record<string, string | undefined>>): Lang {
  const lang = params.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

type Params = Record<string, string | number | undefined>;
interface StaticPath {
  params: Params;
  props?: Record<string, unknown>;
}
type InLanguage<P extends StaticPath> = Omit<P, 'params' | 'props'> & {
  params: P['params'] & { lang: string | undefined };
  props: NonNullable<P['props']> & { lang: Lang };
};

/**
 * getStaticPaths of a page under src/pages/[...lang]/: every path once per language, with
 * `lang` added to its params (the URL prefix) and to its props (what the page renders in).
 */
export function inEveryLanguage<P extends StaticPath>(paths: readonly P[]): InLanguage<P>[] {
  return LANGS.flatMap((lang) =>
    paths.map((path) => ({ ...path, params: { ...path.params, lang: langParam(lang) }, props: { ...(path.props ?? {}), lang } }) as InLanguage<P>),
  );
}

/** getStaticPaths of a page under src/pages/[...lang]/ that has no parameters of its own. */
export function everyLanguage(): InLanguage<{ params: Record<never, never> }>[] {
  return inEveryLanguage([{ params: {} }]);
}

/**
 * Swedish pages that deliberately have no English twin, by path within the site, with the reason.
 * The twin test (test/site/languages.test.ts) fails for any other Swedish page without one.
 */
export const SWEDISH_ONLY: ReadonlyMap<string, string> = new Map([
  ['/lattlast/', 'Om webbplatsen på lättläst svenska: easy-to-read Swedish is a Swedish text by definition; the English pages link to it as such.'],
  ['/404.html', 'Static hosts serve one not-found page for every address, so it speaks both languages itself.'],
]);

/** A path within the site ("/om-statistiken/") in a language: "/en/om-statistiken/" for English. */
export function inLanguage(path: string, lang: Lang): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** The language of a path within the site and the path without its language prefix. */
export function splitLanguage(path: string): { lang: Lang; path: string } {
  const clean = `/${path.replace(/^\/+/, '')}`;
  for (const lang of LANGS) {
    if (lang !== DEFAULT_LANG && (clean === `/${lang}` || clean.startsWith(`/${lang}/`))) return { lang, path: clean.slice(lang.length + 1) || '/' };
  }
  return { lang: DEFAULT_LANG, path: clean };
}

/** Whether a page (its path within the site, in any language) exists in every language. */
export function hasTwins(path: string): boolean {
  return !SWEDISH_ONLY.has(splitLanguage(path).path);
}
