import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { slug } from '../../src/site/slug.ts';
import { safeHttpsUrl, mailtoHref } from '../../src/site/safeHttpsUrl.ts';
import { feedbackHref } from '../../src/site/feedbackHref.ts';
import { themeCss, contrast, DEFAULT_COLORS } from '../../src/site/themeCss.ts';
import { sitePath, indicatorPath } from '../../src/site/sitePath.ts';
import { readSiteData, dataDir } from '../../src/site/loadSiteData.ts';
import { operatingAreas } from '../../src/site/operatingAreas.ts';
import { attribution } from '../../src/site/attribution.ts';

const FIXTURE = join(new URL('../..', import.meta.url).pathname, 'test/fixtures/site-data');

describe('slug', () => {
  it('makes lower-case ASCII with å/ä→a, ö→o and spaces→-', () => {
    expect(slug('Vård och omsorg')).toBe('vard-och-omsorg');
    expect(slug('Äldreomsorg')).toBe('aldreomsorg');
    expect(slug('Miljö & hälsa')).toBe('miljo-halsa');
    expect(slug('Café  Ö')).toBe('cafe-o');
    expect(slug('  ')).toBe('');
  });
});

describe('safeHttpsUrl and mailtoHref', () => {
  it('lets only https: through', () => {
    expect(safeHttpsUrl('https://kommun.se/a?b=1')).toBe('https://kommun.se/a?b=1');
    expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('http://kommun.se/')).toBeUndefined();
    expect(safeHttpsUrl('data:text/html,x')).toBeUndefined();
    expect(safeHttpsUrl(' https://kommun.se/')).toBeUndefined();
    expect(safeHttpsUrl('//kommun.se/')).toBeUndefined();
    expect(safeHttpsUrl(undefined)).toBeUndefined();
  });
  it('builds mailto: only for plausible addresses', () => {
    expect(mailtoHref('a@b.se', 'Hej å')).toBe('mailto:a@b.se?subject=Hej%20%C3%A5');
    expect(mailtoHref('a@b.se?cc=x@y.se')).toBeUndefined();
    expect(mailtoHref('javascript:alert(1)//@x.se')).toBeUndefined();
  });
});

describe('feedbackHref', () => {
  const indicator = { id: 'N15428', title: 'Behöriga & "andel"' };
  it('fills {id} and {title} URL-encoded', () => {
    expect(feedbackHref({ url: 'https://e.se/tyck?m={id}&t={title}' }, indicator)).toBe(
      'https://e.se/tyck?m=N15428&t=Beh%C3%B6riga%20%26%20%22andel%22',
    );
  });
  it('falls back to mailto: with a prefilled subject', () => {
    const href = feedbackHref({ email: 'tyck@kommun.se' }, indicator)!;
    expect(href.startsWith('mailto:tyck@kommun.se?subject=')).toBe(true);
    expect(decodeURIComponent(href.split('subject=')[1])).toBe('Synpunkt på måttet Behöriga & "andel" (N15428)');
  });
  it('never returns a non-https URL', () => {
    expect(feedbackHref({ url: 'javascript:alert({id})' }, indicator)).toBeUndefined();
  });
});

describe('themeCss', () => {
  it('passes validated colours through as custom properties', () => {
    expect(themeCss({ primary: '#1F4E79', accent: '#8a3b12' })).toBe('html:root{--color-primary:#1f4e79;--color-accent:#8a3b12}');
  });
  it('falls back for injected text or too-pale colours', () => {
    const css = themeCss({ primary: 'red}body{display:none', accent: '#ffff00' });
    expect(css).toBe(`html:root{--color-primary:${DEFAULT_COLORS.primary};--color-accent:${DEFAULT_COLORS.accent}}`);
  });
  it('takes only a listed typeface, as its fixed stack', () => {
    expect(themeCss({}, 'transitional')).toContain('--font-body:Charter,');
    expect(themeCss({}, 'x}body{display:none' as never)).not.toContain('display');
  });
  it('defaults have at least 4.5:1 against white', () => {
    expect(contrast(DEFAULT_COLORS.primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(DEFAULT_COLORS.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('sitePath', () => {
  it('joins paths under a base and encodes ids', () => {
    expect(sitePath('/om-statistiken/', '/')).toBe('/om-statistiken/');
    expect(sitePath('/om-statistiken/', '/resultat')).toBe('/resultat/om-statistiken/');
    expect(indicatorPath('a b', 'data.csv', '/')).toBe('/matt/a%20b/data.csv');
  });
});

describe('readSiteData', () => {
  it('reads the fixture with observations per indicator', () => {
    const data = readSiteData(FIXTURE);
    expect(data.site.municipality).toBe('9999');
    expect(data.indicators.map((i) => i.id)).toContain('N15428');
    expect(data.observations.get('N15428')!.length).toBeGreaterThan(10);
    expect(data.manifest?.schemaVersion).toBe('1');
  });
  it('says which file is missing instead of a bare stack trace', () => {
    expect(() => readSiteData('/nonexistent/folder')).toThrow(/site\.json.*OPPNA_DATA_DIR/);
  });
  it('takes the folder from OPPNA_DATA_DIR, else build/data', () => {
    expect(dataDir({ OPPNA_DATA_DIR: '/x/y' })).toBe('/x/y');
    expect(dataDir({}).endsWith(join('build', 'data'))).toBe(true);
  });
});

describe('operatingAreas and attribution', () => {
  const data = readSiteData(FIXTURE);
  it('groups indicators by area in Swedish order with slugs', () => {
    const areas = operatingAreas(data.indicators);
    expect(areas.map((a) => a.slug)).toEqual(['demokrati-och-inflytande', 'utbildning', 'vard-och-omsorg']);
    expect(areas[1].indicators.map((i) => i.id)).toEqual(['N15428', 'U15011']);
  });
  it('attributes Kolada figures as Kolada asks', () => {
    expect(attribution({ attribution: 'kolada' }, 'X')).toBe('Källa: Kolada');
    expect(attribution({ attribution: 'kolada-processed' }, 'X')).toBe('Bearbetning av data från Kolada');
    expect(attribution({ attribution: 'local' }, 'Exempelkommun')).toBe('Källa: Exempelkommun');
  });
});
