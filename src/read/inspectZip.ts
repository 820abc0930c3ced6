// Look at a ZIP's central directory before anything unpacks it: declared sizes
// (zip bombs), encryption flags, and which kind of workbook the entries make.
import yauzl from 'yauzl';

export type ZipKind = 'xlsx' | 'xlsb' | 'ods' | 'other';

export type ZipInspection =
  | { ok: true; entries: number; uncompressedBytes: number; encrypted: boolean; kind: ZipKind }
  | { ok: false; detail: string };

/** Cap on entries: a directory of millions of tiny entries is a bomb of its own (no workbook has this many parts). */
export const MAX_ZIP_ENTRIES = 50_000;

function kindOf(names: Set<string>): ZipKind {
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('xl/workbook.xml') || names.has('[Content_Types].xml')) return 'xlsx';
  if (names.has('content.xml') && names.has('mimetype')) return 'ods';
  return 'other';
}

export function inspectZip(bytes: Uint8Array): Promise<ZipInspection> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: ZipInspection): void => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    try {
      // decodeStrings:false skips yauzl's file-name checks and validateEntrySizes:false its stored-size
      // check (which hides the encryption flag): we never unpack or write entries here,
      // and a workbook with an odd name inside is still SheetJS's to judge.
      yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: false }, (err, zip) => {
        if (err || !zip) return done({ ok: false, detail: shortMessage(err) });
        const names = new Set<string>();
        let total = 0;
        let encrypted = false;
        let count = 0;
        zip.on('entry', (entry: yauzl.Entry) => {
          count++;
          total += entry.uncompressedSize;
          if ((entry.generalPurposeBitFlag & 1) !== 0) encrypted = true;
          const raw = entry.fileName as unknown;
          names.add(Buffer.isBuffer(raw) ? raw.toString('latin1') : String(raw));
          if (count >= MAX_ZIP_ENTRIES) {
            zip.close();
            return done({ ok: true, entries: count, uncompressedBytes: total, encrypted, kind: kindOf(names) });
          }
          zip.readEntry();
        });
        zip.on('end', () => done({ ok: true, entries: count, uncompressedBytes: total, encrypted, kind: kindOf(names) }));
        zip.on('error', (e: unknown) => done({ ok: false, detail: shortMessage(e) }));
        zip.readEntry();
      });
    } catch (e) {
      done({ ok: false, detail: shortMessage(e) });
    }
  });
}

export function shortMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e ?? 'okänt fel');
  const line = text.split('\n')[0].trim();
  return line.length > 120 ? line.slice(0, 119) + '…' : line;
}
