import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TextWriter, utf8Of } from '../../src/write/textPieces.ts';

const dir = await mkdtemp(join(tmpdir(), 'oppna-text-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('utf8Of', () => {
  it('encodes the pieces one after another, whatever their characters', () => {
    const pieces = ['\uFEFF', 'Mått;Värde\r\n', '', 'Örebro – 5 €;😀\r\n'];
    expect(utf8Of(pieces).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(utf8Of(pieces).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(utf8Of([])).toHaveLength(0);
  });
});

describe('TextWriter', () => {
  it('writes the pieces one after another as UTF-8, through one buffer grown when a text does not fit', async () => {
    const writer = new TextWriter();
    const texts = [
      ['[\n', 'Åsa, Örebro – 5 €', ',\n', '😀 ä'.repeat(1000), '\n]\n'],
      // 6 MB after ~1.5 MB: more than the buffer holds, so it grows and keeps what it had.
      ['a'.repeat(1_500_000), 'ö'.repeat(3_000_000), 'slut'],
      // Then a short text again: nothing of the long one is left in the file.
      ['kort'],
      [],
    ];
    for (const [i, pieces] of texts.entries()) {
      writer.write(join(dir, `${i}.txt`), pieces);
      expect((await readFile(join(dir, `${i}.txt`))).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    }
  });
});
