import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { everyLanguage, hasTwins, inEveryLanguage, inLanguage, isBilingualRoute, langOfParams, splitLanguage, SWEDISH_ONLY } from '../../src/i18n/routes.ts';
import { locale, pageLocale } from '../../src/i18n/locale.ts';

describe('routes in every language', () => {
  it('renders each path once per language: Swedish without a lang parameter, English with "en"', () => {
    const paths = inEveryLanguage([{ params: { id: 'N1' }, props: { n: 1 } }, { params: { id: 'N2' }, props: { n: 2 } }]);
    expect(paths).toEqual([
      { params: { id: 'N1', lang: undefined }, props: { n: 1, lang: 'sv' } },
      { params: { id: 'N2', lang: undefined }, props: { n: 2, lang: 'sv' } },
      { params: { id: 'N1', lang: 'en' }, props: { n: 1, lang: 'en' } },
      { params: { id: 'N2', lang: 'en' }, props: { n: 2, lang: 'en' } },
    ]);
    expect(everyLanguage()).toEqual([{ params: { lang: undefined }, props: { lang: 'sv' } }, { params: { lang: 'en' }, props: { lang: 'en' } }]);
  });

  it('reads the language from the params: Swedish unless lang is a language', () => {
    expect(langOfParams({ lang: 'en', id: 'x' })).toBe('en');
    expect(langOfParams({ id: 'en' })).toBe('sv');
    expect(langOfParams({ lang: 'de' })).toBe('sv');
    expect(langOfParams({})).toBe('sv');
    expect(pageLocale({ params: { lang: 'en' } })).toBe(locale('en'));
  });

  it('puts English under /en/ at the same slug, and finds the language of a path', () => {
    expect(inLanguage('/om-statistiken/', 'en')).toBe('/en/om-statistiken/');
    expect(inLanguage('om-statistiken/', 'sv')).toBe('/om-statistiken/');
    expect(inLanguage('/', 'en')).toBe('/en/');
    expect(splitLanguage('/en/matt/N1/')).toEqual({ lang: 'en', path: '/matt/N1/' });
    expect(splitLanguage('/en')).toEqual({ lang: 'en', path: '/' });
    // A Swedish slug that starts with the letters "en" is still Swedish.
    expect(splitLanguage('/enheter/')).toEqual({ lang: 'sv', path: '/enheter/' });
    expect(splitLanguage('/matt/en/')).toEqual({ lang: 'sv', path: '/matt/en/' });
  });

  it('splitLanguage undoes inLanguage for any path (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 4 }), fc.constantFrom('sv' as const, 'en' as const), (segments, lang) => {
        const path = `/${segments.map((s) => `${s}/`).join('')}`;
        expect(splitLanguage(inLanguage(path, lang))).toEqual({ lang, path });
      }),
    );
  });

  it('knows which routes and pages have twins', () => {
    expect(isBilingualRoute('/[...lang]')).toBe(true);
    expect(isBilingualRoute('/[...lang]/matt/[id]')).toBe(true);
    expect(isBilingualRoute('/lattlast')).toBe(false);
    expect(isBilingualRoute('/[...langs]/x')).toBe(false);
    for (const [path, reason] of SWEDISH_ONLY) {
      expect(hasTwins(path)).toBe(false);
      expect(reason.length).toBeGreaterThan(20);
    }
    expect(hasTwins('/matt/N1/')).toBe(true);
    expect(hasTwins('/en/om-statistiken/')).toBe(true);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('links pages in the page’s language, under the base path of site.json', () => {
    vi.stubEnv('OPPNA_DATA_DIR', fileURLToPath(new URL('../fixtures/site-data/', import.meta.url)));
    expect(locale('en').page('/sok/')).toBe('/en/sok/');
    expect(locale('sv').page('/sok/')).toBe('/sok/');
    expect(locale('en').indicatorPage('N 1', 'enheter/namn/')).toBe('/en/matt/N%201/enheter/namn/');
  });
});
