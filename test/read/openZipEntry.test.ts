// openZipEntry inflates an entry itself, in large chunks, and keeps yauzl's size check:
// an entry that inflates to more or fewer bytes than its central directory declares fails.
import { strToU8, zipSync } from 'fflate';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { openZipEntry } from '../../src/read/openZipEntry.ts';

const text = 'Mått-id;Kommunkod;Period;Kön;Värde\r\n'.repeat(20_000);

/** The zip's entries, each read through openZipEntry: its text, or the error's message. */
function readAll(bytes: Uint8Array): Promise<{ name: string; text?: string; error?: string; largest?: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const out: { name: string; text?: string; error?: string; largest?: number }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        openZipEntry(zip, entry)
          .then(async (stream) => {
            let largest = 0;
            stream.on('data', (c: Buffer) => (largest = Math.max(largest, c.length)));
            const bytes = await buffer(stream);
            out.push({ name: entry.fileName, text: bytes.toString('utf8'), largest });
          })
          .catch((e: Error) => out.push({ name: entry.fileName, error: e.message }))
          .finally(() => zip.readEntry());
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

/** The zip with the central directory's uncompressed size of its one entry set to `size`. */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = copy.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, size, true);
      return copy;
    }
  }
  throw new Error('no central directory record');
}

describe('openZipEntry', () => {
  it('reads deflated and stored entries as they were written, a deflated one in chunks larger than 16 KB', async () => {
    const zip = zipSync({ 'a.csv': [strToU8(text), { level: 6 }], 'b.txt': [strToU8('lagrad'), { level: 0 }] });
    const read = await readAll(zip);
    expect(read.map((r) => [r.name, r.text])).toEqual([['a.csv', text], ['b.txt', 'lagrad']]);
    expect(read[0].largest).toBeGreaterThan(16 * 1024);
  });

  it('fails an entry that inflates past its declared size, or ends short of it', async () => {
    const zip = zipSync({ 'a.csv': [strToU8(text), { level: 6 }] });
    const size = strToU8(text).length;
    expect((await readAll(declaring(zip, 1024)))[0].error).toMatch(/too many bytes in the stream\. expected 1024/);
    expect((await readAll(declaring(zip, size + 10)))[0].error).toMatch(/not enough bytes in the stream/);
  });

  it('fails an entry whose deflate stream is damaged', async () => {
    const zip = zipSync({ 'a.csv': [strToU8(text), { level: 6 }] });
    const damaged = zip.slice();
    for (let i = 40; i < 60; i++) damaged[i] ^= 0xff; // inside the entry's data (local header 30 + name 5)
    expect((await readAll(damaged))[0].error).toBeDefined();
  });
});
