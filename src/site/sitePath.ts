/**
 * A root-relative site path ("/matt/N15428/") under the configured base, so the site also works
 * when published under a sub-path (https://kommun.se/resultat/). Each id segment is URL-encoded.
 */
export function sitePath(path: string, base: string = baseUrl()): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Path to an indicator page or one of its files. */
export function indicatorPath(id: string, file = '', base?: string): string {
  return sitePath(`/matt/${encodeURIComponent(id)}/${file}`, base);
}

function baseUrl(): string {
  // import.meta.env exists under Astro and vitest; plain Node has no env object.
  const env = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}
