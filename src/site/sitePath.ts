import { existsSync } from 'node:fs';
import { join } from 'node:path';
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

const logos = new Map<string, string | undefined>();

/**
 * The path of site.json's logo when it names a file in public/ (a plain relative
 * name, nothing climbing out), else undefined. Checked once per name, not per page.
 */
export function logoPath(logo: string | undefined): string | undefined {
  if (!logo) return undefined;
  if (!logos.has(logo)) {
    const ok = /^[\w./-]+$/.test(logo) && !logo.includes('..') && existsSync(join(process.cwd(), 'public', logo));
    logos.set(logo, ok ? sitePath(logo) : undefined);
  }
  return logos.get(logo);
}
