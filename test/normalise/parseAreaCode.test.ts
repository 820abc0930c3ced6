import { describe, expect, it } from 'vitest';
import { AreaDirectory } from '../../src/normalise/AreaDirectory.ts';
import { koladaAreaCode, parseAreaCode } from '../../src/normalise/parseAreaCode.ts';

const areas = new AreaDirectory([
  { code: '0182', name: 'Nacka', type: 'municipality' },
  { code: '0001', name: 'Region Stockholm', type: 'region' },
]);

describe('parseAreaCode', () => {
  it.each([
    ['0182', '0182'],
    [' 0182 ', '0182'],
    ['0000', '0000'],
    ['1280', '1280'],
    ['G1', 'G1'],
    ['D-norr', 'D-norr'],
    ['G_liknande', 'G_liknande'],
  ])('text %j → %s', (text, code) => {
    expect(parseAreaCode(text)).toEqual({ ok: true, code });
  });

  it('reports a lost leading zero with the fix, never padding silently', () => {
    expect(parseAreaCode('182')).toEqual({ ok: false, code: 'area-code', hint: ' Den inledande nollan har tappats: skriv 0182.' });
    expect(parseAreaCode({ t: 'n', v: 182 })).toEqual({ ok: false, code: 'area-code', hint: ' Den inledande nollan har tappats: skriv 0182.' });
    expect(parseAreaCode({ t: 'n', v: 182, w: '182' })).toEqual({ ok: false, code: 'area-code', hint: ' Den inledande nollan har tappats: skriv 0182.' });
  });

  it('accepts a numeric cell that shows the zero (format 0000)', () => {
    expect(parseAreaCode({ t: 'n', v: 182, w: '0182', z: '0000' })).toEqual({ ok: true, code: '0182' });
    expect(parseAreaCode({ t: 'n', v: 1280 })).toEqual({ ok: true, code: '1280' });
  });

  it('rejects codes of the wrong length or kind', () => {
    expect(parseAreaCode('01820')).toMatchObject({ ok: false, code: 'area-code' });
    expect(parseAreaCode({ t: 'n', v: 18.2 })).toMatchObject({ ok: false, code: 'area-code' });
    expect(parseAreaCode({ t: 'e', w: '#REF!' })).toMatchObject({ ok: false, code: 'area-code' });
  });

  it('resolves names through the directory (case, spacing, "kommun")', () => {
    expect(parseAreaCode('Nacka', areas)).toEqual({ ok: true, code: '0182' });
    expect(parseAreaCode('nacka  kommun', areas)).toEqual({ ok: true, code: '0182' });
    expect(parseAreaCode('NACKA', areas)).toEqual({ ok: true, code: '0182' });
    expect(parseAreaCode('Riket', areas)).toEqual({ ok: true, code: '0000' });
    expect(parseAreaCode('Region Stockholm', areas)).toEqual({ ok: true, code: '0001' });
    expect(parseAreaCode('Gotham', areas)).toEqual({ ok: false, code: 'unknown-area' });
    expect(parseAreaCode('Danderyd', areas)).toEqual({ ok: false, code: 'unknown-area' });
    expect(parseAreaCode('Nacka')).toEqual({ ok: false, code: 'unknown-area' });
  });

  it('says an empty cell is missing', () => {
    expect(parseAreaCode(null)).toEqual({ ok: false, code: 'missing' });
    expect(parseAreaCode('  ')).toEqual({ ok: false, code: 'missing' });
  });
});

describe('koladaAreaCode (area files only)', () => {
  it.each([
    ['0', '0000'],
    ['01', '0001'],
    ['25', '0025'],
  ])('%j → %s', (text, code) => {
    expect(koladaAreaCode(text)).toBe(code);
  });
  it.each(['0182', '1', '123', 'x'])('%j is not a Kolada short code', (text) => {
    expect(koladaAreaCode(text)).toBeUndefined();
  });
});
