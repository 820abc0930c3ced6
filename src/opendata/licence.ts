// The licence of the open data, given in site.json as an SPDX id: one table for every place that
// states it (the bulk package and Data Package, the API, the open-data page, DCAT, the feeds and
// the JSON-LD), so they can never disagree.

/** The catalogue's own licence: DCAT-AP-SE requires exactly this IRI (CC0 1.0) for the metadata. */
export const CC0_IRI = 'http://creativecommons.org/publicdomain/zero/1.0/';

/** ADMS licence types (http://purl.org/adms/licencetype/1.0), for dcterms:type of a licence in DCAT. */
export const ADMS_LICENCE_TYPE = 'http://purl.org/adms/licencetype/';
export const ADMS_LICENCE_SCHEME = 'http://purl.org/adms/licencetype/1.0';
/** The vocabulary's English labels of the types used below. */
export const ADMS_LICENCE_LABEL: Readonly<Record<string, string>> = {
  PublicDomain: 'Public domain',
  Attribution: 'Attribution',
  'ViralEffect-ShareAlike': 'Viral effect (a.k.a. Share-alike)',
  NonCommercialUseOnly: 'Non-commercial use only',
  NoDerivativeWork: 'No derivative work',
};

export interface LicenceInfo {
  /** SPDX id, e.g. CC0-1.0 (as SPDX writes it, when known). */
  id: string;
  title: string;
  /** Canonical URL of the licence text; undefined for ids we do not know. */
  url?: string;
  /**
   * The IRI dataportal.se expects in DCAT: Creative Commons written with http, no deed and a
   * trailing slash (DIGG's harvesting notes). Undefined when we know none.
   */
  iri?: string;
  /** ADMS licence type names (PublicDomain, Attribution …); empty when unknown. */
  types: string[];
}

type Known = Omit<LicenceInfo, 'id'> & { url: string };
const cc = (path: string, title: string, types: string[]): Known => ({ title, url: `https://creativecommons.org/${path}`, iri: `http://creativecommons.org/${path}`, types });

const KNOWN = new Map<string, Known>([
  ['CC0-1.0', { ...cc('publicdomain/zero/1.0/', 'Creative Commons Zero v1.0 Universal', ['PublicDomain']), iri: CC0_IRI }],
  ['CC-BY-4.0', cc('licenses/by/4.0/', 'Creative Commons Attribution 4.0 International', ['Attribution'])],
  ['CC-BY-SA-4.0', cc('licenses/by-sa/4.0/', 'Creative Commons Attribution Share Alike 4.0 International', ['Attribution', 'ViralEffect-ShareAlike'])],
  ['CC-BY-ND-4.0', cc('licenses/by-nd/4.0/', 'Creative Commons Attribution No Derivatives 4.0 International', ['Attribution', 'NoDerivativeWork'])],
  ['CC-BY-NC-4.0', cc('licenses/by-nc/4.0/', 'Creative Commons Attribution Non Commercial 4.0 International', ['Attribution', 'NonCommercialUseOnly'])],
  ['CC-BY-NC-SA-4.0', cc('licenses/by-nc-sa/4.0/', 'Creative Commons Attribution Non Commercial Share Alike 4.0 International', ['Attribution', 'NonCommercialUseOnly', 'ViralEffect-ShareAlike'])],
  ['CC-BY-NC-ND-4.0', cc('licenses/by-nc-nd/4.0/', 'Creative Commons Attribution Non Commercial No Derivatives 4.0 International', ['Attribution', 'NonCommercialUseOnly', 'NoDerivativeWork'])],
  ['ODbL-1.0', { url: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Data Commons Open Database License v1.0', types: ['Attribution', 'ViralEffect-ShareAlike'] }],
  ['PDDL-1.0', { url: 'https://opendatacommons.org/licenses/pddl/1-0/', title: 'Open Data Commons Public Domain Dedication & License 1.0', types: ['PublicDomain'] }],
]);
const BY_KEY = new Map([...KNOWN.keys()].map((id) => [id.toLowerCase(), id]));

/** The licence of the data, or undefined when site.json names none (we never invent one). SPDX ids match case-insensitively. */
export function licenceInfo(spdx: string | undefined): LicenceInfo | undefined {
  const given = spdx?.trim();
  if (!given) return undefined;
  const id = BY_KEY.get(given.toLowerCase());
  return id ? { id, ...KNOWN.get(id)! } : { id: given, title: given, types: [] };
}

/**
 * The licence IRI for DCAT, the feeds and JSON-LD, or undefined when the site names none or one we
 * cannot map: claiming a licence the municipality did not choose would be worse than stating none.
 */
export function licenceIri(spdx: string | undefined): string | undefined {
  return licenceInfo(spdx)?.iri;
}
