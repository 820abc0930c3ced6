import { describe, it, expect } from 'vitest';
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { t, lookup } from '../../src/i18n/t.ts';

import { leaves, type Dict } from '../support/dictionary.ts';
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('t', () => {
  it('returns Swedish by default and fills placeholders', () => {
    expect(t('nav.start')).toBe('Start');
    expect(t('change.up', { from: '71 %', to: '74 %' })).toBe('ökade från 71 % till 74 %');
  });
  it('returns English on request', () => {
    expect(t('nav.start', undefined, 'en')).toBe('Home');
  });
  it('returns the key for an unknown key and leaves unknown placeholders alone', () => {
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('change.up', { from: '1' })).toBe('ökade från 1 till {to}');
  });
  it('does not walk into the prototype', () => {
    expect(lookup(sv as Dict, '__proto__')).toBeUndefined();
    expect(lookup(sv as Dict, 'constructor.name')).toBeUndefined();
  });
  it('sv.json and en.json have the same keys and the same placeholders', () => {
    const s = leaves(sv as Dict);
    const e = leaves(en as Dict);
    expect([...e.keys()].sort()).toEqual([...s.keys()].sort());
    for (const [k, v] of s) expect(placeholders(e.get(k)!), k).toEqual(placeholders(v));
    for (const v of s.values()) expect(v.trim().length).toBeGreaterThan(0);
  });
});
