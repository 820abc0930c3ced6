import { describe, expect, it } from 'vitest';
import { ajvMessages } from '../../src/validate/ajvMessage.ts';
import { explainErrors, validateSiteConfig } from '../../src/validate/schemas.ts';

describe('ajv messages', () => {
  it('explains a broken site.json in Swedish and English, naming the field', () => {
    const broken = { name: 'X', siteName: 'Y', municipality: '182', baseUrl: 'http://x/', comparison: {}, feedback: {}, contact: {}, accessibility: { compliance: 'partial', assessedOn: '2025-01-01', updatedOn: '2025-01-01', method: 'x' }, extra: 1 };
    expect(validateSiteConfig(broken)).toBe(false);
    const sv = ajvMessages(explainErrors('site', broken), 'sv');
    expect(sv).toContain('fältet ”municipality”: ”182” har inte rätt form');
    expect(sv).toContain('”extra” känns inte igen');
    expect(sv).toContain('fältet ”feedback”: ska ha minst 1 fält');
    const en = ajvMessages(explainErrors('site', broken), 'en');
    expect(en).toContain('field "baseUrl": "http://x/" does not have the right form');
  });
});
