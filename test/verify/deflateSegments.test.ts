import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { ZipWriter } from '@zip.js/zip.js';
import fc from 'fast-check';
import { combined, deflatePiece, FINAL_BLOCK } from '../../src/opendata/bulk/deflatePieces.ts';
import { SEGMENTED_FROM, segmentedScan, type SegmentVerdict } from '../../src/verify/deflateSegments.ts';
import { findingsIn, identityNumbersIn, roughHits, type Evidence } from '../../src/verify/personalData.ts';
import { PageThreads } from '../../src/verify/pageThreads.ts';

const enc = new TextEncoder();

/** A zip member as the bulk zip lays it out: each text deflated on its own, then the empty final block. */
function member(texts: string[]): { raw: Buffer; declared: { bytes: number; crc: number } } {
  const pieces = texts.map((t) => deflatePiece(enc.encode(t)));
  return { raw: Buffer.concat([...pieces.map((p) => p.data), FINAL_BLOCK]), declared: combined(pieces) };
}

function scan(texts: string[], known: Record<string, SegmentVerdict> = {}, used: Record<string, SegmentVerdict> = {}) {
  const { raw, declared } = member(texts);
  return segmentedScan(raw, declared, roughHits, { known, used });
}

const rows = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `N${seed};0182;Nacka;2024;T;${(i * 7.3).toFixed(1)};;;${seed}.csv\n`).join('');

describe('a zip member judged a deflate segment at a time', () => {
  it('says whether the text may hold a number, from verdicts made once per segment and remembered', () => {
    const texts = [rows(300, 'a'), rows(200, 'b'), ',\n  ', rows(250, 'c')];
    const used: Record<string, SegmentVerdict> = {};
    expect(scan(texts, {}, used)).toBe(false);
    expect(Object.keys(used)).toHaveLength(4);
    // Remembered verdicts are taken as they are: a wrong one no longer adds up to the member's CRC.
    expect(scan(texts, used)).toBe(false);
    const wrong = Object.fromEntries(Object.entries(used).map(([k, v]) => [k, { ...v, crc: (v.crc + 1) >>> 0 }]));
    expect(scan(texts, wrong)).toBeUndefined();
    expect(scan([rows(300, 'a'), 'Sökande 19121212-1212\n', rows(250, 'c')])).toBe(true);
  });

  it('never says no where the whole text holds a number, however the text is cut', () => {
    const part = fc.array(fc.constantFrom(...'0123456789-+;. a\n'), { maxLength: 30 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (texts) => {
        const whole = texts.join('');
        if (identityNumbersIn(whole).length > 0) expect(scan(texts)).not.toBe(false);
      }),
      { numRuns: 500 },
    );
    // A number cut by a seam: not vouched for, so the caller reads the member whole.
    expect(scan(['id;19121212', '-1212;x\n'])).toBeUndefined();
  });

  it('vouches only for segments that inflate on their own into whole blocks, adding up to what the zip declares', () => {
    const texts = [rows(100, 'a'), rows(100, 'b')];
    const { raw, declared } = member(texts);
    const book = () => ({ known: {}, used: {} });
    expect(segmentedScan(raw, { ...declared, bytes: declared.bytes + 1 }, roughHits, book())).toBeUndefined();
    expect(segmentedScan(raw, { ...declared, crc: declared.crc ^ 1 }, roughHits, book())).toBeUndefined();
    expect(segmentedScan(raw.subarray(0, raw.length - FINAL_BLOCK.length), declared, roughHits, book())).toBeUndefined();
    // One stream flushed between its parts: the second part refers back into the first.
    const stream = createDeflateRaw({ level: 6 });
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const flushed = new Promise<void>((resolve) => {
      stream.write(texts[0]);
      stream.flush(constants.Z_SYNC_FLUSH, () => {
        stream.write(texts[0]);
        stream.flush(constants.Z_SYNC_FLUSH, () => resolve());
      });
    });
    return flushed.then(() => {
      const shared = Buffer.concat([...chunks, FINAL_BLOCK]);
      expect(segmentedScan(shared, combined(texts.map(() => deflatePiece(enc.encode(texts[0])))), roughHits, book())).toBeUndefined();
      // A whole stream (its own final block) is not segments either, nor one that ends before its segment does.
      const single = deflateRawSync(texts.join(''));
      expect(segmentedScan(single, declared, roughHits, book())).toBeUndefined();
      const endsEarly = Buffer.concat([single, deflatePiece(enc.encode(texts[1])).data, FINAL_BLOCK]);
      expect(segmentedScan(endsEarly, combined([deflatePiece(enc.encode(texts.join('')))]), roughHits, book())).toBeUndefined();
    });
  });
});

describe('the privacy rule on a bulk zip, by segments', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oppna-segments-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A zip whose observationer.csv is laid out as the bulk zip's: large enough to be judged by segments. */
  async function bulkZip(texts: string[]): Promise<Buffer> {
    const out: Uint8Array[] = [];
    const zip = new ZipWriter(new WritableStream<Uint8Array>({ write: (c) => void out.push(c) }), { passThrough: true, compressionMethod: 8, extendedTimestamp: false, dataDescriptor: false, useWebWorkers: false });
    const { raw, declared } = member(texts);
    await zip.add('observationer.csv', new Blob([new Uint8Array(raw)]).stream(), { uncompressedSize: declared.bytes, crc32: declared.crc });
    await zip.close();
    return Buffer.concat(out);
  }
  // Hex noise in each row keeps the member from compressing below SEGMENTED_FROM.
  const noisy = (seed: string) => Array.from({ length: 4_000 }, (_, i) => `${seed};${i};${randomBytes(48).toString('hex')}\n`).join('');
  const clean = Array.from({ length: 8 }, (_, i) => noisy(`N${i}`));

  it('judges the changed segments only, and still finds a number in one, reported as the whole read finds it', async () => {
    const first = await bulkZip(clean);
    expect(first.length).toBeGreaterThan(SEGMENTED_FROM);
    const evidence: Evidence = {};
    expect(await findingsIn('alla.zip', first, new Set(), evidence, {})).toEqual([]);
    expect(evidence.zipIntact).toBe(true);
    expect(Object.keys(evidence.segments ?? {})).toHaveLength(8);

    const changed = [...clean];
    changed[5] = `${changed[5]}N5;x;Sökande 19121212-1212\n`;
    const second = await bulkZip(changed);
    const again: Evidence = {};
    const found = await findingsIn('alla.zip', second, new Set(), again, evidence.segments);
    expect(found).toEqual(await findingsIn('alla.zip', second, new Set()));
    expect(found).toEqual([{ entry: 'observationer.csv', detail: expect.stringContaining('19121212-****') }]);
    // The seven unchanged segments' verdicts used as remembered, the changed one's made now.
    expect(Object.keys(again.segments ?? {}).filter((k) => !(k in (evidence.segments ?? {})))).toHaveLength(1);
  });

  it('in the gate threads: the verdicts go in with the zip and come back with its judgement', async () => {
    await writeFile(join(dir, 'alla.zip'), await bulkZip(clean));
    const threads = new PageThreads(1);
    try {
      const judged = await threads.judgeFile(dir, 'alla.zip', new Set(), true, 1, {});
      expect(judged.findings).toEqual([]);
      expect(Object.keys(judged.segments ?? {})).toHaveLength(8);
      const wrong = Object.fromEntries(Object.entries(judged.segments ?? {}).map(([k, v]) => [k, { ...v, hits: 1 }]));
      // A remembered verdict that says "may hold" sends the member to be read whole, which finds nothing.
      expect((await threads.judgeFile(dir, 'alla.zip', new Set(), true, 1, wrong)).findings).toEqual([]);
    } finally {
      await threads.close();
    }
  });
});
