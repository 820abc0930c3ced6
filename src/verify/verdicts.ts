// The gate's memory: what each of its checks found in a file, by the sha256 of the file's bytes.
// Equal bytes always get the same verdict from the same code and settings, so a rebuild reads and
// hashes every published file (the gate judges the bytes actually published) but works out a
// verdict only for bytes it has not seen. All verdicts of a build are one entry of the build cache,
// read once and written once: tens of thousands of small entries would cost more than the checks.
import { OutputCache, outputKey } from '../cache/OutputCache.ts';

export class Verdicts {
  private readonly seen = new Map<string, unknown>();
  private readonly kept = new Map<string, unknown>();
  private changed = false;
  private readonly cache: OutputCache | undefined;
  private readonly key: string;

  private constructor(cache: OutputCache | undefined, key: string) {
    this.cache = cache;
    this.key = key;
  }

  /**
   * The verdicts stored under `scope` (the code version and everything else every verdict
   * depends on besides the bytes); none without a cache, or when the entry is missing,
   * damaged or foreign (OutputCache checks its key and digest).
   */
  static async open(cacheDir: string | undefined, scope: readonly unknown[]): Promise<Verdicts> {
    const cache = cacheDir ? new OutputCache(cacheDir) : undefined;
    const verdicts = new Verdicts(cache, outputKey(['gate-verdicts', ...scope]));
    const stored = (await cache?.get(verdicts.key))?.meta.verdicts;
    if (stored && typeof stored === 'object') for (const [k, v] of Object.entries(stored)) verdicts.seen.set(k, v);
    return verdicts;
  }

  /** The verdict of check `kind` on bytes with this sha256: remembered, else worked out now and kept. */
  async of<T>(kind: string, sha256: string, check: () => T | Promise<T>): Promise<T> {
    const id = `${kind}:${sha256}`;
    if (this.seen.has(id)) {
      const verdict = this.seen.get(id) as T;
      this.kept.set(id, verdict);
      return verdict;
    }
    const verdict = await check();
    this.kept.set(id, verdict);
    this.changed = true;
    return verdict;
  }

  /** Every verdict of check `kind` remembered, by sha256 (for a thread that judges many pieces of one file: it answers with those it used, kept with `of`). */
  all<T>(kind: string): Record<string, T> {
    const prefix = `${kind}:`;
    return Object.fromEntries([...this.seen].flatMap(([id, verdict]) => (id.startsWith(prefix) ? [[id.slice(prefix.length), verdict as T]] : [])));
  }

  /**
   * Stores this build's verdicts (only those used now: the entry stays the size of one site)
   * when any was new or any stored one went unused. Errors are ignored: the cache only saves work.
   */
  async save(): Promise<void> {
    if (!this.cache || (!this.changed && this.kept.size === this.seen.size)) return;
    await this.cache.put(this.key, [], { verdicts: Object.fromEntries(this.kept) }).catch(() => undefined);
  }
}
