// Test input for the open-data builders: the site fixture (test/fixtures/site-data) read with
// the site's own reader, plus one hostile local indicator whose texts try formula injection,
// quotes, delimiters and line breaks, with negative and tiny numbers.
import { fileURLToPath } from 'node:url';
import { readSiteData } from '../../src/site/loadSiteData.ts';
import type { Indicator, Observation } from '../../src/model/types.gen.ts';
import type { OpenDataInput } from '../../src/opendata/bulk/OpenDataInput.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/site-data', import.meta.url));

export const HOSTILE_ID = 'lokal-fientlig';

const hostile: Indicator = {
  id: HOSTILE_ID,
  title: '=HYPERLINK("https://evil.example","klicka")',
  question: '+1 eller -1, "citat", semikolon; komma,',
  description: 'Rad ett\nrad två\r\n@SUM(A1)',
  unit: 'antal',
  decimals: 2,
  direction: 'neutral',
  operatingArea: 'Test | område',
  source: '-5 kronor',
  attribution: 'local',
  targets: [],
  analysis: [],
  related: [],
  lastUpdated: '2026-10-01',
  metadata: { file: 'lokala.csv' },
};

const src = (cell: string) => ({ file: 'lokala.csv', cell });
const hostileObservations: Observation[] = [
  { indicator: HOSTILE_ID, area: '9999', period: '2024', gender: 'T', value: -5, note: '=1+1', source: src('C2') },
  { indicator: HOSTILE_ID, area: '9999', period: '2023/24', gender: 'K', value: 1e-7, n: 3, preliminary: true, source: src('C3') },
  { indicator: HOSTILE_ID, area: '9999', period: '2024Q1', gender: 'M', value: null, status: 'suppressed', source: src('C4') },
  { indicator: HOSTILE_ID, area: '0000', period: '2024-03', gender: 'T', value: null, status: 'not-applicable', note: 'tab\there', source: src('C5') },
  { indicator: HOSTILE_ID, unit: 'V15E999900101', period: '2024H1', gender: 'T', value: 1234567.891, source: src('C6') },
  { indicator: HOSTILE_ID, area: '0000', period: '2022', gender: 'T', value: null, status: 'missing', source: src('C7') },
];

/** The fixture site data with the hostile indicator added (a fresh copy each call). */
export function sampleInput(): OpenDataInput & { observations: Map<string, readonly Observation[]> } {
  const data = readSiteData(FIXTURE_DIR);
  const observations = new Map<string, readonly Observation[]>(data.observations);
  observations.set(HOSTILE_ID, hostileObservations);
  return { site: data.site, indicators: [...data.indicators, hostile], areas: data.areas, units: data.units, manifest: data.manifest, observations };
}

/** The same data with every list and map in reverse order: output must not depend on input order. */
export function reversedInput(input: ReturnType<typeof sampleInput>): OpenDataInput {
  const observations = new Map([...input.observations.entries()].reverse().map(([id, list]) => [id, [...list].reverse()]));
  return { ...input, indicators: [...input.indicators].reverse(), areas: [...input.areas].reverse(), units: [...input.units].reverse(), observations };
}
