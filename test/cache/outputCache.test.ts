// OutputCache.placeEntry trusts a blob by its stamp (device, inode, size, mtime) only while the
// stamp is the one it had when its bytes were last checked, and not "racy"; anything else is read
// and checked against its hash, and a mismatch is never placed.
import { access, mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputCache, pruneOutputs } from '../../src/cache/OutputCache.ts';

const root = await mkdtemp(join(tmpdir(), 'oppna-output-cache-'));
afterAll(() => rm(root, { recursive: true, force: true }));

/** A cache holding one entry of two files written a minute ago (so their stamps are not racy). */
async function stored(name: string) {
  const dir = join(root, name);
  const cache = new OutputCache(join(dir, 'cache'));
  const minuteAgo = new Date(Date.now() - 60_000);
  const files = [];
  for (const [file, text] of [['a.html', '<p>a</p>'], ['b.json', '{"b":1}']]) {
    const path = join(dir, 'site', file);
    await mkdir(join(dir, 'site'), { recursive: true });
    await writeFile(path, text);
    await utimes(path, minuteAgo, minuteAgo);
    files.push({ name: file, path });
  }
  const entry = await cache.putWritten('k', files);
  return { dir, cache, entry, blob: (file: string) => cache.blobPath(entry.files.find((f) => f.name === file)!.sha256) };
}

/** Changes a blob's bytes in place, same size; `keepTime` puts its modification time back. */
async function tamper(path: string, keepTime: boolean): Promise<void> {
  const before = await stat(path);
  const bytes = await readFile(path);
  bytes[3] ^= 0x20;
  await writeFile(path, bytes);
  if (keepTime) await utimes(path, before.atime, before.mtime);
}

describe('OutputCache.placeEntry', () => {
  it('places every file of an entry, and the placed bytes are the stored ones', async () => {
    const { dir, cache, entry } = await stored('plain');
    const placed = await cache.placeEntry('k', entry, (name) => join(dir, 'out', name));
    expect([...placed!.keys()]).toEqual(['a.html', 'b.json']);
    expect(await readFile(join(dir, 'out', 'a.html'), 'utf8')).toBe('<p>a</p>');
  });

  it('reads a blob whose modification time changed, and refuses it when its bytes no longer match', async () => {
    const { dir, cache, entry, blob } = await stored('changed');
    await tamper(blob('a.html'), false);
    expect(await cache.placeEntry('k', entry, (name) => join(dir, 'out', name))).toBeUndefined();
  });

  it('trusts a blob by its stamp as git trusts its index: bytes changed under an unchanged stamp are not read', async () => {
    // The documented limit of the rule (what the stamp cannot see), shown so that a change to it is noticed.
    const { dir, cache, entry, blob } = await stored('trusted');
    await tamper(blob('a.html'), true);
    expect(await cache.placeEntry('k', entry, (name) => join(dir, 'out', name))).toBeDefined();
  });

  it('does not trust a racy stamp (taken within two seconds of the last write) nor an unreadable stamp file', async () => {
    const { dir, cache, entry, blob } = await stored('racy');
    const now = new Date();
    await utimes(blob('a.html'), now, now); // written "just now": its stamp cannot vouch for it
    await cache.putWritten('k', [{ name: 'a.html', path: blob('a.html') }, { name: 'b.json', path: blob('b.json') }]);
    await tamper(blob('a.html'), true);
    expect(await cache.placeEntry('k', entry, (name) => join(dir, 'out', name))).toBeUndefined();

    const other = await stored('garbage');
    await writeFile(join(other.dir, 'cache', 'checked', 'k'.slice(0, 2), 'k.json'), '{not json');
    await tamper(other.blob('b.json'), true);
    expect(await other.cache.placeEntry('k', other.entry, (name) => join(other.dir, 'out', name))).toBeUndefined();
  });

  it('makes a blob the file just stored when an equal blob was kept from elsewhere, so that the new stamp vouches for it', async () => {
    const { dir, cache, blob } = await stored('repointed');
    const copy = join(dir, 'copy.html');
    await writeFile(copy, '<p>a</p>');
    await utimes(copy, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const entry = await cache.putWritten('k2', [{ name: 'a.html', path: copy }]);
    expect((await stat(blob('a.html'))).ino).toBe((await stat(copy)).ino);
    await tamper(copy, true); // the same file as the blob now: trusted by its stamp, as above
    expect(await cache.placeEntry('k2', entry, (name) => join(dir, 'out2', name))).toBeDefined();
  });
});

describe('OutputCache.vouch', () => {
  /** An entry stored with `put` (no stamps kept), its blobs then aged a minute, as a build's files are by the gate. */
  async function unvouched(name: string) {
    const dir = join(root, name);
    const cache = new OutputCache(join(dir, 'cache'));
    const entry = await cache.put('k', [{ name: 'a.html', bytes: new TextEncoder().encode('<p>a</p>') }]);
    const blob = cache.blobPath(entry.files[0].sha256);
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(blob, minuteAgo, minuteAgo);
    return { dir, cache, entry, blob };
  }
  const stampOf = async (path: string, sha256: string) => {
    const s = await stat(path);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, at: Date.now(), sha256 };
  };

  it('keeps the stamp of a file that is the blob, hashed by another stage: the blob is then placed unread', async () => {
    const { dir, cache, entry, blob } = await unvouched('vouched');
    const known = await stampOf(blob, entry.files[0].sha256);
    await cache.vouch('k', { 'a.html': entry.files[0].sha256 }, (name) => (name === 'a.html' ? known : undefined));
    await tamper(blob, true); // unread while its stamp holds, as placeEntry's own checks
    expect(await cache.placeEntry('k', entry, (name) => join(dir, 'out', name))).toBeDefined();
  });

  it('vouches for nothing hashed to another value, stamped on another file, or racy', async () => {
    for (const [name, known] of [
      ['other-hash', async (blob: string) => stampOf(blob, '0'.repeat(64))],
      ['other-file', async (_blob: string, dir: string) => (await writeFile(join(dir, 'x'), '<p>a</p>'), stampOf(join(dir, 'x'), ''))],
      ['racy', async (blob: string) => ({ ...(await stampOf(blob, '')), at: (await stat(blob)).mtimeMs + 10 })],
    ] as const) {
      const { dir, cache, entry, blob } = await unvouched(name);
      const stamp = await known(blob, dir);
      const file = { ...stamp, sha256: stamp.sha256 || entry.files[0].sha256 };
      await cache.vouch('k', { 'a.html': entry.files[0].sha256 }, () => file);
      await tamper(blob, true);
      expect(await cache.placeEntry('k', entry, (n) => join(dir, 'out', n)), name).toBeUndefined();
    }
  });
});

describe('OutputCache.readChecked', () => {
  /** A cache with one entry stored from bytes (put: no stamp kept), its blob dated a minute ago. */
  async function unstamped(name: string) {
    const dir = join(root, `read-${name}`);
    const cache = new OutputCache(join(dir, 'cache'));
    const entry = await cache.put('k', [{ name: 'rows.csv', bytes: Buffer.from('L1;0180;2024\r\n') }]);
    const blob = cache.blobPath(entry.files[0].sha256);
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(blob, minuteAgo, minuteAgo);
    return { cache, file: entry.files[0], blob };
  }

  it('hashes a blob the first time and keeps its stamp, then trusts the stamp', async () => {
    const { cache, file, blob } = await unstamped('first');
    expect((await cache.readChecked('k', file))?.toString()).toBe('L1;0180;2024\r\n');
    await tamper(blob, true);
    // Unchanged stamp: not hashed again (the documented limit of the rule, as for placeEntry).
    expect((await cache.readChecked('k', file))?.toString()).toBe('L1;\u0010180;2024\r\n');
  });

  it('refuses (and removes) a blob whose bytes no longer match before its stamp was kept, or after its stamp changed', async () => {
    const fresh = await unstamped('never-checked');
    await tamper(fresh.blob, true);
    expect(await fresh.cache.readChecked('k', fresh.file)).toBeUndefined();
    expect(await stat(fresh.blob).catch(() => undefined)).toBeUndefined();

    const known = await unstamped('changed-since');
    expect(await known.cache.readChecked('k', known.file)).toBeDefined();
    await tamper(known.blob, false);
    expect(await known.cache.readChecked('k', known.file)).toBeUndefined();
  });
});

describe('pruneOutputs', () => {
  const there = (path: string) => access(path).then(() => true, () => false);

  it('removes the entries not looked up for the maximum age, their checked stamps and the blobs only they name; at most once a day', async () => {
    const dir = join(root, 'prune');
    const cache = new OutputCache(dir);
    const entryOf = (key: string) => join(dir, 'entries', key.slice(0, 2), `${key}.json`);
    const old = await cache.put('old-key', [{ name: 'a', bytes: Buffer.from('only the old entry') }, { name: 'b', bytes: Buffer.from('both') }]);
    const kept = await cache.put('new-key', [{ name: 'c', bytes: Buffer.from('both') }]);
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await utimes(entryOf('old-key'), longAgo, longAgo);
    await mkdir(join(dir, 'checked', 'ol'), { recursive: true });
    await writeFile(join(dir, 'checked', 'ol', 'old-key.json'), '{}');
    await mkdir(join(dir, 'entries', 'br'), { recursive: true });
    await writeFile(entryOf('broken'), 'not an entry');
    // Another build's blob being written.
    const writing = `${cache.blobPath('ab'.repeat(32))}.1234.tmp`;
    await mkdir(join(writing, '..'), { recursive: true });
    await writeFile(writing, 'half');

    await pruneOutputs(dir, 30);
    expect(await there(entryOf('old-key'))).toBe(false);
    expect(await there(join(dir, 'checked', 'ol', 'old-key.json'))).toBe(false);
    expect(await there(entryOf('broken'))).toBe(false);
    expect(await there(cache.blobPath(old.files[0].sha256))).toBe(false);
    expect(old.files[1].sha256).toBe(kept.files[0].sha256);
    expect(await there(cache.blobPath(kept.files[0].sha256))).toBe(true);
    expect(await there(entryOf('new-key'))).toBe(true);
    expect(await there(writing)).toBe(true);

    // Within a day of the last pruning, nothing is removed, however old.
    await utimes(entryOf('new-key'), longAgo, longAgo);
    await pruneOutputs(dir, 30);
    expect(await there(entryOf('new-key'))).toBe(true);
  });
});
