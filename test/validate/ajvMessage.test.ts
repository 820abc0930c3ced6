import { describe, expect, it } from 'vitest';
import { ajvMessages } from '../../src/validate/ajvMessage.ts';
import { lastErrors, validateSiteConfig } from '../../src/validate/schemas.ts';

describe('ajv messages', () => {
  it('explains a broken site.json in Swedish and English, naming the field', () => {
    expect(validateSiteConfig({ name: 'X', siteName: 'Y', municipality: '182', baseUrl: 'http://x/', comparison: {}, feedback: {}, contact: {}, accessibility: { compliance: 'partial', assessedOn: '2025-01-01', updatedOn: '2025-01-01', method: 'x' }, extra: 1 })).toBe(false);
    const sv = ajvMessages(lastErrors('site'), 'sv');
    expect(sv).toContain('fältet ”municipality”: ”182” har inte rätt form');
    expect(sv).toContain('”extra” känns inte igen');
    expect(sv).toContain('fältet ”feedback”: ska ha minst 1 fält');
    const en = ajvMessages(lastErrors('site'), 'en');
    expect(en).toContain('field "baseUrl": "http://x/" does not have the right form');
  });
});
