// Inflate every entry of a ZIP once, natively and streaming, before SheetJS
// sees it. SheetJS's own pure-JS inflate can loop for minutes on a damaged
// deflate stream (four flipped bytes at the start of a sheet kept it busy past
// a minute), and it trusts the declared sizes. zlib rejects a damaged stream at
// once, and an entry that inflates past its declared size is stopped
// (openZipEntry), so a bomb that lies about its size is caught too. Nothing is kept: constant memory.
import yauzl from 'yauzl';
import { shortMessage } from './inspectZip.ts';
import { openZipEntry } from './openZipEntry.ts';

/** Resolves undefined when every entry inflates to its declared size, else a one-line reason. */
export function verifyZipStreams(bytes: Uint8Array): Promise<string | undefined> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve) => {
    let settled = false;
    const done = (reason: string | undefined): void => {
      if (!settled) {
        settled = true;
        resolve(reason);
      }
    };
    try {
      yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, zip) => {
        if (err || !zip) return done(shortMessage(err));
        zip.on('error', (e: unknown) => done(shortMessage(e)));
        zip.on('end', () => done(undefined));
        zip.on('entry', (entry: yauzl.Entry) => {
          openZipEntry(zip, entry).then(
            (stream) => {
              stream.on('error', (e: unknown) => {
                zip.close();
                done(shortMessage(e));
              });
              stream.on('end', () => zip.readEntry());
              stream.resume(); // read and discard
            },
            (openErr: unknown) => {
              zip.close();
              done(shortMessage(openErr));
            },
          );
        });
        zip.readEntry();
      });
    } catch (e) {
      done(shortMessage(e));
    }
  });
}
