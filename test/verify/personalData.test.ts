import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { findingsIn, findInBytes, findInText } from '../../src/verify/personalData.ts';

describe('the privacy rule on bytes', () => {
  it('finds in the undecoded bytes exactly what it finds in the decoded text, whatever surrounds the numbers', () => {
    const texts = [
      '<p>Åsa 19121212-1212, Öbo</p>',
      'ä19121212-1212ö',
      '€121212+1212€ och 701063-2391…',
      '{"namn":"Ärlig","id":"8507099805","värde":1212121212}',
      'id;belopp\r\n900101-9927;1212121212\r\nÅ0501019806Å;2\r\n',
      'hash ab1212121212cdef0123456789abcdef0123456789abcdef0123456789abcdef – 1212121212.50 och 12.1212121212',
      'inget här: 2024-03-05, 556000-0019 ÅÄÖ',
    ];
    for (const text of texts) {
      for (const [type, numeric] of [['.html', new Set<string>()], ['.json', new Set<string>()], ['.csv', new Set(['belopp'])]] as const) {
        expect(findInBytes(Buffer.from(text, 'utf8'), type, numeric), `${type} ${text}`).toEqual(findInText(text, type, numeric));
      }
    }
    expect(findInBytes(Buffer.from(texts[1], 'utf8'), '.html', new Set())).toEqual(['19121212-1212']);
    expect(findInBytes(Buffer.from(texts[6], 'utf8'), '.html', new Set())).toEqual([]);
  });

  it('reads a search fragment as the JSON after its signature: a number there is not text, a string is', async () => {
    const fragment = (json: string) => gzipSync(Buffer.from(`pagefind_dcd${json}`));
    expect(await findingsIn('f.pf_fragment', fragment('{"content":"Årsavgift","weight":1212121212}'), new Set())).toEqual([]);
    expect((await findingsIn('f.pf_fragment', fragment('{"content":"Åsa 121212+1212","weight":1}'), new Set())).map((f) => f.entry)).toEqual(['']);
  });

  it('finds a number cut by the edge of a scanned piece, and passes a long clean text', () => {
    for (const at of [65536 - 13, 65536 - 6, 65536, 2 * 65536 - 1]) {
      const text = 'å'.repeat(at / 2) + (at % 2 ? 'x' : '') + ' 19121212-1212 ' + 'ö'.repeat(70_000);
      expect(findInBytes(Buffer.from(text, 'utf8'), '.html', new Set()), String(at)).toEqual(['19121212-1212']);
    }
    expect(findInBytes(Buffer.from('Årsavgift 1 212 kr; 2024-03-05. '.repeat(20_000), 'utf8'), '.html', new Set())).toEqual([]);
  });
});
