import { loadSiteData } from './loadSiteData.ts';

/**
 * A root-relative site path ("/matt/N15428/") under the configured base, so the site also works
 * when published under a sub-path (https://kommun.se/resultat/). Each id segment is URL-encoded.
 */
export function sitePath(path: string, base: string = baseUrl()): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** A path under the base ("/resultat/en/matt/x/") as a path within the site ("/en/matt/x/"). */
export function pathWithinSite(pathname: string, base: string = baseUrl()): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/** Path to an indicator page or one of its files. */
export function indicatorPath(id: string, file = '', base?: string): string {
  return sitePath(`/matt/${encodeURIComponent(id)}/${file}`, base);
}

/**
 * The path part of site.json's baseUrl, the same source astro.config.mjs gives Astro as `base`.
 * Read from the data rather than import.meta.env, which the prerender build does not fill in for
 * modules outside .astro files.
 */
let base: { url: string; path: string } | undefined;

function baseUrl(): string {
  const url = loadSiteData().site.baseUrl;
  if (base?.url !== url) {
    let path = '/';
    try {
      path = new URL(url).pathname;
    } catch {
      // Not a URL: the site root.
    }
    base = { url, path };
  }
  return base.path;
}
