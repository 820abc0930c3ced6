// Where replies go (site.json's feedback), checked by its schema and resolved for the pages:
// only https endpoints (and http://127.0.0.1 for local tests), exactly that endpoint in the
// CSP's form-action, and a prefilled e-mail when e-mail is the only channel.
import { describe, expect, it } from 'vitest';
import { endpointSource, replyCspDirectives, replyForm } from '../../src/dialog/form/replyForm.ts';
import { replyMailto } from '../../src/dialog/form/replyMailto.ts';
import { validateSiteConfig } from '../../src/validate/schemas.ts';
import { SITE_CONFIG } from '../../scripts/make-example-data.ts';

const withForm = (form: unknown) => ({ ...SITE_CONFIG, $schema: undefined, feedback: { form } });

describe('the reply endpoint in site.json', () => {
  it('accepts https endpoints and http only on 127.0.0.1', () => {
    for (const action of ['https://e-tjanst.kommun.se/api/tyck-till', 'https://forms.example.org:8443/f/abc?x=1', 'http://127.0.0.1:41234/tyck-till', 'http://127.0.0.1/']) {
      expect(validateSiteConfig(withForm({ action })), action).toBe(true);
    }
  });

  it('refuses javascript:, data:, http: and anything that could break out of an attribute or a CSP', () => {
    for (const action of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'http://kommun.se/tyck-till', 'http://127.0.0.1.evil.se/',
      'https://user:pw@kommun.se/', 'https://kommun.se/a b', 'https://kommun.se/x;script-src *', 'https://kommun.se/x"><script>', '//kommun.se/x']) {
      expect(validateSiteConfig(withForm({ action })), action).toBe(false);
    }
    expect(validateSiteConfig(withForm({ action: 'https://kommun.se/', fields: { message: 'a b' } }))).toBe(false);
    expect(validateSiteConfig(withForm({ action: 'https://kommun.se/', thankYouUrl: 'javascript:alert(1)' }))).toBe(false);
  });

  it('resolves the field names, the limit and the host the privacy note names', () => {
    const form = replyForm({ form: { action: 'https://e-tjanst.kommun.se/api/tyck-till?k=1', fields: { message: 'fields[text]' }, postInPlace: true } })!;
    expect(form.fields).toEqual({ indicator: 'matt', page: 'sida', kind: 'typ', message: 'fields[text]', honeypot: 'webbplats', thankYou: 'tack' });
    expect([form.action, form.host, form.maxLength, form.postInPlace]).toEqual(['https://e-tjanst.kommun.se/api/tyck-till?k=1', 'e-tjanst.kommun.se', 2000, true]);
    expect(replyForm({ email: 'tyck@kommun.se' })).toBeUndefined();
    expect(replyForm({ form: { action: 'javascript:alert(1)' } })).toBeUndefined();
  });

  it('lets forms post to the site and to exactly the endpoint (no query, no wildcard)', () => {
    const feedback = { form: { action: 'https://e-tjanst.kommun.se/api/tyck-till?k=1' } };
    expect(endpointSource(feedback)).toBe('https://e-tjanst.kommun.se/api/tyck-till');
    expect(replyCspDirectives(feedback)).toEqual(["form-action 'self' https://e-tjanst.kommun.se/api/tyck-till"]);
    expect(replyCspDirectives({ form: { ...feedback.form, postInPlace: true } })).toEqual([
      "form-action 'self' https://e-tjanst.kommun.se/api/tyck-till",
      "connect-src 'self' https://e-tjanst.kommun.se/api/tyck-till",
    ]);
    expect(replyCspDirectives({ email: 'tyck@kommun.se' })).toEqual(["form-action 'self'"]);
  });

  it('writes a mailto: with subject and body, line breaks as CRLF (RFC 6068)', () => {
    expect(replyMailto('tyck@kommun.se', 'Synpunkt på N15428', 'Mått: x\nSida: https://a.se/?a=1&b=2')).toBe(
      'mailto:tyck@kommun.se?subject=Synpunkt%20p%C3%A5%20N15428&body=M%C3%A5tt%3A%20x%0D%0ASida%3A%20https%3A%2F%2Fa.se%2F%3Fa%3D1%26b%3D2',
    );
    expect(replyMailto('javascript:alert(1)//@x.se', 's', 'b')).toBeUndefined();
  });
});
