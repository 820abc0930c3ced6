/** What the open data says about a licence given as an SPDX id in site.json. */
export interface LicenceInfo {
  /** SPDX id, e.g. CC0-1.0. */
  id: string;
  /** Canonical URL of the licence text; undefined for ids we do not know. */
  url?: string;
  title: string;
}

const KNOWN: Record<string, { url: string; title: string }> = {
  'CC0-1.0': { url: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'Creative Commons Zero v1.0 Universal' },
  'CC-BY-4.0': { url: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
  'CC-BY-SA-4.0': { url: 'https://creativecommons.org/licenses/by-sa/4.0/', title: 'Creative Commons Attribution Share Alike 4.0 International' },
  'ODbL-1.0': { url: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Data Commons Open Database License v1.0' },
  'PDDL-1.0': { url: 'https://opendatacommons.org/licenses/pddl/1-0/', title: 'Open Data Commons Public Domain Dedication & License 1.0' },
};

/** The licence of the data, or undefined when site.json names none (we never invent one). */
export function licenceInfo(spdx: string | undefined): LicenceInfo | undefined {
  const id = spdx?.trim();
  if (!id) return undefined;
  const known = Object.hasOwn(KNOWN, id) ? KNOWN[id] : undefined;
  return known ? { id, ...known } : { id, title: id };
}
