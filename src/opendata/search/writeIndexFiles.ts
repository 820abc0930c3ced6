// Pagefind's index written from its files in memory, each linked from the build cache when the
// cache holds a blob of the same bytes (the last published index is stored with the site). After
// one changed spreadsheet a few of the index's 8 000 files change; written afresh, every one of them
// was a new file for the gate to read and hash and for the store to take in again after publishing.
// Linked, they are the cache's blobs: the gate takes their hashes from their stamps, as for the
// pages placed from the cache, and the store finds them in place.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkedAt, sha256, stampOf, type KnownFile, type OutputCache } from '../../cache/OutputCache.ts';

/** A file of the index as Pagefind gives it: its path under the index folder, and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** Whether the blob holds exactly `content`, read and compared: a cache is never trusted unchecked. */
function holds(blob: string, content: Uint8Array): boolean {
  try {
    return readFileSync(blob).equals(content);
  } catch {
    return false;
  }
}

/**
 * Writes `files` under `dir` (a new folder); with `cache`, a file whose bytes the cache holds is
 * linked from that blob instead. Gives the linked files' hashes and stamps (taken once their
 * bytes were compared), by path under `dir`.
 */
export function writeIndexFiles(files: readonly IndexFile[], dir: string, cache?: OutputCache): Map<string, KnownFile> {
  const placed = new Map<string, KnownFile>();
  const dirs = new Set<string>();
  for (const file of files) {
    const path = join(dir, file.path);
    const hash = cache && sha256(file.content);
    const blob = hash && cache.blobPath(hash);
    if (hash && blob && holds(blob, file.content) && linkedAt(blob, path)) {
      placed.set(file.path, { ...stampOf(statSync(path)), sha256: hash });
      continue;
    }
    if (!dirs.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    dirs.add(dirname(path));
    writeFileSync(path, file.content);
  }
  return placed;
}
