// The sha256 of files a build stage already hashed as it wrote or placed them (the data files
// placed from the build cache are read back and checked against their hash there), handed to
// the gate so that it does not read and hash gigabytes a second time. A hash is trusted only
// while the file is the same file, unchanged: same device, inode, size and modification time
// as when it was hashed (taken before the bytes were read back, or right after they were
// written) — the way git trusts its index. As in git, a file modified shortly before its stamp
// was taken is "racy" (file times move in coarse steps: a second write within the same step
// would leave the stamp as it was) and is not trusted. Anything not trusted is read and hashed again.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { trustedStamp, type FileStamp, type KnownFile } from '../cache/OutputCache.ts';

export type { KnownFile };

/** Known hashes by path from the site root. */
export class KnownHashes {
  private readonly files: ReadonlyMap<string, KnownFile>;
  private readonly now: ReadonlyMap<string, FileStamp> | undefined;

  /** `now`: the site's files as stamped just before the gate (else each file is stat'ed when asked for). */
  constructor(files: Iterable<[string, KnownFile]>, now?: ReadonlyMap<string, FileStamp>) {
    this.files = new Map(files);
    this.now = now;
  }

  /** The sha256 of `siteDir/file` when known and the file is unchanged since; else undefined. */
  async of(siteDir: string, file: string): Promise<string | undefined> {
    const known = this.files.get(file);
    if (!known) return undefined;
    const now = this.now ? this.now.get(file) : await stat(join(siteDir, file)).catch(() => undefined);
    return trustedStamp(known, now) ? known.sha256 : undefined;
  }
}
