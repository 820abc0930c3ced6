/**
 * Absolute URL of a site path under site.json's baseUrl (which ends in '/'), for documents that
 * are read outside the site (API links, the Data Package, embed snippets), where a relative path
 * would mean nothing.
 */
export function publicUrl(baseUrl: string, path = ''): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}${path.replace(/^\/+/, '')}`;
}
