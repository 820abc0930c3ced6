// A bulk zip member made from a table's chunks is deflated a piece at a time (a million invoice
// lines are never one string): laid end to end its pieces must inflate to the text itself, its
// CRC must be the text's, and the site's copy of the table must be the text byte for byte.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { memberOf } from '../../src/opendata/bulk/buildBulkZip.ts';
import { combined, FINAL_BLOCK } from '../../src/opendata/bulk/deflatePieces.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function check(chunks: string[], pieces: number) {
  const dir = await mkdtemp(join(tmpdir(), 'bulk-member-'));
  dirs.push(dir);
  const member = await memberOf(chunks, join(dir, 'tabell.csv'));
  const text = chunks.join('');
  const bytes = Buffer.from(text, 'utf8');
  expect(member).toHaveLength(pieces);
  const deflated = Buffer.concat([...(await Promise.all(member.map((p) => p.data()))), FINAL_BLOCK]);
  expect(inflateRawSync(deflated).equals(bytes)).toBe(true);
  expect(combined(member)).toEqual({ crc: crc32(bytes), bytes: bytes.length });
  expect((await readFile(join(dir, 'tabell.csv'))).equals(bytes)).toBe(true);
}

describe('memberOf', () => {
  it('a large table: several pieces, one deflate stream, the same text on the site', async () => {
    // 10 MB of lines with Swedish letters (two bytes each in UTF-8), in month-sized chunks.
    const line = (i: number) => `2120000142;Nacka kommun;V${i};Åkeri & Söner AB;5560000001;4010;Förbrukningsmaterial;2024-03-05;${i},50\n`;
    const chunks = Array.from({ length: 10 }, (_, c) => Array.from({ length: 10_000 }, (_, i) => line(c * 10_000 + i)).join(''));
    await check(chunks, 3);
  });

  it('a small table is one piece; an empty one a single empty piece', async () => {
    await check(['a;b\n', '1;2\n'], 1);
    await check([], 1);
  });
});
