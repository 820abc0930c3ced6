import { describe, expect, it } from 'vitest';
import { AreaDirectory } from '../../src/normalise/AreaDirectory.ts';

describe('AreaDirectory', () => {
  it('always knows riket', () => {
    const d = new AreaDirectory();
    expect(d.has('0000')).toBe(true);
    expect(d.nameOf('0000')).toBe('Riket');
    expect(d.codeForName('riket')).toBe('0000');
    expect(d.codeForName('Sverige')).toBe('0000');
  });

  it('adds areas and looks names up regardless of case, spacing and a trailing "kommun"', () => {
    const d = new AreaDirectory();
    d.add({ code: '0182', name: 'Nacka', type: 'municipality' });
    d.add({ code: '0180', name: 'Stockholms stad', type: 'municipality' });
    expect(d.has('0182')).toBe(true);
    expect(d.has('0183')).toBe(false);
    expect(d.codeForName(' NACKA ')).toBe('0182');
    expect(d.codeForName('Nacka kommun')).toBe('0182');
    expect(d.codeForName('stockholms   stad')).toBe('0180');
    expect(d.codeForName('Täby')).toBeUndefined();
    expect(d.all().map((a) => a.code)).toEqual(['0000', '0180', '0182']);
    expect(d.size).toBe(3);
  });

  it('treats names as data, not object keys', () => {
    const d = new AreaDirectory();
    expect(d.codeForName('__proto__')).toBeUndefined();
    expect(d.codeForName('constructor')).toBeUndefined();
    d.add({ code: 'G1', name: '__proto__', type: 'group' });
    expect(d.codeForName('__proto__')).toBe('G1');
  });
});
