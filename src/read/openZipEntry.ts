// A zip entry's content as a stream, inflated by zlib in 1 MB chunks. yauzl's own inflating
// stream hands on 16 KB at a time, each a trip through libuv's pool and back to this thread:
// the gate's bulk zip (1.8 GB of text) took 4.5 s alone that way and 15 s beside the gate's other
// work, and 0.85 s in 1 MB chunks. Its check stays: an entry that inflates past its declared
// size is stopped there (a bomb that lies about its size), and one that ends short is an error.
import { createInflateRaw } from 'node:zlib';
import { pipeline, Transform, type Readable } from 'node:stream';
import type yauzl from 'yauzl';

const CHUNK = 1 << 20;

/** Passes `declared` bytes on, and fails as soon as there are more, or at the end when there are fewer. */
function exactly(declared: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > declared ? new Error(`too many bytes in the stream. expected ${declared}. got at least ${seen}`) : null, chunk);
    },
    flush(done) {
      done(seen < declared ? new Error(`not enough bytes in the stream. expected ${declared}. got only ${seen}`) : null);
    },
  });
}

/** Opens `entry` of `zip` for reading: stored entries as they are, deflated ones inflated here. */
export function openZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  const method = entry.compressionMethod;
  if (method !== 0 && method !== 8) return Promise.reject(new Error(`unsupported compression method: ${method}`));
  if (entry.isEncrypted()) return Promise.reject(new Error(`${entry.fileName} is encrypted`));
  return new Promise((resolve, reject) => {
    // The bytes as stored: a stored entry's are its content (yauzl has checked its two sizes agree).
    zip.openReadStream(entry, { decodeFileData: false }, (error, raw) => {
      if (error || !raw) return reject(error ?? new Error(`cannot read ${entry.fileName}`));
      if (method === 0) return resolve(raw);
      // pipeline destroys every stream on an error, so the last one reports the first error.
      resolve(pipeline(raw, createInflateRaw({ chunkSize: CHUNK }), exactly(entry.uncompressedSize), () => undefined));
    });
  });
}
