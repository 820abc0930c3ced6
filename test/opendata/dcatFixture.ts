// The site fixture (test/fixtures/site-data), read directly as JSON, for the open-data builders.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Area, Indicator, Manifest, Observation, SiteConfig } from '../../src/model/types.gen.ts';

const DIR = fileURLToPath(new URL('../fixtures/site-data/', import.meta.url));
const read = <T>(file: string): T => JSON.parse(readFileSync(DIR + file, 'utf8')) as T;

export interface Fixture {
  site: SiteConfig;
  indicators: Indicator[];
  areas: Area[];
  manifest?: Manifest;
  observations: Map<string, Observation[]>;
}

/** A fresh copy each call, so a test may change it. */
export function fixture(): Fixture {
  const indicators = read<Indicator[]>('indicators.json');
  const observations = new Map<string, Observation[]>();
  for (const i of indicators) {
    const file = `observations/${i.id}.json`;
    observations.set(i.id, existsSync(DIR + file) ? read<Observation[]>(file) : []);
  }
  return {
    site: read<SiteConfig>('site.json'),
    indicators,
    areas: read<Area[]>('areas.json'),
    manifest: existsSync(DIR + 'manifest.json') ? read<Manifest>('manifest.json') : undefined,
    observations,
  };
}
