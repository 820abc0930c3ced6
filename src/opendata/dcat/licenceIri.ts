/** The catalogue's own licence: DCAT-AP-SE requires exactly this IRI (CC0 1.0) for the metadata. */
export const CC0_IRI = 'http://creativecommons.org/publicdomain/zero/1.0/';

/**
 * SPDX ids (site.json `licence`) to the IRIs dataportal.se expects: Creative Commons written with
 * http, no deed and a trailing slash (DIGG's harvesting notes).
 */
const SPDX_TO_IRI = new Map<string, string>([
  ['CC0-1.0', CC0_IRI],
  ['CC-BY-4.0', 'http://creativecommons.org/licenses/by/4.0/'],
  ['CC-BY-SA-4.0', 'http://creativecommons.org/licenses/by-sa/4.0/'],
  ['CC-BY-ND-4.0', 'http://creativecommons.org/licenses/by-nd/4.0/'],
  ['CC-BY-NC-4.0', 'http://creativecommons.org/licenses/by-nc/4.0/'],
  ['CC-BY-NC-SA-4.0', 'http://creativecommons.org/licenses/by-nc-sa/4.0/'],
  ['CC-BY-NC-ND-4.0', 'http://creativecommons.org/licenses/by-nc-nd/4.0/'],
]);

/**
 * The licence IRI for an SPDX id, or undefined when the site names none or one we cannot map:
 * claiming a licence the municipality did not choose would be worse than stating none.
 */
export function licenceIri(spdx: string | undefined): string | undefined {
  if (!spdx) return undefined;
  const key = [...SPDX_TO_IRI.keys()].find((k) => k.toLowerCase() === spdx.trim().toLowerCase());
  return key ? SPDX_TO_IRI.get(key) : undefined;
}
