import { inject } from 'vitest';

export type SiteName = 'example' | 'injection';

/** A site built by the global setup (test/support/buildSites.ts). */
export interface SiteUnderTest {
  name: SiteName;
  /** The data folder it was built from. */
  source: string;
  /** The CLI's --out folder. */
  out: string;
  /** OUT/dist: the static site. */
  dist: string;
  /** OUT/data: the validated JSON the site was rendered from. */
  data: string;
  /** http://127.0.0.1:PORT serving dist, or '' when the build failed. */
  url: string;
  /** Why the build failed, or ''. */
  error: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, SiteUnderTest>;
    browserWsEndpoint: string;
    browserError: string;
    /** http://127.0.0.1:PORT: the injection site's form endpoint (test/support/formEndpoint.ts). */
    formEndpoint: string;
  }
}

/** The built site, or a failure that carries the build's own output (never a skip). */
export function siteUnderTest(name: SiteName): SiteUnderTest {
  const site = inject('sites')[name];
  if (site.error) throw new Error(site.error);
  return site;
}

/**
 * Runs what a test file needs at collection time (e.g. the list of pages). When that throws
 * (the build failed), the file registers one test that fails with the reason instead.
 */
export function collect<T>(what: string, fn: () => T): { value: T; error?: undefined } | { value?: undefined; error: Error } {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: new Error(`${what}: ${(error as Error).message}`) };
  }
}
