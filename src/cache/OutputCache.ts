import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
import { eachLimited } from './eachLimited.ts';
import { dirname, join } from 'node:path';

/** A file an output is made of, by its role in the entry (`data.csv`), with its bytes. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

/** A stored file: its role, the sha256 of its bytes (the blob's name) and its size. */
export interface StoredFile {
  name: string;
  sha256: string;
  bytes: number;
}

/** What one key holds: files kept as content-addressed blobs, and small facts about them (sizes, CRCs, problems). */
export interface OutputEntry {
  files: StoredFile[];
  meta: Record<string, unknown>;
}

const FORMAT = 'oppna-output-1';

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** A key from its parts: each part as stable text, separated so that no two lists collide. */
export function outputKey(parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part) ?? 'undefined').update('\0');
  return hash.digest('hex');
}

/**
 * Writes through a temporary file renamed into place. Blocking calls, as everywhere the cache
 * writes: a build stores tens of thousands of small files, from worker threads that wait for
 * nothing else, and each asynchronous call is a trip through libuv's pool and back.
 */
function writeAtomically(path: string, bytes: Uint8Array | string): void {
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Hard links `from` at `to` (its folder made); false when the file systems do not allow it. */
export function linkedAt(from: string, to: string): boolean {
  try {
    mkdirSync(dirname(to), { recursive: true });
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/**
 * The build cache of derived outputs (downloads, API documents, page views, the bulk
 * zip's members, the gate's verdicts): content-addressed, under one folder.
 *
 *   entries/<key>.json   what a key (a hash of exactly the inputs and code an output is
 *                        made from) produced: its files' sha256 and sizes, and its facts;
 *                        the entry names its own key and a digest of itself.
 *   blobs/<ab>/<sha256>  file contents, named by their hash: equal files are kept once.
 *
 * Nothing read from here is trusted: an entry that does not parse, names another key
 * or fails its digest is a miss, and a blob is re-hashed whenever it is placed in the
 * output (`place`) or read (`read`); one that does not match is deleted and reported,
 * so the caller makes the output afresh — damaged bytes are never published.
 * Writes go through a temporary file renamed into place.
 */
export class OutputCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private entryPath(key: string): string {
    return join(this.dir, 'entries', key.slice(0, 2), `${key}.json`);
  }

  blobPath(hash: string): string {
    return join(this.dir, 'blobs', hash.slice(0, 2), hash);
  }

  private writeEntry(key: string, entry: OutputEntry): OutputEntry {
    writeAtomically(this.entryPath(key), JSON.stringify({ format: FORMAT, key, digest: sha256(JSON.stringify(entry)), entry }));
    return entry;
  }

  /**
   * The entry stored under `key`, when it checks out and its blobs are all there in their sizes.
   * Blocking calls, here and in `placeEntry`'s trusted path: a rebuild looks up and places tens of
   * thousands of small entries, and each asynchronous call is a trip through libuv's pool and back.
   */
  async get(key: string): Promise<OutputEntry | undefined> {
    let stored: { format?: unknown; key?: unknown; digest?: unknown; entry?: OutputEntry };
    try {
      stored = JSON.parse(readFileSync(this.entryPath(key), 'utf8'));
    } catch {
      return undefined;
    }
    const { entry } = stored;
    if (stored.format !== FORMAT || stored.key !== key || !entry || !Array.isArray(entry.files)) return undefined;
    if (stored.digest !== sha256(JSON.stringify(entry))) return undefined;
    if (!entry.files.every((file) => statSync(this.blobPath(file.sha256), { throwIfNoEntry: false })?.size === file.bytes)) return undefined;
    const now = new Date();
    try {
      utimesSync(this.entryPath(key), now, now); // used: pruning keeps it
    } catch {
      // Not kept fresh: at worst pruned and made again.
    }
    return entry;
  }

  /**
   * Stores the files as blobs and the entry under `key`. A file also written out already
   * (`written`: its path) is hard linked in as its blob when the file systems allow, not written twice.
   */
  async put(key: string, files: readonly (OutputFile & { written?: string })[], meta: Record<string, unknown> = {}): Promise<OutputEntry> {
    const stored: StoredFile[] = [];
    for (const file of files) {
      const hash = sha256(file.bytes);
      const path = this.blobPath(hash);
      const present = statSync(path, { throwIfNoEntry: false })?.size === file.bytes.length;
      if (!present && !(file.written !== undefined && linkedAt(file.written, path))) writeAtomically(path, file.bytes);
      stored.push({ name: file.name, sha256: hash, bytes: file.bytes.length });
    }
    return this.writeEntry(key, { files: stored, meta });
  }

  /**
   * Stores files already written (`path`) without copying them: each is hashed and hard
   * linked in as its blob when the file systems allow (else copied), then the entry. A file
   * given with `known` — its sha256 and its stamp from before those bytes were hashed — is not
   * read again while its stamp still holds. Each blob is made the very file hashed (a hard link
   * renamed over an equal blob) and keeps that stamp, so that placing it later need not read it
   * (`placeEntry`). Blocking calls: tens of thousands of files, in a rebuild nearly all two stats
   * (the file, and its blob: the same file already), each asynchronous call a trip through libuv's pool.
   */
  async putWritten(key: string, files: readonly { name: string; path: string; known?: KnownFile }[], meta: Record<string, unknown> = {}): Promise<OutputEntry> {
    const stored: StoredFile[] = [];
    const checked: CheckedStamps = {};
    const dirs = new Set<string>();
    for (const file of files) {
      const now = statSync(file.path);
      let bytes: Buffer | undefined;
      let stamp: FileStamp;
      let hash: string;
      if (file.known && trustedStamp(file.known, now)) ({ sha256: hash, ...stamp } = file.known);
      else {
        stamp = stampOf(now);
        bytes = readFileSync(file.path);
        hash = sha256(bytes);
      }
      const blob = this.blobPath(hash);
      const existing = statSync(blob, { throwIfNoEntry: false });
      // The blob becomes the very file hashed, so that its stamp vouches for it: an equal blob
      // kept from elsewhere would have to be read to be vouched for. (Placed from the blob, it is already.)
      if (existing?.dev !== stamp.dev || existing.ino !== stamp.ino) {
        const temp = `${blob}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        if (!dirs.has(dirname(blob))) mkdirSync(dirname(blob), { recursive: true });
        dirs.add(dirname(blob));
        try {
          linkSync(file.path, temp);
          renameSync(temp, blob);
          checked[hash] = stamp;
        } catch {
          rmSync(temp, { force: true });
          if (existing?.size !== now.size) {
            bytes ??= readFileSync(file.path);
            if (sha256(bytes) === hash) writeAtomically(blob, bytes);
          }
        }
      } else checked[hash] = stamp;
      stored.push({ name: file.name, sha256: hash, bytes: now.size });
    }
    const entry = this.writeEntry(key, { files: stored, meta });
    this.saveChecked(key, checked);
    return entry;
  }

  /** `entry`'s files whose blobs have a stamp from when their bytes were checked, by name: what `putWritten` may take without reading. */
  async checkedFiles(key: string, entry: OutputEntry): Promise<Map<string, KnownFile>> {
    const checked = await this.checkedStamps(key);
    return new Map(entry.files.flatMap((f) => (checked[f.sha256] ? [[f.name, { ...checked[f.sha256], sha256: f.sha256 }] as const] : [])));
  }

  private checkedPath(key: string): string {
    return join(this.dir, 'checked', key.slice(0, 2), `${key}.json`);
  }

  /** The stamps of `key`'s blobs as they were when their bytes were last checked; none when unreadable (then every blob is read). */
  private async checkedStamps(key: string): Promise<CheckedStamps> {
    try {
      const stamps = JSON.parse(readFileSync(this.checkedPath(key), 'utf8')) as unknown;
      return stamps && typeof stamps === 'object' ? (stamps as CheckedStamps) : {};
    } catch {
      return {};
    }
  }

  private saveChecked(key: string, stamps: CheckedStamps): void {
    try {
      writeAtomically(this.checkedPath(key), JSON.stringify(stamps));
    } catch {
      // Not kept: the blobs are read and checked again next time.
    }
  }

  /**
   * Places every file of `key`'s entry at `target(name)`, as `placeStamped` does, except that a
   * blob whose stamp is still the one it had when its bytes were last checked (stored by
   * `putWritten` or checked here) is linked without being read again — as git trusts its index,
   * and as the gate trusts placed files (src/verify/knownHashes.ts). Gives the placed files'
   * stamps and hashes by name, or undefined when one failed its check (the caller removes what was placed).
   */
  async placeEntry(key: string, entry: OutputEntry, target: (name: string) => string | undefined): Promise<Map<string, KnownFile> | undefined> {
    const checked = await this.checkedStamps(key);
    const placed = new Map<string, KnownFile>();
    const dirs = new Set<string>();
    const linked = (blob: string, path: string): boolean => {
      try {
        if (!dirs.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
        dirs.add(dirname(path));
        linkSync(blob, path);
        return true;
      } catch {
        return false;
      }
    };
    let failed = false;
    let changed = false;
    await eachLimited(entry.files, 16, async (file) => {
      const path = target(file.name);
      if (failed || path === undefined) return void (failed = true);
      const blob = this.blobPath(file.sha256);
      const known = checked[file.sha256];
      let stamp: FileStamp | undefined;
      if (known && trustedStamp(known, statSync(blob, { throwIfNoEntry: false })) && linked(blob, path)) stamp = known;
      if (!stamp) {
        stamp = await this.placeStamped(file, path);
        if (!stamp) return void (failed = true);
        // Linked, the placed file is the blob: its stamp is the blob's.
        if ((await stat(blob).catch(() => undefined))?.ino === stamp.ino) {
          checked[file.sha256] = stamp;
          changed = true;
        }
      }
      placed.set(file.name, { ...stamp, sha256: file.sha256 });
    });
    if (changed) this.saveChecked(key, checked);
    // In the entry's order, whichever file was placed first.
    return failed ? undefined : new Map(entry.files.map((f) => [f.name, placed.get(f.name)!]));
  }

  /**
   * Keeps, for `key`'s blobs, the stamps under which another stage checked their bytes: a file
   * that is the blob itself (a hard link: same device and inode), stamped before it was hashed
   * and unchanged since (`known`, by the entry's names). Placing the entry later then need not
   * read them, as when `placeEntry` has checked them itself. Anything else is left unvouched.
   */
  async vouch(key: string, files: Readonly<Record<string, string>>, known: (name: string) => KnownFile | undefined): Promise<void> {
    const checked = await this.checkedStamps(key);
    let changed = false;
    for (const [name, hash] of Object.entries(files)) {
      const file = known(name);
      if (!file || file.sha256 !== hash || !trustedStamp(file, await stat(this.blobPath(hash)).catch(() => undefined))) continue;
      const { sha256: _, ...stamp } = file;
      checked[hash] = stamp;
      changed = true;
    }
    if (changed) this.saveChecked(key, checked);
  }

  /**
   * A blob of `key`'s entry, as `read` gives it, except that a blob whose stamp is still the one it
   * had when its bytes were last checked is not hashed again; one hashed here keeps its stamp for
   * the next time (taken before the read: a blob changed since no longer matches it).
   */
  async readChecked(key: string, file: StoredFile): Promise<Buffer | undefined> {
    const path = this.blobPath(file.sha256);
    const before = statSync(path, { throwIfNoEntry: false });
    // Blocking: the bulk download reads thousands of these in a thread of its own, one after another.
    const bytes = before && readOrUndefined(path);
    if (!before || !bytes) return undefined;
    const checked = await this.checkedStamps(key);
    const known = checked[file.sha256];
    if (known && trustedStamp(known, before) && bytes.length === file.bytes) return bytes;
    if (!holds(file, bytes)) {
      await rm(path, { force: true });
      return undefined;
    }
    checked[file.sha256] = stampOf(before);
    this.saveChecked(key, checked);
    return bytes;
  }

  /** A blob's bytes, checked against its name; undefined (and the blob removed) when it does not match. */
  async read(file: StoredFile): Promise<Buffer | undefined> {
    const bytes = await readFile(this.blobPath(file.sha256)).catch(() => undefined);
    if (bytes && holds(file, bytes)) return bytes;
    await rm(this.blobPath(file.sha256), { force: true });
    return undefined;
  }

  /**
   * Puts a blob at `target` — a hard link when the cache and the target share a file
   * system (no bytes copied), else a copy — and checks what landed there against the
   * blob's hash. Gives the placed file's stamp as it was when its bytes were checked (taken
   * before they are read back, or right after a copy is written), or undefined (target and blob removed) when it does not match.
   */
  async placeStamped(file: StoredFile, target: string): Promise<FileStamp | undefined> {
    await mkdir(dirname(target), { recursive: true });
    const linked = await link(this.blobPath(file.sha256), target).then(() => true, () => false);
    if (!linked) {
      const bytes = await this.read(file);
      if (!bytes) return undefined;
      await writeFile(target, bytes);
      return stampOf(await stat(target));
    }
    const stamp = stampOf(await stat(target));
    const bytes = await readFile(target);
    if (holds(file, bytes)) return stamp;
    await rm(target, { force: true });
    await rm(this.blobPath(file.sha256), { force: true });
    return undefined;
  }
}

/** Whether `bytes` are the stored file's: its size and its sha256. */
function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

const holds = (file: StoredFile, bytes: Buffer) => bytes.length === file.bytes && sha256(bytes) === file.sha256;

/** What identifies a file's bytes without reading them: its device, inode, size and modification time; and when it was taken. */
export interface FileStamp {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  /** Date.now() when the stamp was taken. */
  at: number;
}

export const stampOf = (s: Stats): FileStamp => ({ dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, at: Date.now() });

/** A file's sha256 and its stamp from before the bytes were hashed. */
export interface KnownFile extends FileStamp {
  sha256: string;
}

/** Blob stamps by sha256. */
type CheckedStamps = Record<string, FileStamp>;

/** A file modified less than this long before its stamp was taken is not trusted by its stamp ("racy", as in git: file times move in coarse steps). */
export const RACY_MS = 2000;

/** Whether `now` is the file `stamp` was taken of, unchanged since, and the stamp not racy. */
export function trustedStamp(stamp: FileStamp, now: Stats | FileStamp | undefined): boolean {
  return now !== undefined && stamp.at - stamp.mtimeMs >= RACY_MS && now.dev === stamp.dev && now.ino === stamp.ino && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
}

/**
 * Removes entries not looked up for `maxAgeDays`, then every blob no remaining entry
 * names (mark and sweep: a blob's own dates say nothing, as placing links it).
 * At most once a day; errors are ignored. Blocking calls, as in `get`: a country's cache holds
 * tens of thousands of entries and blobs, and a trip through libuv's pool for each of them
 * kept the build waiting 5 s after it had published.
 */
export async function pruneOutputs(dir: string, maxAgeDays: number): Promise<void> {
  const marker = join(dir, '.pruned');
  const last = await stat(marker).then((s) => s.mtimeMs, () => 0);
  if (Date.now() - last < 86_400_000) return;
  try {
    writeAtomically(marker, '');
  } catch {
    // Pruned again next time.
  }
  const cutoff = Date.now() - maxAgeDays * 86_400_000;
  const files = async (sub: string) =>
    (await readdir(join(dir, sub), { withFileTypes: true, recursive: true }).catch(() => [])).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const remove = (path: string) => {
    try {
      rmSync(path, { force: true });
    } catch {
      // Removed next time.
    }
  };
  const used = new Set<string>();
  for (const path of await files('entries')) {
    try {
      if (statSync(path).mtimeMs < cutoff) {
        remove(path);
        continue;
      }
      for (const f of (JSON.parse(readFileSync(path, 'utf8')) as { entry: OutputEntry }).entry.files) used.add(f.sha256);
    } catch {
      remove(path);
    }
  }
  for (const path of await files('checked')) {
    if (!existsSync(join(dir, 'entries', path.slice(path.lastIndexOf('/') - 2)))) remove(path);
  }
  for (const path of await files('blobs')) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    // Only finished blobs: a temporary file may be another build's write in progress.
    if (/^[0-9a-f]{64}$/.test(name) && !used.has(name)) remove(path);
  }
}
