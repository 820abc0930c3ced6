// Checks of site.json beyond its schema, run with the importer: the logo file it names, and the
// placeholders `npm run init` writes for what only the municipality knows.
import type { SiteConfig } from '../model/types.gen.ts';
import type { Finding } from '../problems/Finding.ts';
import { PLACEHOLDER_HOST } from '../setup/placeholders.ts';
import { checkLogo } from './checkLogo.ts';

/** Every string setting still holding a placeholder, as [JSON pointer, value]. */
function placeholders(value: unknown, pointer = ''): [string, string][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER_HOST) ? [[pointer, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, `${pointer}/${i}`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => placeholders(v, `${pointer}/${k}`));
  return [];
}

export async function checkSiteConfig(config: SiteConfig, dataDir: string, file: string): Promise<Finding[]> {
  const findings: Finding[] = placeholders(config).map(([pointer, value]) => ({
    code: 'config-placeholder',
    file,
    pointer,
    value,
    params: { field: pointer.slice(1).replace(/\//g, '.') },
  }));
  if (config.logo) findings.push(...(await checkLogo(dataDir, config.logo)).findings);
  return findings;
}
