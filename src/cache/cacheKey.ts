import { createHash } from 'node:crypto';

/** Everything a file's import depends on besides the area directory (checked per table). */
export interface CacheKeyParts {
  version: string;
  path: string;
  sha256: string;
  /** The mapping sidecar as parsed, or '' without one. */
  mapping: string;
  /** Read limits and isolation settings: a tighter limit can turn a result into an error. */
  settings: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  const hash = createHash('sha256');
  for (const value of [parts.version, parts.path, parts.sha256, parts.mapping, parts.settings]) hash.update(value).update('\0');
  return hash.digest('hex');
}
