import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import type { Observation } from '../model/types.gen.ts';
import type { Normalised } from '../normalise/Normalised.ts';
import type { Finding } from '../problems/Finding.ts';
import type { InputFile } from '../write/writeDataset.ts';
import { endWorkers } from '../threads/endWorkers.ts';
import { startThread } from '../threads/startThread.ts';
import { packObservations, unpackObservations, type PackedObservations } from './packObservations.ts';

/** One table of a file, normalised: valid only while the area directory it was resolved against is unchanged. */
export interface CachedTable {
  /** The detected (or mapped) layout; undefined when the table was not recognised. */
  layout: string | undefined;
  /** sha256 of the area directory before this table was normalised (names resolve to codes through it). */
  areasDigest: string;
  rows: number;
  part: Normalised;
}

/** Everything the import made of one file. */
export interface CachedFile {
  file: InputFile;
  readFindings: Finding[];
  /** Kolada JSON: normalised without the area directory. */
  json?: Normalised;
  tables: CachedTable[];
}

const MAGIC = 'oppna-import-cache-2\n';
const DIGEST_BYTES = 32;
/** Entries not used for this long are removed: data folders change, and old entries would pile up. */
export const MAX_AGE_DAYS = 30;

/**
 * Content-addressed store of import results under one folder: one file per key,
 * V8-serialised (observations packed in columns) behind a sha256 of the payload. Anything that does not check out
 * (truncated, corrupt, unreadable, another format) is a miss, never trusted.
 * Writes go to a temporary file renamed into place, so a reader never sees half an
 * entry and two builds at once do not corrupt each other.
 */
export class ImportCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private path(key: string): string {
    return join(this.dir, `${key}.bin`);
  }

  async get(key: string): Promise<CachedFile | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path(key));
    } catch {
      return undefined;
    }
    const head = Buffer.byteLength(MAGIC);
    if (bytes.length < head + DIGEST_BYTES || bytes.toString('latin1', 0, head) !== MAGIC) return undefined;
    const digest = bytes.subarray(head, head + DIGEST_BYTES);
    const payload = bytes.subarray(head + DIGEST_BYTES);
    if (!createHash('sha256').update(payload).digest().equals(digest)) return undefined;
    try {
      const entry = deserialize(payload) as { key?: unknown; value?: CachedFile };
      if (entry.key !== key || !isCachedFile(entry.value)) return undefined;
      const value = entry.value;
      for (const part of parts(value)) {
        const observations = unpackObservations(part.observations);
        if (!observations) return undefined;
        part.observations = observations;
      }
      // Mark it used, so that pruning keeps it (best effort).
      const now = new Date();
      await utimes(this.path(key), now, now).catch(() => undefined);
      return value;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores an entry; a cache that cannot be written only costs speed, so failures are ignored.
   * The entry is copied here, its observations packed (`value` is still the build's); the copy is
   * serialised, hashed and written by a thread of its own (importCacheWriter.ts) while this one goes
   * on. Resolves once the entry is in place, or has failed to be.
   */
  put(key: string, value: CachedFile): Promise<void> {
    const stored: CachedFile = {
      ...value,
      ...(value.json ? { json: packed(value.json) } : {}),
      tables: value.tables.map((t) => ({ ...t, part: packed(t.part) })),
    };
    return writeInThread({ dir: this.dir, target: this.path(key), key, value: stored });
  }
}

/** What the writer thread is handed: an entry, its observations already packed. */
export interface EntryWrite {
  dir: string;
  target: string;
  key: string;
  value: CachedFile;
}

/** Writes an entry as `get` reads it; never throws. Writes go to a temporary file renamed into place. */
export async function writeEntry({ dir, target, key, value }: EntryWrite): Promise<void> {
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const payload = serialize({ key, value });
    const digest = createHash('sha256').update(payload).digest();
    await mkdir(dir, { recursive: true });
    await writeFile(temp, [Buffer.from(MAGIC, 'latin1'), digest, payload]);
    await rename(temp, target);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** The writer thread while entries are under way, with what each of them waits on. */
let writer: { thread: Worker; waiting: Map<number, () => void> } | undefined;
let sent = 0;

/**
 * Hands an entry to the writer thread, its columns moved, not copied. The thread starts with the
 * first entry and ends when none is left under way, its heap (the serialised entries) with it.
 * Should it fail, the entries under way are given up: only speed is lost.
 */
function writeInThread(write: EntryWrite): Promise<void> {
  const { thread, waiting } = (writer ??= startWriter());
  const id = ++sent;
  return new Promise<void>((resolve) => {
    waiting.set(id, resolve);
    try {
      thread.postMessage({ id, write }, transferables(write.value));
    } catch {
      waiting.delete(id);
      resolve();
    }
  });
}

function startWriter(): NonNullable<typeof writer> {
  const started = { thread: startThread(new URL('./importCacheWriter.ts', import.meta.url)), waiting: new Map<number, () => void>() };
  const { thread, waiting } = started;
  const leave = () => {
    if (writer === started) writer = undefined;
  };
  thread.on('message', (id: number) => {
    waiting.get(id)?.();
    waiting.delete(id);
    if (waiting.size > 0) return;
    leave();
    void endWorkers([thread]);
  });
  const giveUp = () => {
    leave();
    for (const done of waiting.values()) done();
    waiting.clear();
  };
  thread.once('error', giveUp).once('exit', giveUp);
  return started;
}

/** The typed arrays of an entry's packed observations. */
function transferables(file: CachedFile): ArrayBuffer[] {
  return parts(file).flatMap((part) =>
    Object.values(part.observations as unknown as PackedObservations).flatMap((column) => (ArrayBuffer.isView(column) ? [column.buffer as ArrayBuffer] : [])),
  );
}

/** Removes entries (and stray temporary files) not used for `maxAgeDays`; errors are ignored. */
export async function pruneCache(dir: string, maxAgeDays = MAX_AGE_DAYS): Promise<number> {
  const cutoff = Date.now() - maxAgeDays * 86_400_000;
  let removed = 0;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith('.bin') && !name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && info.mtimeMs < cutoff) {
      await rm(path, { force: true }).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

/** The normalised parts of an entry: the Kolada JSON's, or each table's. */
function parts(file: CachedFile): Normalised[] {
  return [...(file.json ? [file.json] : []), ...file.tables.map((t) => t.part)];
}

/** A part as stored: its observations packed into columns (src/cache/packObservations.ts). */
function packed(part: Normalised): Normalised {
  return { ...part, observations: packObservations(part.observations) as unknown as Observation[] };
}

function isCachedFile(v: unknown): v is CachedFile {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Partial<CachedFile>;
  return typeof c.file?.path === 'string' && Array.isArray(c.readFindings) && Array.isArray(c.tables);
}
